import { setMaxListeners } from 'node:events';
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import { indexPart, type PartManifest } from './search-bundle.js';
import type { Part } from './search-parts.js';
import type { FilePart, PartTask } from './search-worker.js';

/**
 * Below this many pages to index, starting worker threads costs more than it saves: each loads
 * Node's internals and Pagefind's client. Measured on 2 cores (whole-process CPU): a 30-page
 * site took 16 % less in this thread, a 216-page one about the same either way, and an edit
 * re-indexing 616 pages of a 2,000-article site 29 % less on threads.
 */
const threshold = Number(process.env.QIAOXIN_SEARCH_THREADS_FROM ?? 300);

/**
 * Parts a thread indexes one after the other in one Pagefind process. A fresh process spends a
 * third of its first part growing its memory (26,000 page faults for 160 pages on this 2-core
 * VM, 0.3 s of 1.05 s); the next part it indexes reuses that memory, and the process never
 * holds more than one part at a time (each index is deleted once written).
 */
const partsPerTask = 4;

/**
 * Indexes the parts that changed. Pagefind's process indexes a part on one core, so when several
 * changed (an edit touches one in each edition; a first build, all), hold enough pages between
 * them (`threshold`) and their pages are files (`source`), they are indexed in worker threads,
 * one on each core, each with its own Pagefind process (see `tasksOf`): each group of parts as
 * soon as its pages are written. Otherwise, one after the other here, holding one part's pages
 * in memory at a time.
 */
export async function indexParts(
  parts: Part[],
  pagefind: string,
  /** Once aborted, the parts being indexed are given up (their threads stopped). */
  signal?: AbortSignal,
  /** Threads already started (`startSearchPool`), which the caller stops. */
  started?: Tinypool,
): Promise<[Part, PartManifest][]> {
  const threads = Math.min(availableParallelism(), parts.length);
  const fromFiles = parts.every((part) => part.pages.every((page) => page.source));
  const pages = parts.reduce((sum, part) => sum + part.pages.length, 0);
  if (threads < 2 || !fromFiles || pages < threshold) {
    const done: [Part, PartManifest][] = [];
    for (const part of parts) done.push([part, await indexPart(part, pagefind, signal)]);
    return done;
  }
  const pool = started ?? poolOf(threads);
  const tasks = tasksOf(parts, threads);
  // Each task listens to the signal: many parts (a renamed section) are not a listener leak.
  if (signal) setMaxListeners(tasks.length + 10, signal);
  try {
    const running = tasks.map(async (group): Promise<[Part, PartManifest][]> => {
      await Promise.all(group.flatMap((part) => part.pages.map((page) => page.source?.ready())));
      const task: PartTask = { parts: group.map(filePart), pagefind };
      // Tinypool stops the thread of a task whose signal is aborted while it runs.
      const manifests = (await pool.run(task, { signal })) as PartManifest[];
      return group.map((part, i) => [part, manifests[i] as PartManifest]);
    });
    // Every task settled before the pool is stopped, so none is cut off half-written.
    const settled = await Promise.allSettled(running);
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    return settled.flatMap((s) => (s as PromiseFulfilledResult<[Part, PartManifest][]>).value);
  } finally {
    if (!started) await pool.destroy();
  }
}

const poolOf = (threads: number) =>
  new Tinypool({
    filename: new URL('./search-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });

/**
 * Search threads started ahead of need, one on each core, for a site with enough searchable
 * pages that its parts are likely indexed in threads: each thread loads Node's internals and
 * Pagefind's client while the build picks and renders the stale pages (0.1–0.2 s), which an
 * edit's parts otherwise waited for once their pages were rendered. Undefined on one core or
 * for a small site. The caller stops them.
 */
export function startSearchPool(searchablePages: number): Tinypool | undefined {
  const threads = availableParallelism();
  return threads >= 2 && searchablePages >= threshold ? poolOf(threads) : undefined;
}

/**
 * The parts in groups, each indexed by one thread in one Pagefind process. A few parts (an
 * edit's: one per edition and the primary; at most `partsPerTask` for each thread) are dealt
 * out so the threads finish together, the largest first to the thread with the fewest pages;
 * more (a first build's) go in runs of `partsPerTask` in the order their pages are written,
 * which the threads take in turn.
 */
function tasksOf(parts: Part[], threads: number): Part[][] {
  if (parts.length > threads * partsPerTask) {
    const runs: Part[][] = [];
    for (let i = 0; i < parts.length; i += partsPerTask)
      runs.push(parts.slice(i, i + partsPerTask));
    return runs;
  }
  const bins = Array.from({ length: threads }, () => ({ parts: [] as Part[], pages: 0 }));
  for (const part of [...parts].sort((a, b) => b.pages.length - a.pages.length)) {
    const bin = bins.reduce((least, b) => (b.pages < least.pages ? b : least));
    bin.parts.push(part);
    bin.pages += part.pages.length;
  }
  return bins.map((bin) => bin.parts).filter((group) => group.length);
}

/** What a thread is sent of a part: its pages' files instead of their HTML. */
const filePart = (part: Part): FilePart => ({
  ...part,
  pages: part.pages.map(({ url, locale, key, year, source }) => ({
    url,
    locale,
    key,
    ...(year !== undefined && { year }),
    path: source?.path ?? '',
  })),
});
