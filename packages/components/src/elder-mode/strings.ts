import type { Strings } from '@qiaoxin/i18n';
import { loadZhHant } from '../internal/zh-hant.js';

/** `<qx-elder-mode>`: the 适老化 switch: larger text and higher contrast. */
export const elderModeStrings = {
  group: 'elderMode',
  'zh-CN': { label: '长者模式', on: '已开启长者模式', off: '已关闭长者模式' },
  en: {
    label: 'Elder-friendly mode',
    on: 'Elder-friendly mode on',
    off: 'Elder-friendly mode off',
  },
  loadZhHant,
} as const satisfies Strings;
