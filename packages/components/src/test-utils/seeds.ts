// The seed figures the tests render, from the Chongqing five-year review
// (seeds/chongqing-five-year-review.txt): one copy, for every test that needs them.
import { html } from 'lit';

/** The line under the review's title. */
export const seedArticleMeta = () =>
  html`<qx-article-meta
    published="2023-06-02T15:38"
    author="本站编辑"
    source="本站原创"
    views="1024"
  ></qx-article-meta>`;

/** The review's organisation figures, as static counters (no count-up). */
export const seedCounters = html`
  <qx-stat-counter static value="67" unit="个" label="各级侨联组织"></qx-stat-counter>
  <qx-stat-counter static value="41" unit="个" label="各级涉侨平台"></qx-stat-counter>
  <qx-stat-counter static value="380" unit="个" label="侨联分会、侨联小组"></qx-stat-counter>
  <qx-stat-counter static value="110" unit="个" label="侨胞之家"></qx-stat-counter>
  <qx-stat-counter
    static
    value="60000000000"
    unit="元"
    notation="compact"
    qualifier="about"
    label="引进投资"
  ></qx-stat-counter>
  <qx-stat-counter
    static
    value="50000000"
    unit="人次"
    notation="compact"
    qualifier="nearly"
    label="浏览量"
  ></qx-stat-counter>
  <qx-stat-counter static value="100" unit="件" qualifier="over" label="法律纠纷"></qx-stat-counter>
`;

/** The review's figures in a group, under their heading. */
export const seedStatGroup = () =>
  html`<qx-stat-group heading="组织覆盖">${seedCounters}</qx-stat-group>`;
