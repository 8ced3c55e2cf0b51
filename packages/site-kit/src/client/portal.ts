// The JavaScript every portal page runs: only the elements with behaviour. Hydration support
// must load before Lit, so server-rendered shadow roots are adopted rather than re-rendered.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '@qiaoxin/components/site-nav.js';
import '@qiaoxin/components/elder-mode.js';
