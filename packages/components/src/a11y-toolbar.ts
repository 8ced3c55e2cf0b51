import { QxA11yToolbar } from './a11y-toolbar/qx-a11y-toolbar.js';
import { defineElement } from './internal/define.js';

// The head script and applySavedA11ySettings() are in `@qiaoxin/components/a11y-toolbar/apply.js`,
// not here: a page that only shows the button does not download them.
export { QxA11yToolbar };

defineElement('qx-a11y-toolbar', QxA11yToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'qx-a11y-toolbar': QxA11yToolbar;
  }
}
