// The seed figures (seeds/chongqing-five-year-review.txt and the Jinshan review), as data: one
// copy for the tests, the stories and the page stories. It imports lit alone, so stories can
// take it without pulling in the test libraries.
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** One figure: the attributes of a <qx-stat-counter>. */
export interface Figure {
  value: string;
  unit?: string;
  label?: string;
  qualifier?: 'about' | 'over' | 'nearly';
  notation?: 'compact';
}

// "拥有各级侨联组织67个,各级涉侨平台41个,侨联分会、侨联小组380个,侨胞之家”110个" (the opening “
// before 侨胞之家 was lost in the scrape).
export const organisations: Figure[] = [
  { value: '67', unit: '个', label: '各级侨联组织' },
  { value: '41', unit: '个', label: '各级涉侨平台' },
  { value: '380', unit: '个', label: '侨联分会、侨联小组' },
  { value: '110', unit: '个', label: '侨胞之家' },
];

/** The same figures with English labels, as an English page gives them. */
export const organisationsEn: Figure[] = [
  { value: '67', label: 'Federation organisations at all levels' },
  { value: '41', label: 'Platforms serving overseas Chinese' },
  { value: '380', label: 'Federation branches and groups' },
  { value: '110', label: 'Homes for overseas Chinese' },
];

// The review's results: qualifiers and compact notation.
export const investment: Figure = {
  value: '60000000000',
  unit: '元',
  notation: 'compact',
  qualifier: 'about',
  label: '引进投资',
};
export const cooperation: Figure = {
  value: '50',
  unit: '个',
  qualifier: 'over',
  label: '合作项目签约',
};
export const disputes: Figure = { value: '100', unit: '件', qualifier: 'over', label: '法律纠纷' };
export const pageViews: Figure = {
  value: '50000000',
  unit: '人次',
  notation: 'compact',
  qualifier: 'nearly',
  label: '浏览量',
};
export const lossesRecovered: Figure = {
  value: '200000000',
  unit: '元',
  notation: 'compact',
  qualifier: 'about',
  label: '挽回经济损失',
};

/** Jinshan District: 海外项目1658个, 港澳项目177个, 投稿2000余件. */
export const jinshanFigures: Figure[] = [
  { value: '1658', unit: '个', label: '吸引海外项目' },
  { value: '177', unit: '个', label: '吸引港澳项目' },
  { value: '2000', unit: '件', qualifier: 'over', label: '摄影、微视频大赛投稿' },
];

/** `figures` as <qx-stat-counter> elements; `isStatic`: no count-up; `lang`: on each one. */
export const counters = (
  figures: Figure[],
  { isStatic = false, lang }: { isStatic?: boolean; lang?: string } = {},
) =>
  html`${figures.map(
    (f) =>
      html`<qx-stat-counter
        ?static=${isStatic}
        lang=${ifDefined(lang)}
        value=${f.value}
        unit=${ifDefined(f.unit)}
        notation=${ifDefined(f.notation)}
        qualifier=${ifDefined(f.qualifier)}
        label=${ifDefined(f.label)}
      ></qx-stat-counter>`,
  )}`;
