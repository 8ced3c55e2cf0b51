// Loaded only by pages that show figures: the count-up of <qx-stat-counter>.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '@qiaoxin/components/stat-counter.js';
