import type { Strings } from '../strings.js';

/** `<qx-section-heading>`: a bilingual section title with a more link. */
export const sectionHeadingStrings = {
  group: 'sectionHeading',
  'zh-CN': { more: '更多' },
  en: { more: 'More' },
} as const satisfies Strings;
