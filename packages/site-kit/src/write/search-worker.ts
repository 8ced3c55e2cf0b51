/**
 * A search-index worker (see search-index.ts): it indexes one part of the index with a Pagefind
 * process of its own, so the parts an edit touches (one in each edition) are indexed at the same
 * time on every core; Pagefind's process uses one core for a part.
 */
import { readFileSync } from 'node:fs';
import { close } from 'pagefind';
import { indexPart, type PartManifest } from './search-bundle.js';
import type { Part, SearchablePage } from './search-parts.js';

/** A part whose pages are read from files (`source.path`), written by the time it is sent. */
export interface PartTask {
  part: Omit<Part, 'pages'> & {
    pages: (Omit<SearchablePage, 'html' | 'source'> & { path: string })[];
  };
  pagefind: string;
}

export default async function indexInWorker({ part, pagefind }: PartTask): Promise<PartManifest> {
  const pages = part.pages.map(({ path, ...page }) => ({
    ...page,
    // Read synchronously: this thread waits for the page anyway, and an asynchronous read is four
    // hand-offs to libuv's thread pool (open, stat, read, close), each waking a thread.
    html: () => Promise.resolve(readFileSync(path, 'utf8')),
  }));
  try {
    return await indexPart({ ...part, pages }, pagefind);
  } finally {
    // Stopped after each part: a Pagefind process left running would outlive this thread.
    await close();
  }
}
