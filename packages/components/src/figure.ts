import { QxFigure } from './figure/qx-figure.js';
import { defineElement } from './internal/define.js';

export { QxFigure };

defineElement('qx-figure', QxFigure);

declare global {
  interface HTMLElementTagNameMap {
    'qx-figure': QxFigure;
  }
}
