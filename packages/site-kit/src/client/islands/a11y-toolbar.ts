import './hydrate.js';
import '@qiaoxin/components/a11y-toolbar.js';
