/**
 * A rendering worker (see pool.ts): it is given the build's loaded site and renders the pages
 * it is asked for straight into the build's folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Tinypool from 'tinypool';
import type { Locale } from '@qiaoxin/i18n';
import type { Assets } from './page.js';
import type { PageSpec } from './routes.js';
import type { MessageLang } from '../messages/index.js';
import type { Site } from '../site/types.js';
import { startPortalRuntime } from '../portal-runtime.js';

export interface WorkerSetup {
  site: Site;
  assets: Assets;
  /** The language of the build's messages. */
  lang: MessageLang;
  /** The zh-Hant edition's converted article fields, by digest (traditional.ts `conversionsOf`). */
  traditional?: Map<string, Partial<Site['articles'][number]>>;
}

/** One batch: pages by edition and path, written as `file` inside `temp`. */
export interface RenderTask {
  temp: string;
  pages: { locale: Locale; path: string; file: string }[];
}

// The pages are written by the i18n runtime that later hydrates them (portal-runtime.ts), here
// as in the build's own thread: the elements and the renderer are loaded after its hook.
await startPortalRuntime(true);
const [{ editionOf }, { renderPage }, { routesOf }, { within }, { setDefaultLang }] =
  await Promise.all([
    import('./editions.js'),
    import('./page.js'),
    import('./routes.js'),
    import('../write/output.js'),
    import('../messages/index.js'),
  ]);
assertPortalRuntime();

const setup = Tinypool.workerData as WorkerSetup;
setDefaultLang(setup.lang);

/** Each edition and its pages by path, made on first use: a worker may render one edition. */
const editions = new Map<Locale, { site: Site; specs: Map<string, PageSpec> }>();
function editionFor(locale: Locale) {
  let edition = editions.get(locale);
  if (!edition) {
    const converted = setup.traditional;
    const site = editionOf(
      setup.site,
      locale,
      converted &&
        (<T>(_kind: string, digest: string, make: () => T | undefined) =>
          (converted.get(digest) as T | undefined) ?? make()),
    );
    edition = { site, specs: new Map(routesOf(site).map((spec) => [spec.path, spec])) };
    editions.set(locale, edition);
  }
  return edition;
}

/**
 * Writes synchronously: this thread has nothing else to do meanwhile, and each asynchronous
 * call (mkdir, then writeFile's open, write and close) was a hand-off to libuv's thread pool and
 * back. With search indexing beside the rendering, the 2-core machine spent a fifth of its time
 * in the kernel waking threads. Written so (with the search worker's files), 10,000 articles
 * built cold in 179 s instead of 221 s, their pages alone in 44 s instead of 63 s, for a peak
 * about 45 MB higher (V8 shrinks a worker's heap when it is idle, which it now is less often).
 */
export default async function render({ temp, pages }: RenderTask): Promise<number> {
  for (const { locale, path, file } of pages) {
    const edition = editionFor(locale);
    const spec = edition.specs.get(path);
    // Never: the pool asks only for pages of this very site.
    if (!spec) throw new Error(`no page ${path} in the ${locale} edition`);
    const html = await renderPage(edition.site, spec, locale, setup.assets);
    mkdirSync(dirname(within(temp, file)), { recursive: true });
    writeFileSync(within(temp, file), html);
  }
  return pages.length;
}

/**
 * Real i18next has `services`; i18next-lite has only what the elements call. Were the hook
 * missing, every page of a big site would silently be written by another runtime.
 */
function assertPortalRuntime() {
  const shared = (globalThis as Record<symbol, object | undefined>)[Symbol.for('qiaoxin.i18n')];
  if (!shared || 'services' in shared) {
    throw new Error('a rendering worker loaded the elements without the portal i18n runtime');
  }
}
