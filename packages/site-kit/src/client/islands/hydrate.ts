// First in every island: hydration support must run before Lit itself, so the server-rendered
// shadow roots are adopted (same nodes, focus and typed text kept) rather than rendered again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
