import type { Strings } from '../strings.js';

// String groups shaped like @qiaoxin/components' built-in ones (interpolation, plural keys,
// punctuation, a value the same in every language), for the i18next-lite parity tests. The
// built-in groups themselves are checked against i18next-lite in @qiaoxin/components
// (src/i18next-lite.test.ts): they live there, and this package cannot depend on it.
export const corpus = [
  {
    group: 'breadcrumbs',
    'zh-CN': { label: '您的当前位置:' },
    en: { label: 'You are here:' },
  },
  {
    group: 'pagination',
    'zh-CN': {
      label: '分页',
      previous: '上一页',
      next: '下一页',
      page: '第{{page}}页',
      status: '第{{page}}页，共{{total}}页',
    },
    en: {
      label: 'Pagination',
      previous: 'Previous',
      next: 'Next',
      page: 'Page {{page}}',
      status: 'Page {{page}} of {{total}}',
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
  pagination: {
    label: '分頁',
    previous: '上一頁',
    next: '下一頁',
    page: '第{{page}}頁',
    status: '第{{page}}頁，共{{total}}頁',
  },
  stat: { about: '約{{value}}', over: '{{value}}餘', empty: '—' },
  search: { count_one: '找到{{count}}個結果', count_other: '找到{{count}}個結果' },
};
