import type { Strings } from '@qiaoxin/i18n';
import { loadZhHant } from '../internal/zh-hant.js';

/** `<qx-site-nav>`: the main navigation and its disclosure button on narrow screens. */
export const siteNavStrings = {
  group: 'siteNav',
  'zh-CN': { label: '主导航', menu: '菜单' },
  en: { label: 'Main navigation', menu: 'Menu' },
  loadZhHant,
} as const satisfies Strings;
