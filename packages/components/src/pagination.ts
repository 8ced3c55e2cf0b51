import { QxPagination } from './pagination/qx-pagination.js';
import { defineElement } from './internal/define.js';

export { QxPagination };

defineElement('qx-pagination', QxPagination);

declare global {
  interface HTMLElementTagNameMap {
    'qx-pagination': QxPagination;
  }
}
