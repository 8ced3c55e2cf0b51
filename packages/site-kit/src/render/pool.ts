/**
 * Renders pages on every core: a pool of worker threads (Tinypool, a maintained pool) when
 * there are enough pages to pay for starting them, in this thread otherwise.
 */
import { availableParallelism } from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import Tinypool from 'tinypool';
import type { Locale } from '@qiaoxin/i18n';
import type { Site } from '../site/types.js';
import { renderPage, type Assets } from './page.js';
import type { PageSpec } from './routes.js';
import type { RenderTask, WorkerSetup } from './render-worker.js';
import { within } from '../write/output.js';
import { messageLang } from '../messages/index.js';

export interface PageJob {
  locale: Locale;
  /** The site as this edition shows it. */
  edition: Site;
  spec: PageSpec;
  file: string;
  key: string;
}

/** Below this many pages, starting threads (each loads the site) costs more than it saves. */
const threshold = Number(process.env.QIAOXIN_RENDER_THREADS_FROM ?? 400);
const batch = 40;

/**
 * Renders `jobs` into `temp`. `code` (build-cache.ts) lets the workers check that the site they
 * loaded is the one the build keyed: a folder edited during the build stops it, rather than
 * leaving pages that do not match their keys.
 */
export async function renderPages(
  site: Site,
  jobs: PageJob[],
  { assets, code }: { assets: Assets; code: string },
  temp: string,
): Promise<void> {
  const threads = Math.max(1, availableParallelism());
  if (jobs.length < threshold || threads < 2) {
    for (const { edition, spec, locale, file } of jobs) {
      const html = await renderPage(edition, spec, locale, assets);
      await mkdir(dirname(within(temp, file)), { recursive: true });
      await writeFile(within(temp, file), html);
    }
    return;
  }
  const pool = new Tinypool({
    filename: new URL('./render-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    workerData: {
      dir: site.dir,
      today: site.today,
      assets,
      code,
      lang: messageLang(),
    } satisfies WorkerSetup,
  });
  try {
    const tasks: Promise<number>[] = [];
    for (let i = 0; i < jobs.length; i += batch) {
      const pages = jobs
        .slice(i, i + batch)
        .map(({ locale, spec, file, key }) => ({ locale, path: spec.path, file, key }));
      tasks.push(pool.run({ temp, pages } satisfies RenderTask) as Promise<number>);
    }
    await Promise.all(tasks);
  } finally {
    await pool.destroy();
  }
}
