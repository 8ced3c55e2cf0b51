import type { Strings } from '@qiaoxin/i18n';
import { loadZhHant } from '../internal/zh-hant.js';

/** `<qx-article-tools>`: TODO one line on what the element is. */
export const articleToolsStrings = {
  group: 'articleTools',
  // TODO: the element's real strings, in zh-CN and en. zh-Hant is generated from zh-CN at
  // build (OpenCC cn→tw); a string that needs a hand-made form goes in
  // ../internal/zh-hant-overrides.ts.
  'zh-CN': { label: '标签' },
  en: { label: 'Label' },
  loadZhHant,
} as const satisfies Strings;
