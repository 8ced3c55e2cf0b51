import { mkdirSync, writeFileSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { isMainThread } from 'node:worker_threads';
import { dirname, join, relative } from 'node:path';
import { createIndex } from 'pagefind';
import { inBatches, within } from './output.js';
import { entriesOf, type Part } from './search-parts.js';
import { searchableHtml } from './search-html.js';

/**
 * What each part's folder keeps about itself (`part.json`, written last, so a folder that has
 * it is complete): its hash, the languages of its Pagefind indexes, and its pages' URLs and
 * keys, which the next build compares to decide whether the part can be reused.
 */
export interface PartManifest {
  hash: string;
  languages: string[];
  pages: [string, string][];
}

export const manifestName = 'part.json';

/**
 * Pagefind's binary allocates with jemalloc (tikv-jemallocator, which reads this variable), and
 * a fresh Pagefind process grows to about 100 MB for its first part: 22,000 first touches of a
 * 4 KB page, each a page fault, a quarter of a second on a 2-core virtual machine. With
 * transparent huge pages (where the system allows them on request, as Debian's does), it
 * takes 6,000 and indexes an edit's parts about 80 ms sooner. Set before Pagefind's process is
 * started, which inherits it; a value already set is kept.
 */
process.env._RJEM_MALLOC_CONF ??= 'thp:always';

/**
 * Files a merged part needs: its entry, metadata, word index, filters and page fragments.
 * Pagefind's scripts, styles and WebAssembly are loaded from the primary only (`mergeIndex`
 * loads no WebAssembly of its own), so parts leave them out: 30 KB–500 KB less per part.
 */
const dataFile = /^(pagefind-entry\.json|pagefind\.[^/]*\.pf_meta|(index|fragment|filter)\/)/;

/** Pages sent to Pagefind's process before the answer for the first of them is awaited. */
const pagesAhead = 16;

/**
 * Indexes one part's pages with Pagefind into `<pagefind>/<part.dir>`, reading each page's HTML
 * only now. The primary (dir '') gets the whole bundle, a merged part only its data.
 */
export async function indexPart(
  part: Part,
  pagefind: string,
  /** Checked before each page: once aborted, the part is given up. */
  signal?: AbortSignal,
): Promise<PartManifest> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`the search index could not be created: ${errors.join('; ')}`);
  try {
    // Pagefind's process handles its requests one at a time, in the order they come, so pages
    // sent ahead are indexed exactly as if each waited for the one before (same files); meanwhile
    // it never waits for this thread to read, trim and send the next page. With the other core
    // busy, a 189-page part took about 340 ms instead of 440–560 ms; on a quiet machine the
    // difference is within the noise.
    const sent: Promise<void>[] = [];
    for (const { url, html } of part.pages) {
      signal?.throwIfAborted();
      const page = typeof html === 'string' ? html : await html();
      const adding = index.addHTMLFile({ url, content: searchableHtml(page) }).then((added) => {
        if (added.errors.length)
          throw new Error(`${url} could not be indexed: ${added.errors.join('; ')}`);
      });
      adding.catch(() => undefined); // seen when awaited below, in order
      sent.push(adding);
      if (sent.length >= pagesAhead) await sent.shift();
    }
    for (const adding of sent) await adding;
    // Written by Node, not by Pagefind's writeFiles: its binary panics on a full disk and its
    // Node side then waits forever, while Node's own writes fail with ENOSPC and the path.
    const { files, errors: failed } = await index.getFiles();
    if (failed.length) throw new Error(`the search index could not be made: ${failed.join('; ')}`);
    const root = join(pagefind, part.dir);
    let languages: string[] = [];
    const made = new Set<string>();
    for (const file of files) {
      if (part.dir && !dataFile.test(file.path)) continue;
      await writeOut(within(root, file.path), file.content, made);
      if (file.path === 'pagefind-entry.json')
        languages = Object.keys(
          (JSON.parse(Buffer.from(file.content).toString('utf8')) as { languages: object })
            .languages,
        );
    }
    const manifest: PartManifest = { hash: part.hash, languages, pages: entriesOf(part.pages) };
    await writeFile(join(root, manifestName), JSON.stringify(manifest));
    return manifest;
  } finally {
    // Its pages stay in the Pagefind process until deleted: free them for the next part.
    await index.deleteIndex();
  }
}

/**
 * Writes one file of a part, making its folder unless it is in `made` (a part's files are in a
 * few folders, and each mkdir costs a system call). In a search worker synchronously: the thread
 * has nothing else to do, and a part has a file per page (its fragments), each of which took
 * four hand-offs to libuv's thread pool asynchronously. In the build's own thread (a small
 * site, or the dev server), asynchronously, so it keeps answering meanwhile.
 */
async function writeOut(path: string, content: Uint8Array, made: Set<string>) {
  const folder = dirname(path);
  const make = !made.has(folder);
  made.add(folder);
  if (isMainThread) {
    if (make) await mkdir(folder, { recursive: true });
    await writeFile(path, content);
  } else {
    if (make) mkdirSync(folder, { recursive: true });
    writeFileSync(path, content);
  }
}

/**
 * The manifest of the same part in a previous output, when that output holds it complete and
 * with the very same pages and keys; else undefined (the part must be indexed).
 */
export async function reusable(
  part: Part,
  previousPagefind: string,
): Promise<PartManifest | undefined> {
  const text = await readFile(join(previousPagefind, part.dir, manifestName), 'utf8').catch(
    () => undefined,
  );
  if (!text) return undefined;
  try {
    const manifest = JSON.parse(text) as PartManifest;
    const same =
      manifest.hash === part.hash &&
      JSON.stringify(manifest.pages) === JSON.stringify(entriesOf(part.pages));
    return same ? manifest : undefined;
  } catch {
    return undefined; // a damaged manifest: index the part again
  }
}

/**
 * Hard-links a part's files from the previous output into this one (copies them where links
 * cannot be made, e.g. across file systems): the previous output stays as it is, as a failed
 * build must leave it. For the primary, only its own files: not `parts/`, not `parts.json`.
 */
export async function reusePart(part: Part, previousPagefind: string, pagefind: string) {
  const from = join(previousPagefind, part.dir);
  const to = join(pagefind, part.dir);
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => relative(from, join(e.parentPath, e.name)))
    .filter((rel) => part.dir || !/^parts([\\/]|\.json$)/.test(rel));
  for (const dir of new Set(files.map((rel) => dirname(within(to, rel)))))
    await mkdir(dir, { recursive: true });
  // The manifest last: a part folder without one is incomplete and never reused.
  const manifest = files.filter((rel) => rel === manifestName);
  const rest = files.filter((rel) => rel !== manifestName);
  await inBatches(rest, (rel) => linkOrCopy(join(from, rel), to, rel));
  for (const rel of manifest) await linkOrCopy(join(from, rel), to, rel);
}

async function linkOrCopy(source: string, to: string, rel: string) {
  const target = within(to, rel);
  try {
    await link(source, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EMLINK')
      throw error;
    await copyFile(source, target);
  }
}
