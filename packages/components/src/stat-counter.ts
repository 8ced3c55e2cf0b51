import { QxStatCounter } from './stat-counter/qx-stat-counter.js';
import { defineElement } from './internal/define.js';

export { QxStatCounter };

defineElement('qx-stat-counter', QxStatCounter);

declare global {
  interface HTMLElementTagNameMap {
    'qx-stat-counter': QxStatCounter;
  }
  interface HTMLElementEventMap {
    'qx-count-end': Event;
  }
}
