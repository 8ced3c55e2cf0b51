import './hydrate.js';
import '@qiaoxin/components/search.js';
