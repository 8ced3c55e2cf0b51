/**
 * A search-index worker (see search-index.ts): it indexes parts of the index with a Pagefind
 * process of its own, so the parts an edit touches (one in each edition) are indexed at the same
 * time on every core; Pagefind's process uses one core for a part.
 */
import { readFileSync } from 'node:fs';
import { close } from 'pagefind';
import { indexPart, type PartManifest } from './search-bundle.js';
import type { Part, SearchablePage } from './search-parts.js';

/** A part whose pages are read from files (`source.path`), written by the time it is sent. */
export type FilePart = Omit<Part, 'pages'> & {
  pages: (Omit<SearchablePage, 'html' | 'source'> & { path: string })[];
};

/** Parts indexed one after the other by the same Pagefind process (see search-pool.ts). */
export interface PartTask {
  parts: FilePart[];
  pagefind: string;
}

export default async function indexInWorker({
  parts,
  pagefind,
}: PartTask): Promise<PartManifest[]> {
  const manifests: PartManifest[] = [];
  try {
    for (const part of parts) {
      const pages = part.pages.map(({ path, ...page }) => ({
        ...page,
        // Read synchronously: this thread waits for the page anyway, and an asynchronous read is
        // four hand-offs to libuv's thread pool (open, stat, read, close), each waking a thread.
        html: () => Promise.resolve(readFileSync(path, 'utf8')),
      }));
      manifests.push(await indexPart({ ...part, pages }, pagefind));
    }
    return manifests;
  } finally {
    // Stopped after each task: a Pagefind process left running would outlive this thread.
    await close();
  }
}
