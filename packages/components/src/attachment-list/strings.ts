import type { Strings } from '@qiaoxin/i18n';
import { loadZhHant } from '../internal/zh-hant.js';

/** `<qx-attachment>`: 「附件：名称（PDF，1.2 MB）」 — the lead-in and the brackets around type and size. */
export const attachmentStrings = {
  group: 'attachment',
  'zh-CN': { prefix: '附件：', details: '（{{details}}）', separator: '，' },
  en: { prefix: 'Attachment: ', details: ' ({{details}})', separator: ', ' },
  loadZhHant,
} as const satisfies Strings;
