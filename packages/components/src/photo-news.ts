import { QxPhotoNews } from './photo-news/qx-photo-news.js';
import { QxPhotoNewsItem } from './photo-news/qx-photo-news-item.js';
import { defineElement } from './internal/define.js';

export { QxPhotoNews, QxPhotoNewsItem };

defineElement('qx-photo-news', QxPhotoNews);
defineElement('qx-photo-news-item', QxPhotoNewsItem);

declare global {
  interface HTMLElementTagNameMap {
    'qx-photo-news': QxPhotoNews;
    'qx-photo-news-item': QxPhotoNewsItem;
  }
}
