import { QxBilingualHeader } from './bilingual-header/qx-bilingual-header.js';
import { defineElement } from './internal/define.js';

export { QxBilingualHeader };
export type { QxLocaleChangeDetail } from './bilingual-header/qx-bilingual-header.js';

defineElement('qx-bilingual-header', QxBilingualHeader);

declare global {
  interface HTMLElementTagNameMap {
    'qx-bilingual-header': QxBilingualHeader;
  }
}
