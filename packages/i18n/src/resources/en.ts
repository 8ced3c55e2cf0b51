import type { Resources } from './zh-CN.js';

/** Built-in strings in English. */
export const en: Resources = {
  breadcrumbs: {
    label: 'You are here:',
  },
  articleMeta: {
    published: 'Published',
    updated: 'Updated',
    author: 'Author',
    source: 'Source',
    views: 'Views',
    labelSuffix: ': ',
    separator: ' · ',
  },
  stat: {
    about: 'about {{value}}',
    nearly: 'nearly {{value}}',
    over: 'over {{value}}',
    empty: '—',
    noValue: 'No data',
  },
  header: {
    switchLabel: '中文',
    switchLabelLang: 'zh-Hans',
    switchTo: 'Switch to Chinese',
    home: 'Home page',
  },
};
