import { QxArticleTools } from './article-tools/qx-article-tools.js';
import { defineElement } from './internal/define.js';

export { QxArticleTools };

defineElement('qx-article-tools', QxArticleTools);

declare global {
  interface HTMLElementTagNameMap {
    'qx-article-tools': QxArticleTools;
  }
}
