// The JavaScript every portal page runs: only the elements with behaviour. Hydration support
// must load before Lit, so server-rendered shadow roots are adopted rather than re-rendered.
// Simplified-Chinese and English pages run this entry; zh-hant/ pages run portal-hant.ts,
// which adds the traditional strings first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '@qiaoxin/components/site-nav.js';
import '@qiaoxin/components/elder-mode.js';
import '@qiaoxin/components/a11y-toolbar.js';
import '@qiaoxin/components/search.js';
