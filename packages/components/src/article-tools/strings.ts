import type { Strings } from '@qiaoxin/i18n';
import { loadZhHant } from '../internal/zh-hant.js';

/** `<qx-article-tools>`: the tools under an article's meta line: 字号, 朗读, 打印, 分享. */
export const articleToolsStrings = {
  group: 'articleTools',
  'zh-CN': {
    tools: '文章工具',
    size: '字号',
    large: '大',
    medium: '中',
    small: '小',
    read: '朗读全文',
    print: '打印本页',
    share: '分享',
  },
  en: {
    tools: 'Article tools',
    size: 'Text size',
    large: 'Large',
    medium: 'Medium',
    small: 'Small',
    read: 'Read aloud',
    print: 'Print this page',
    share: 'Share',
  },
  loadZhHant,
} as const satisfies Strings;
