import type { Strings } from '@qiaoxin/i18n';
import { loadZhHant } from '../internal/zh-hant.js';

/** `<qx-breadcrumbs>`: the lead-in before the trail, also the landmark's name. */
export const breadcrumbsStrings = {
  group: 'breadcrumbs',
  'zh-CN': { label: '您的当前位置：' },
  en: { label: 'You are here:' },
  loadZhHant,
} as const satisfies Strings;
