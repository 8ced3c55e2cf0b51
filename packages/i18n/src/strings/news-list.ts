import type { Strings } from '../strings.js';

/** `<qx-news-list>`: a dated list of article links. */
export const newsListStrings = {
  group: 'newsList',
  'zh-CN': { empty: '暂无内容' },
  en: { empty: 'Nothing published yet' },
} as const satisfies Strings;
