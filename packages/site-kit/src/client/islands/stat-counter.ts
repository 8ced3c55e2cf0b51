import './hydrate.js';
import '@qiaoxin/components/stat-counter.js';
