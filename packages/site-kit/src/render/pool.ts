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
 * Renders `jobs` into `temp`. The workers are given the loaded site, not its folder: copying it
 * costs a tenth of loading it again, and they render exactly the site this build keyed, even
 * when the folder is edited while they work.
 */
export async function renderPages(
  site: Site,
  jobs: PageJob[],
  assets: Assets,
  temp: string,
  /** Told the files of each finished batch, in `temp` from then on. */
  onRendered: (files: string[]) => void = () => undefined,
): Promise<void> {
  const threads = Math.max(1, availableParallelism());
  if (jobs.length < threshold || threads < 2) {
    for (const { edition, spec, locale, file } of jobs) {
      const html = await renderPage(edition, spec, locale, assets);
      await mkdir(dirname(within(temp, file)), { recursive: true });
      await writeFile(within(temp, file), html);
      onRendered([file]);
    }
    return;
  }
  const pool = new Tinypool({
    filename: new URL('./render-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    workerData: { site, assets, lang: messageLang() } satisfies WorkerSetup,
  });
  try {
    const tasks: Promise<void>[] = [];
    for (let i = 0; i < jobs.length; i += batch) {
      const pages = jobs
        .slice(i, i + batch)
        .map(({ locale, spec, file }) => ({ locale, path: spec.path, file }));
      // Tinypool runs tasks in the order they are queued, so the first jobs are done first.
      const task = pool.run({ temp, pages } satisfies RenderTask) as Promise<number>;
      tasks.push(task.then(() => onRendered(pages.map((p) => p.file))));
    }
    await Promise.all(tasks);
  } finally {
    await pool.destroy();
  }
}

/**
 * Waits for pages to be rendered, so work that reads them (the search index) can start while
 * the rest are: `ready(file)` settles once `file` is written, or when rendering failed.
 */
export function readiness(files: string[]) {
  const waiting = new Map<string, { wait: Promise<void>; done: () => void }>();
  let failed: (error: unknown) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => (failed = reject));
  failure.catch(() => undefined); // seen through `ready` only
  for (const file of files) {
    let done: () => void = () => undefined;
    const wait = new Promise<void>((resolve) => (done = resolve));
    waiting.set(file, { wait, done });
  }
  return {
    rendered: (done: string[]) => done.forEach((file) => waiting.get(file)?.done()),
    failed: (error: unknown) => failed(error),
    /** Resolves at once for a file this build does not render (it is in the previous output). */
    ready: (file: string): Promise<void> => Promise.race([waiting.get(file)?.wait, failure]),
  };
}
