import type { Strings } from '@qiaoxin/i18n';
import { loadZhHant } from '../internal/zh-hant.js';

/** `<qx-a11y-toolbar>`: the 无障碍 button that opens the accessibility toolbar. */
export const a11yToolbarStrings = {
  group: 'a11yToolbar',
  'zh-CN': { label: '无障碍' },
  en: { label: 'Accessibility' },
  loadZhHant,
} as const satisfies Strings;

/** The toolbar's panel (loaded on first open): every tool's name and choices. */
export const a11yPanelStrings = {
  group: 'a11yPanel',
  'zh-CN': {
    region: '无障碍工具条',
    size: '文字大小',
    scheme: '配色',
    default: '默认',
    'high-contrast': '高对比度',
    'black-on-yellow': '黄底黑字',
    'yellow-on-black': '黑底黄字',
    cursor: '大鼠标',
    off: '标准',
    black: '黑色',
    white: '白色',
    guide: '阅读线',
    captions: '大字幕',
    reset: '重置',
    close: '关闭',
  },
  en: {
    region: 'Accessibility toolbar',
    size: 'Text size',
    scheme: 'Colours',
    default: 'Default',
    'high-contrast': 'High contrast',
    'black-on-yellow': 'Black on yellow',
    'yellow-on-black': 'Yellow on black',
    cursor: 'Large cursor',
    off: 'Standard',
    black: 'Black',
    white: 'White',
    guide: 'Reading guide',
    captions: 'Captions',
    reset: 'Reset',
    close: 'Close',
  },
  loadZhHant,
} as const satisfies Strings;
