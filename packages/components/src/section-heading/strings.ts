import type { Strings } from '@qiaoxin/i18n';
import { loadZhHant } from '../internal/zh-hant.js';

/** `<qx-section-heading>`: a bilingual section title with a more link. */
export const sectionHeadingStrings = {
  group: 'sectionHeading',
  'zh-CN': { more: '更多' },
  en: { more: 'More' },
  loadZhHant,
} as const satisfies Strings;
