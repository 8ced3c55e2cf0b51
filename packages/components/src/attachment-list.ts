import { QxAttachmentList } from './attachment-list/qx-attachment-list.js';
import { QxAttachment, formatBytes } from './attachment-list/qx-attachment.js';
import { defineElement } from './internal/define.js';

export { QxAttachmentList, QxAttachment, formatBytes };

defineElement('qx-attachment-list', QxAttachmentList);
defineElement('qx-attachment', QxAttachment);

declare global {
  interface HTMLElementTagNameMap {
    'qx-attachment-list': QxAttachmentList;
    'qx-attachment': QxAttachment;
  }
}
