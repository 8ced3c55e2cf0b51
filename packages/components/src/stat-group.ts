import { QxStatGroup } from './stat-group/qx-stat-group.js';
import { defineElement } from './internal/define.js';

export { QxStatGroup };

defineElement('qx-stat-group', QxStatGroup);

declare global {
  interface HTMLElementTagNameMap {
    'qx-stat-group': QxStatGroup;
  }
}
