import type { Strings } from '@qiaoxin/i18n';
import { loadZhHant } from '../internal/zh-hant.js';

/** `<qx-link-group>`: the name of a group given no `label`. */
export const linkGroupsStrings = {
  group: 'linkGroups',
  'zh-CN': { label: '友情链接' },
  en: { label: 'Links' },
  loadZhHant,
} as const satisfies Strings;
