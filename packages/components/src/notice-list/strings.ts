import type { Strings } from '@qiaoxin/i18n';
import { loadZhHant } from '../internal/zh-hant.js';

/** `<qx-notice-list>`: the empty text, the pinned badge and the attachment count. */
export const noticeListStrings = {
  group: 'noticeList',
  'zh-CN': {
    empty: '暂无通知',
    pinned: '置顶',
    attachments: '{{n}} 个附件',
  },
  en: {
    empty: 'No notices',
    pinned: 'Pinned',
    attachments: 'Attachments: {{n}}',
  },
  loadZhHant,
} as const satisfies Strings;
