import type { Strings } from '@qiaoxin/i18n';
import { loadZhHant } from '../internal/zh-hant.js';

/** `<qx-article-meta>`: field labels, the text after a label, and the mark between fields. */
export const articleMetaStrings = {
  group: 'articleMeta',
  'zh-CN': {
    published: '发布时间',
    updated: '更新时间',
    author: '作者',
    source: '来源',
    views: '浏览次数',
    labelSuffix: '：',
    separator: '  ',
  },
  en: {
    published: 'Published',
    updated: 'Updated',
    author: 'Author',
    source: 'Source',
    views: 'Views',
    labelSuffix: ': ',
    separator: ' · ',
  },
  loadZhHant,
} as const satisfies Strings;
