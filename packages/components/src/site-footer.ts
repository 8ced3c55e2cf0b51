import { QxSiteFooter } from './site-footer/qx-site-footer.js';
import { defineElement } from './internal/define.js';

export { QxSiteFooter };

defineElement('qx-site-footer', QxSiteFooter);

declare global {
  interface HTMLElementTagNameMap {
    'qx-site-footer': QxSiteFooter;
  }
}
