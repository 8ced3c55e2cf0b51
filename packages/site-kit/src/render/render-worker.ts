/**
 * A rendering worker (see pool.ts): it is given the build's loaded site and renders the pages
 * it is asked for straight into the build's folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import Tinypool from 'tinypool';
import type { Locale } from '@qiaoxin/i18n';
import { editionOf } from './editions.js';
import { renderPage, type Assets } from './page.js';
import { routesOf, type PageSpec } from './routes.js';
import { within } from '../write/output.js';
import { setDefaultLang, type MessageLang } from '../messages/index.js';
import type { Site } from '../site/types.js';

export interface WorkerSetup {
  site: Site;
  assets: Assets;
  /** The language of the build's messages. */
  lang: MessageLang;
}

/** One batch: pages by edition and path, written as `file` inside `temp`. */
export interface RenderTask {
  temp: string;
  pages: { locale: Locale; path: string; file: string }[];
}

const setup = Tinypool.workerData as WorkerSetup;
setDefaultLang(setup.lang);

/** Each edition and its pages by path, made on first use: a worker may render one edition. */
const editions = new Map<Locale, { site: Site; specs: Map<string, PageSpec> }>();
function editionFor(locale: Locale) {
  let edition = editions.get(locale);
  if (!edition) {
    const site = editionOf(setup.site, locale);
    edition = { site, specs: new Map(routesOf(site).map((spec) => [spec.path, spec])) };
    editions.set(locale, edition);
  }
  return edition;
}

export default async function render({ temp, pages }: RenderTask): Promise<number> {
  for (const { locale, path, file } of pages) {
    const edition = editionFor(locale);
    const spec = edition.specs.get(path);
    // Never: the pool asks only for pages of this very site.
    if (!spec) throw new Error(`no page ${path} in the ${locale} edition`);
    const html = await renderPage(edition.site, spec, locale, setup.assets);
    await mkdir(dirname(within(temp, file)), { recursive: true });
    await writeFile(within(temp, file), html);
  }
  return pages.length;
}
