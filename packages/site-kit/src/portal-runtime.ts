import { register } from 'node:module';

let registered = false;

/**
 * Defined (true) in the command line's bundle (scripts/bundle-cli.js), where `i18next` is
 * i18next-lite already and every library is inside the bundle: no hook, nothing to load first.
 */
declare const QIAOXIN_BUNDLE: boolean | undefined;
const bundled = typeof QIAOXIN_BUNDLE !== 'undefined' && QIAOXIN_BUNDLE;

/**
 * Portals run one i18n runtime, on the server and in the browser: i18next-lite
 * (`@qiaoxin/i18n/i18next-lite`), the small implementation of the part of i18next the elements
 * use. The client bundle gets it through Vite's alias (write/assets.ts); this makes Node resolve
 * `i18next` to it too, before the renderer and the elements are loaded (build.ts is imported
 * only after this has run), so the HTML is written by the same code that later hydrates it.
 * Embedders of the components keep real i18next through `@qiaoxin/i18n`.
 */
export function usePortalRuntime(): void {
  if (registered || bundled) return;
  register('./portal-runtime-hook.js', import.meta.url);
  registered = true;
}

/**
 * Loads what never imports i18next first, then puts the hook in place. Once it is there, every
 * import is resolved through Node's loader thread, a round trip each: the build's 700 modules
 * took 0.7 s to load instead of 0.4 s. Each thread that renders calls this (before Node 22,
 * worker threads do not inherit a hook), and then imports the elements and the renderer; a
 * rendering worker (`renderingOnly`) needs none of the build's other libraries.
 */
export async function startPortalRuntime(renderingOnly = false): Promise<void> {
  if (bundled) return;
  const first = renderingOnly ? renderingLibraries : [...renderingLibraries, ...buildLibraries];
  await Promise.all(first.map((name) => import(name)));
  usePortalRuntime();
}

/** Libraries the renderer uses that know nothing of i18next. */
const renderingLibraries = ['lit', '@lit-labs/ssr', 'qr', 'opencc-js/cn2t', 'markdown-it'];

/** The rest of the build that knows nothing of i18next: the site loader, styles, search, feeds. */
const buildLibraries = [
  './site/load.js',
  'lightningcss',
  'tinypool',
  'pagefind',
  'feed',
  '@resvg/resvg-js',
];
