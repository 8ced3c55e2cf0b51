// The seed figures the tests render, from the Chongqing five-year review
// (seeds/chongqing-five-year-review.txt): one copy, for every test that needs them.
import { html } from 'lit';
import { counters, disputes, investment, organisations, pageViews } from './figures.js';

/** The trail above the review: the home page, its column (理论学习), the article. */
export const seedTrail = () =>
  html`<qx-breadcrumbs>
    <qx-breadcrumb-item href="/">首页</qx-breadcrumb-item>
    <qx-breadcrumb-item href="/llxx/">理论学习</qx-breadcrumb-item>
    <qx-breadcrumb-item>正文</qx-breadcrumb-item>
  </qx-breadcrumbs>`;

/** The line under the review's title. */
export const seedArticleMeta = () =>
  html`<qx-article-meta
    published="2023-06-02T15:38"
    author="本站编辑"
    source="本站原创"
    views="1024"
  ></qx-article-meta>`;

/** The review's organisation figures and results, as static counters (no count-up). */
export const seedCounters = counters([...organisations, investment, pageViews, disputes], {
  isStatic: true,
});

/** The review's figures in a group, under their heading. */
export const seedStatGroup = () =>
  html`<qx-stat-group heading="组织覆盖">${seedCounters}</qx-stat-group>`;
