import { QxSiteNav } from './site-nav/qx-site-nav.js';
import { defineElement } from './internal/define.js';

export { QxSiteNav };

defineElement('qx-site-nav', QxSiteNav);

declare global {
  interface HTMLElementTagNameMap {
    'qx-site-nav': QxSiteNav;
  }
  interface HTMLElementEventMap {
    'qx-nav-toggle': CustomEvent<{ open: boolean }>;
  }
}
