import { register } from 'node:module';

let registered = false;

/**
 * Portals run one i18n runtime, on the server and in the browser: i18next-lite
 * (`@qiaoxin/i18n/i18next-lite`), the small implementation of the part of i18next the elements
 * use. The client bundle gets it through Vite's alias (write/assets.ts); this makes Node resolve
 * `i18next` to it too, before the renderer and the elements are loaded (build.ts is imported
 * only after this has run), so the HTML is written by the same code that later hydrates it.
 * Embedders of the components keep real i18next through `@qiaoxin/i18n`.
 */
export function usePortalRuntime(): void {
  if (registered) return;
  register('./portal-runtime-hook.js', import.meta.url);
  registered = true;
}
