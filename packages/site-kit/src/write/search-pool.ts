import { setMaxListeners } from 'node:events';
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import { indexPart, type PartManifest } from './search-bundle.js';
import type { Part } from './search-parts.js';
import type { PartTask } from './search-worker.js';

/**
 * Below this many pages to index, starting worker threads costs more than it saves: each loads
 * Node's internals and Pagefind's client. Measured on 2 cores (whole-process CPU): a 30-page
 * site took 16 % less in this thread, a 216-page one about the same either way, and an edit
 * re-indexing 616 pages of a 2,000-article site 29 % less on threads.
 */
const threshold = Number(process.env.QIAOXIN_SEARCH_THREADS_FROM ?? 300);

/**
 * Indexes the parts that changed. Pagefind's process indexes a part on one core, so when several
 * changed (an edit touches one in each edition; a first build, all), hold enough pages between
 * them (`threshold`) and their pages are files (`source`), they are indexed in worker threads,
 * each with its own Pagefind process, as many at once as there are cores (or all, when they are
 * few); each part as soon as its pages are written. Otherwise, one after the other here, holding
 * one part's pages in memory at a time.
 */
export async function indexParts(
  parts: Part[],
  pagefind: string,
  /** Once aborted, the parts being indexed are given up (their threads stopped). */
  signal?: AbortSignal,
): Promise<[Part, PartManifest][]> {
  // An edit's few parts (one per edition, and the primary) are all indexed at once, though they
  // may be more than the cores: in turns, two cores took 0.8 + 0.8 s for four parts of which
  // one was tiny; together, the cores finish them about when the total work is done.
  const cores = availableParallelism();
  const threads = parts.length <= 2 * cores ? parts.length : cores;
  const fromFiles = parts.every((part) => part.pages.every((page) => page.source));
  const pages = parts.reduce((sum, part) => sum + part.pages.length, 0);
  if (threads < 2 || !fromFiles || pages < threshold) {
    const done: [Part, PartManifest][] = [];
    for (const part of parts) done.push([part, await indexPart(part, pagefind, signal)]);
    return done;
  }
  const pool = new Tinypool({
    filename: new URL('./search-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  // Each task listens to the signal: many parts (a renamed section) are not a listener leak.
  if (signal) setMaxListeners(parts.length + 10, signal);
  try {
    const tasks = parts.map(async (part): Promise<[Part, PartManifest]> => {
      await Promise.all(part.pages.map((page) => page.source?.ready()));
      const task: PartTask = {
        part: {
          ...part,
          pages: part.pages.map(({ url, locale, key, year, source }) => ({
            url,
            locale,
            key,
            ...(year !== undefined && { year }),
            path: source?.path ?? '',
          })),
        },
        pagefind,
      };
      // Tinypool stops the thread of a task whose signal is aborted while it runs.
      return [part, (await pool.run(task, { signal })) as PartManifest];
    });
    // Every task settled before the pool is stopped, so none is cut off half-written.
    const settled = await Promise.allSettled(tasks);
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    return settled.map((s) => (s as PromiseFulfilledResult<[Part, PartManifest]>).value);
  } finally {
    await pool.destroy();
  }
}
