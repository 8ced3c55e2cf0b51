import type { Strings } from '@qiaoxin/i18n';
import { loadZhHant } from '../internal/zh-hant.js';

/** `<qx-photo-news>`: the text shown when there are no photo news. */
export const photoNewsStrings = {
  group: 'photoNews',
  'zh-CN': { empty: '暂无图片新闻' },
  en: { empty: 'No photo news yet' },
  loadZhHant,
} as const satisfies Strings;
