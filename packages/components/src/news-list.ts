import { QxNewsList } from './news-list/qx-news-list.js';
import { QxNewsItem } from './news-list/qx-news-item.js';
import { defineElement } from './internal/define.js';

export { QxNewsList, QxNewsItem };

defineElement('qx-news-list', QxNewsList);
defineElement('qx-news-item', QxNewsItem);

declare global {
  interface HTMLElementTagNameMap {
    'qx-news-list': QxNewsList;
    'qx-news-item': QxNewsItem;
  }
}
