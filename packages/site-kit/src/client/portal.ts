// The JavaScript every portal page runs: only the elements with behaviour. Hydration support
// must load before Lit, so server-rendered shadow roots are adopted rather than re-rendered.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
// Traditional strings in the bundle itself: zh-hant/ pages must hydrate with the text the
// server wrote, not fall back to simplified while the strings load.
import '@qiaoxin/i18n/zh-hant.js';
import '@qiaoxin/components/site-nav.js';
import '@qiaoxin/components/elder-mode.js';
import '@qiaoxin/components/search.js';
