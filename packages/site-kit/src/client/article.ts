// Loaded only by article pages: <qx-article-tools> (字号, 朗读全文, 打印本页, 分享) under the
// meta line. Its reading code loads on first use, from the element itself.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '@qiaoxin/components/article-tools.js';
