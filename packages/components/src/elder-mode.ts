import { QxElderMode } from './elder-mode/qx-elder-mode.js';
import { applySavedElderMode, elderModeAttribute, elderModeKey } from './elder-mode/apply.js';
import { defineElement } from './internal/define.js';

export { QxElderMode, applySavedElderMode, elderModeAttribute, elderModeKey };

defineElement('qx-elder-mode', QxElderMode);

declare global {
  interface HTMLElementTagNameMap {
    'qx-elder-mode': QxElderMode;
  }
}
