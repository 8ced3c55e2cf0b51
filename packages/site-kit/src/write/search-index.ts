import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { close } from 'pagefind';
import { reusable, reusePart, type PartManifest } from './search-bundle.js';
import type Tinypool from 'tinypool';
import { indexParts } from './search-pool.js';
import { partsOf, type Part, type SearchablePage } from './search-parts.js';

export type { SearchablePage } from './search-parts.js';

/**
 * Writes the site's Pagefind index into `<out>/pagefind/`: static files, one index per page
 * language (Pagefind reads `<html lang>`), Chinese split into words at build time. Pages are
 * added with their site-absolute URLs, so results link correctly under any base path.
 *
 * The index is split into parts (see `partsOf`), so that an edit re-indexes only its own: the
 * primary bundle at `pagefind/` (home, about: the one `<qx-search bundle-path>` names) and, per
 * edition, bundles of at most `partSize()` articles under `pagefind/parts/`, which
 * `pagefind/parts.json` lists by Pagefind language for the browser to merge (`mergeIndex`, in
 * the components' `loadPagefind`, which also keeps Pagefind's word matching that of one index).
 * A search finds the same pages as in one whole index; their order can differ a little, each
 * part weighing a word by how many of its own pages have it.
 *
 * A part whose pages (URLs and keys) are all unchanged since `previous` (the previous output
 * folder, if any) is hard-linked from there instead of indexed; only the parts that changed
 * read their pages' HTML. With `inPlace` (an incremental build, whose folder is applied over
 * `previous` rather than swapped in), unchanged parts are not linked at all: they stay where they
 * are, and their folders are returned in `kept`. Returns how many pages were indexed and how
 * many reused. Once `signal` is aborted, indexing stops and the promise rejects.
 */
export async function writeSearchIndex(
  pages: SearchablePage[],
  out: string,
  previous?: string,
  {
    inPlace = false,
    signal,
    pool,
  }: {
    inPlace?: boolean;
    signal?: AbortSignal;
    /** Search threads started ahead of need (`startSearchPool`), which the caller stops. */
    pool?: Tinypool | undefined;
  } = {},
): Promise<{ indexed: number; reused: number; kept: string[] }> {
  const pagefind = join(out, 'pagefind');
  const old = previous && join(previous, 'pagefind');
  const parts = partsOf(pages);
  const manifests = new Map<Part, PartManifest>();
  let [indexed, reused] = [0, 0];
  const kept: string[] = [];
  try {
    await mkdir(pagefind, { recursive: true });
    const changed: Part[] = [];
    // Every part's manifest read at once: one after the other, 200 of them took half a second
    // before an edit's part could start.
    const found = await Promise.all(parts.map((part) => (old ? reusable(part, old) : undefined)));
    for (const [i, part] of parts.entries()) {
      const manifest = found[i];
      if (!manifest || !old) {
        changed.push(part);
        continue;
      }
      // The primary is always linked: its files sit beside parts.json, which is new each time.
      if (inPlace && part.dir) kept.push(part.dir);
      else await reusePart(part, old, pagefind);
      manifests.set(part, manifest);
      reused += part.pages.length;
    }
    for (const [part, manifest] of await indexParts(changed, pagefind, signal, pool)) {
      manifests.set(part, manifest);
      indexed += part.pages.length;
    }
  } finally {
    // The index is built by a Pagefind process; stop it, or it would keep Node running.
    await close();
  }
  const entry = await readFile(join(pagefind, 'pagefind-entry.json'), 'utf8');
  const { languages } = JSON.parse(entry) as { languages: Record<string, { page_count: number }> };
  await writeFile(
    join(pagefind, 'parts.json'),
    JSON.stringify(partsJson(parts, manifests, languages)),
  );
  return { indexed, reused, kept };
}

/**
 * `parts.json`, for the browser: the folders of the merged parts (relative to `pagefind/`) by
 * the Pagefind language they hold, so a page merges only the parts of its own language (in a
 * part without it, Pagefind would fall back to another language's index). Every language of
 * the primary is listed, with no parts if need be; "*" is for a page whose language the
 * primary lacks: Pagefind then searches the primary's largest language, the first if tied.
 */
function partsJson(
  parts: Part[],
  manifests: Map<Part, PartManifest>,
  primary: Record<string, { page_count: number }>,
) {
  const byLanguage: Record<string, string[]> = {};
  for (const language of Object.keys(primary)) byLanguage[language] = [];
  for (const part of parts) {
    if (!part.dir) continue;
    for (const language of manifests.get(part)?.languages ?? [])
      (byLanguage[language] ??= []).push(part.dir);
  }
  const counts = Object.entries(primary);
  const largest = counts.find(([, { page_count }]) =>
    counts.every(([, other]) => other.page_count <= page_count),
  );
  if (largest) byLanguage['*'] = byLanguage[largest[0]] ?? [];
  return byLanguage;
}
