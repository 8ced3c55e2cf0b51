import './hydrate.js';
import '@qiaoxin/components/elder-mode.js';
