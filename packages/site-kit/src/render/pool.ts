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
import { conversionsOf } from './traditional.js';
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
 * Renders `jobs` into `temp`, in their order, in batches: for a big site in a worker thread on
 * each core (Tinypool), else in this thread. When workers render, this thread does not: a
 * thread's heap limit is fixed when it starts, and V8 collects lazily below it, so with this
 * thread rendering too the process grew to 1.4 GB at 10,000 articles, mostly garbage; a
 * worker's heap is bounded by `resourceLimits`, sized from what this thread holds
 * (`workerHeapMb`), and the same build peaked at 1.0 GB. The workers are given
 * the loaded site, not its folder: copying it costs a tenth of loading it again, and they
 * render exactly the site this build keyed, even when the folder is edited meanwhile.
 */
export async function renderPages(
  site: Site,
  jobs: PageJob[],
  assets: Assets,
  temp: string,
  /** Told the files of each finished page or batch, in `temp` from then on. */
  onRendered: (files: string[]) => void = () => undefined,
): Promise<void> {
  if (jobs.length < threshold) {
    // Each page told as soon as it is written: an edit's search parts, whose pages come first,
    // are indexed while the lists and the home page are still being rendered.
    for (const { edition, spec, locale, file } of jobs) {
      const html = await renderPage(edition, spec, locale, assets);
      await mkdir(dirname(within(temp, file)), { recursive: true });
      await writeFile(within(temp, file), html);
      onRendered([file]);
    }
    return;
  }
  const batches: PageJob[][] = [];
  for (let i = 0; i < jobs.length; i += batch) batches.push(jobs.slice(i, i + batch));
  // Each worker takes the next batch when it is done with one, so the first jobs are done first.
  // After a failure, nobody takes another batch.
  let next = 0;
  let failed = false;
  const take = () => (failed ? undefined : batches[next++]);
  const workers = Math.max(1, availableParallelism());
  const traditional = jobs.find((job) => job.locale === 'zh-Hant' && job.edition !== site);
  const pool = new Tinypool({
    filename: new URL('./render-worker.js', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    workerData: {
      site,
      assets,
      lang: messageLang(),
      traditional: traditional && conversionsOf(traditional.edition),
    } satisfies WorkerSetup,
    resourceLimits: { maxOldGenerationSizeMb: workerHeapMb() },
  });
  const there = async () => {
    try {
      for (let pages = take(); pages; pages = take()) {
        const task = pages.map(({ locale, spec, file }) => ({ locale, path: spec.path, file }));
        await pool.run({ temp, pages: task } satisfies RenderTask);
        onRendered(pages.map((p) => p.file));
      }
    } catch (error) {
      failed = true;
      throw error;
    }
  };
  try {
    // Two batches in hand for each worker, so none waits for the next. All are settled before
    // the pool is stopped, so no worker is cut off while writing.
    const settled = await Promise.allSettled(Array.from({ length: workers * 2 }, there));
    const rejected = settled.find((s) => s.status === 'rejected');
    if (rejected) throw rejected.reason;
  } finally {
    await pool.destroy();
  }
}

/**
 * A rendering worker's heap limit: what this thread's heap holds now (the site, its editions and
 * every page's plan, which a worker holds a copy of, or less) and room to render in: half as
 * much again, and at least 256 MB (about 540 MB at 10,000 articles). Near it a worker collects
 * its garbage instead of growing.
 */
function workerHeapMb(): number {
  const held = process.memoryUsage().heapUsed / 2 ** 20;
  return Math.ceil(Math.max(held * 1.5, held + 256));
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
