import type { Strings } from '@qiaoxin/i18n';
import { loadZhHant } from '../internal/zh-hant.js';

/** `<qx-bilingual-header>`: the language toggle (labelled in the language it leads to). */
export const headerStrings = {
  group: 'header',
  'zh-CN': {
    switchLabel: 'EN',
    switchTo: '切换到英文版',
    home: '返回首页',
    menu: '菜单',
  },
  en: {
    switchLabel: '中文',
    switchTo: 'Switch to Chinese',
    home: 'Home page',
    menu: 'Menu',
  },
  loadZhHant,
} as const satisfies Strings;
