import type { Strings } from '../strings.js';

// String groups shaped like @qiaoxin/components' built-in ones (interpolation, plural keys,
// punctuation, a value the same in every language), with strings of their own, for the
// i18next-lite parity tests. The
// built-in groups themselves are checked against i18next-lite in @qiaoxin/components
// (src/i18next-lite.test.ts): they live there, and this package cannot depend on it.
export const corpus = [
  {
    group: 'breadcrumbs',
    'zh-CN': { label: '您的当前位置:' },
    en: { label: 'You are here:' },
  },
  {
    // Invented for the corpus (a picture gallery), not copied from a component.
    group: 'gallery',
    'zh-CN': {
      previous: '上一张',
      next: '下一张',
      page: '第{{page}}张',
      status: '{{page}}/{{total}}张',
    },
    en: {
      previous: 'Earlier',
      next: 'Later',
      page: 'Picture {{page}}',
      status: '{{page}} of {{total}}',
    },
  },
  {
    group: 'stat',
    'zh-CN': { about: '约{{value}}', over: '{{value}}余', empty: '—' },
    en: { about: 'about {{value}}', over: 'over {{value}}', empty: '—' },
  },
  {
    group: 'search',
    'zh-CN': { count_one: '找到{{count}}个结果', count_other: '找到{{count}}个结果' },
    en: { count_one: '{{count}} result found', count_other: '{{count}} results found' },
  },
] as const satisfies readonly Strings[];

/** Their zh-Hant strings, keyed by group, as a generated zh-Hant module holds them. */
export const corpusZhHant: Record<string, Record<string, string>> = {
  breadcrumbs: { label: '您的當前位置:' },
  gallery: {
    previous: '上一張',
    next: '下一張',
    page: '第{{page}}張',
    status: '{{page}}/{{total}}張',
  },
  stat: { about: '約{{value}}', over: '{{value}}餘', empty: '—' },
  search: { count_one: '找到{{count}}個結果', count_other: '找到{{count}}個結果' },
};
