import { QxSectionHeading } from './section-heading/qx-section-heading.js';
import { defineElement } from './internal/define.js';

export { QxSectionHeading };

defineElement('qx-section-heading', QxSectionHeading);

declare global {
  interface HTMLElementTagNameMap {
    'qx-section-heading': QxSectionHeading;
  }
}
