import { QxNoticeList } from './notice-list/qx-notice-list.js';
import { QxNoticeItem } from './notice-list/qx-notice-item.js';
import { defineElement } from './internal/define.js';

export { QxNoticeList, QxNoticeItem };

defineElement('qx-notice-list', QxNoticeList);
defineElement('qx-notice-item', QxNoticeItem);

declare global {
  interface HTMLElementTagNameMap {
    'qx-notice-list': QxNoticeList;
    'qx-notice-item': QxNoticeItem;
  }
}
