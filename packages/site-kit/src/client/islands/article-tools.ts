// 朗读全文 hands the reading to the accessibility toolbar (a `qx-read-aloud` event), so the
// toolbar is there whenever the article tools are.
import './hydrate.js';
import '@qiaoxin/components/a11y-toolbar.js';
import '@qiaoxin/components/article-tools.js';
