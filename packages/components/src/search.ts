import { QxSearch } from './search/qx-search.js';
import { defineElement } from './internal/define.js';

export { QxSearch };
export type { QxSearchDetail } from './search/qx-search.js';

defineElement('qx-search', QxSearch);

declare global {
  interface HTMLElementTagNameMap {
    'qx-search': QxSearch;
  }
}
