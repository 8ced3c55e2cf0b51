// The entry of zh-hant/ pages: the traditional strings in the bundle itself, before the
// elements, so these pages hydrate with the text the server wrote rather than falling back to
// simplified while the strings load. Other pages never load them (they are ~0.8 KB gzip).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '@qiaoxin/components/zh-hant.js';
import './portal.js';
