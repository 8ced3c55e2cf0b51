import type { Strings } from '@qiaoxin/i18n';
import { loadZhHant } from '../internal/zh-hant.js';

/**
 * `<qx-stat-counter>`: where each qualifier sits around the number ({{value}}), as each
 * language writes it: 约600亿, 近5000万, 100余 / about, nearly, over.
 */
export const statStrings = {
  group: 'stat',
  'zh-CN': {
    about: '约{{value}}',
    nearly: '近{{value}}',
    over: '{{value}}余',
    empty: '—',
    noValue: '暂无数据',
  },
  en: {
    about: 'about {{value}}',
    nearly: 'nearly {{value}}',
    over: 'over {{value}}',
    empty: '—',
    noValue: 'No data',
  },
  loadZhHant,
} as const satisfies Strings;
