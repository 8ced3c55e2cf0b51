import type { Strings } from '@qiaoxin/i18n';
import { loadZhHant } from '../internal/zh-hant.js';

/** `<qx-news-list>`: a dated list of article links. */
export const newsListStrings = {
  group: 'newsList',
  'zh-CN': { empty: '暂无内容' },
  en: { empty: 'Nothing published yet' },
  loadZhHant,
} as const satisfies Strings;
