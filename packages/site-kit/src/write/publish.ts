/**
 * How an incremental build's staged folder reaches the output (apply.ts does the moving): which
 * of the output's files it keeps without writing them, and which it removes.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { filesIn } from './listing.js';
import { join } from 'node:path';
import { applyStaged } from './apply.js';
import { manifestName } from './build-cache.js';
import { stampName, stampText } from './output.js';
import { writeSearchIndex } from './search-index.js';
import type { SearchablePage } from './search-parts.js';
import { tempOf } from './swap.js';

/** The search part (`parts/<name>`, relative to pagefind/) an output file belongs to. */
const partOf = (file: string) => /^pagefind\/(parts\/[^/]+)\//.exec(file)?.[1];

/** The files of `present` inside the search parts left in place (`kept`, from writeSearchIndex). */
export function keptParts(present: Iterable<string>, kept: string[]): string[] {
  const dirs = new Set(kept.map((dir) => dir.replace(/\/$/, '')));
  return [...present].filter((f) => dirs.has(partOf(f) ?? ''));
}

/** The files of the search index: kept as they are while the pages are applied before it. */
export const searchFiles = (present: Iterable<string>) =>
  [...present].filter((f) => f.startsWith('pagefind/'));

/**
 * Applies `staged` over `out`: the files it holds replace theirs, `keep` stay as they are, and
 * every other file of `present` (what `out` held) is removed, as a whole build would not write it.
 */
export async function applyBuild(
  staged: string,
  out: string,
  present: Iterable<string>,
  keep: string[],
): Promise<void> {
  const files = new Set([...(await filesIn(staged)), ...keep]);
  const removed = [...present].filter((f) => !files.has(f) && f !== manifestName);
  await applyStaged(staged, out, removed);
}

/**
 * The second step of a build that applied its pages first: writes the search index of `index`
 * (whose pages are now all in `out`) beside it, re-indexing only the parts that changed, and
 * applies it. `present` is what `out` held before the build. Once `signal` is aborted, the index
 * is abandoned where it stands and `out` keeps its previous one; returns whether it was written.
 */
export async function searchAfterPages(
  index: SearchablePage[],
  out: string,
  present: Iterable<string>,
  signal?: AbortSignal,
): Promise<boolean> {
  if (signal?.aborted) return false;
  const staged = tempOf(out);
  await rm(staged, { recursive: true, force: true });
  try {
    await mkdir(staged, { recursive: true });
    await writeFile(join(staged, stampName), stampText);
    const search = await writeSearchIndex(index, staged, out, { inPlace: true, signal });
    // Checked once more before applying, never during: an index is applied whole or not at all.
    if (signal?.aborted) throw signal.reason;
    const before = searchFiles(present);
    await applyBuild(staged, out, before, keptParts(before, search.kept));
    return true;
  } catch (error) {
    await rm(staged, { recursive: true, force: true }).catch(() => undefined);
    if (signal?.aborted) return false;
    throw error;
  }
}
