import './hydrate.js';
import '@qiaoxin/components/site-nav.js';
