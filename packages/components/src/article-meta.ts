import { QxArticleMeta } from './article-meta/qx-article-meta.js';
import { defineElement } from './internal/define.js';

export { QxArticleMeta };

defineElement('qx-article-meta', QxArticleMeta);

declare global {
  interface HTMLElementTagNameMap {
    'qx-article-meta': QxArticleMeta;
  }
}
