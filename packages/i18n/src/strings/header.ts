import type { Strings } from '../strings.js';

/** `<qx-bilingual-header>`: the language toggle (labelled in the language it leads to). */
export const headerStrings = {
  group: 'header',
  'zh-CN': {
    switchLabel: 'EN',
    switchLabelLang: 'en',
    switchTo: '切换到英文版',
    home: '返回首页',
  },
  en: {
    switchLabel: '中文',
    switchLabelLang: 'zh-Hans',
    switchTo: 'Switch to Chinese',
    home: 'Home page',
  },
} as const satisfies Strings;
