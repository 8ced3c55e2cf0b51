/**
 * A rendering worker (see pool.ts): it loads the site folder itself — cheaper than copying a
 * site of thousands of articles into every thread — on the day the build was started, and
 * renders the pages it is given straight into the build's folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import Tinypool from 'tinypool';
import type { Locale } from '@qiaoxin/i18n';
import { loadSite } from '../site/load.js';
import { editionOf } from './editions.js';
import { renderPage, type Assets } from './page.js';
import { routesOf, type PageSpec } from './routes.js';
import { within } from '../write/output.js';
import { pageKeys } from '../write/build-cache.js';
import { setDefaultLang, t, type MessageLang } from '../messages/index.js';
import type { Site } from '../site/types.js';

export interface WorkerSetup {
  dir: string;
  today: string;
  assets: Assets;
  code: string;
  /** The language of the build's messages. */
  lang: MessageLang;
}

/** One batch: pages by edition and path, written as `file` inside `temp`. */
export interface RenderTask {
  temp: string;
  pages: { locale: Locale; path: string; file: string; key: string }[];
}

const setup = Tinypool.workerData as WorkerSetup;
setDefaultLang(setup.lang);
interface Loaded {
  editions: Map<Locale, { site: Site; specs: Map<string, PageSpec> }>;
  keyOf: ReturnType<typeof pageKeys>;
}
let loaded: Promise<Loaded> | undefined;

async function load(): Promise<Loaded> {
  const site = await loadSite(setup.dir, { today: setup.today });
  const byLocale = new Map<Locale, { site: Site; specs: Map<string, PageSpec> }>();
  for (const locale of ['zh-CN', 'zh-Hant', 'en'] as const) {
    const edition = editionOf(site, locale);
    byLocale.set(locale, {
      site: edition,
      specs: new Map(routesOf(edition).map((spec) => [spec.path, spec])),
    });
  }
  return { editions: byLocale, keyOf: pageKeys(site, setup.assets, setup.code) };
}

export default async function render({ temp, pages }: RenderTask): Promise<number> {
  const { editions, keyOf } = await (loaded ??= load());
  for (const { locale, path, file, key } of pages) {
    const edition = editions.get(locale);
    const spec = edition?.specs.get(path);
    if (!edition || !spec || keyOf(locale, spec) !== key)
      throw new Error(t('build.changedDuring', { file }));
    const html = await renderPage(edition.site, spec, locale, setup.assets);
    await mkdir(dirname(within(temp, file)), { recursive: true });
    await writeFile(within(temp, file), html);
  }
  return pages.length;
}
