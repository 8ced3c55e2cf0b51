import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Lets token strings such as `var(--qx-color-link, #1d4f91)` sit in Lit `css` blocks. The build
 * (scripts/minify-templates.js) writes each `${token(name)}` as the token's text, so published
 * code calls this for nothing: it is here for the TypeScript sources and the tests.
 */
export const token: (value: string) => CSSResult = unsafeCSS;
