import type { Strings } from '@qiaoxin/i18n';
import { loadZhHant } from '../internal/zh-hant.js';

/**
 * `<qx-search>`: the field's label, placeholder and button, and what the results panel says.
 * `count_one` / `count_other` are i18next plural forms; the element picks the form itself
 * (Intl.PluralRules), so pages that swap in i18next-lite, which has no plurals, get it right too.
 */
export const searchStrings = {
  group: 'search',
  'zh-CN': {
    label: '搜索',
    placeholder: '搜索本站',
    submit: '搜索',
    results: '搜索结果',
    count_one: '找到{{count}}个结果',
    count_other: '找到{{count}}个结果',
    empty: '没有找到与“{{query}}”相关的内容',
    unavailable: '站内搜索暂时无法使用，请稍后再试',
    all: '查看全部结果',
    loading: '正在搜索…',
  },
  en: {
    label: 'Search',
    placeholder: 'Search this site',
    submit: 'Search',
    results: 'Search results',
    count_one: '{{count}} result found',
    count_other: '{{count}} results found',
    empty: 'Nothing found for “{{query}}”',
    unavailable: 'Search is unavailable right now; please try again later',
    all: 'See all results',
    loading: 'Searching…',
  },
  loadZhHant,
} as const satisfies Strings;
