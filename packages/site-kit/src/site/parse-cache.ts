/**
 * Markdown pages parsed by an earlier build: front matter and rendered body by the digest of the
 * file (its path and text). A rebuild of 10,000 articles spent about a second parsing YAML and
 * Markdown that had not changed, and half a second more opening and reading the files; with
 * the cache it reads only what changed, and the rest back from one file in a tenth of that.
 *
 * The cache lives where JavaScript build tools keep theirs, `node_modules/.cache/qiaoxin-site/`
 * of the site's package (found by `find-cache-dir`, which also honours `CACHE_DIR`), never in
 * the output: `dist/` is copied to servers as it is. A site outside any package has no cache
 * and parses every page, as before. The cache is only ever a shortcut: a missing, unreadable or
 * foreign file means parsing, and a cache that cannot be written is left alone.
 */
import { hash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Rendered } from '../markdown/markdown.js';
import { cacheFolderOf, writeCacheFile } from './cache-file.js';
import { splitFrontMatter, type Split } from './front-matter.js';
import type { Located } from './locate.js';
import { aheadFrom, parseAhead, type Ahead } from './parse-ahead.js';
import { listArticles } from './read-text.js';

/** What parsing a page gave, when it had no syntax errors (those are reported, not cached). */
export interface ParsedPage {
  value: unknown;
  /** What its body holds; of its HTML only the start of its text (`lead`): see excerpt.ts. */
  rendered: Omit<Rendered, 'html'>;
  lead: string;
  body: string;
  bodyLine: number;
  /** Whether the text holds the placeholder mark (see placeholders.ts). */
  marked: boolean;
}

/** Changed whenever what the cache holds changes. */
const format = 4;

interface Stored {
  format: number;
  code: string;
  pages: Map<string, ParsedPage>;
  /** A file's metadata when it was read (see `stampOf`), and the digest of what it held. */
  files: Map<string, { stamp: string; digest: string }>;
  /** What was made from a page's text (see `derived`), by `kind` and the page's digest. */
  made: Map<string, unknown>;
}

export interface ParseCache {
  get(digest: string): ParsedPage | undefined;
  /** The digest of `file` when it was last read, if its metadata is still `stamp`. */
  digestOf(file: string, stamp: string | undefined): string | undefined;
  /**
   * Has a worker parse the site's articles this cache has never seen, from the last one back,
   * while the loader reads them from the first one on (parse-ahead.ts): for a new site, or a
   * new version of Qiaoxin, whose every page is parsed. Gives what stops the worker, for when
   * the load is over.
   */
  parseAhead(siteDir: string): Promise<() => void>;
  /** How many pages the worker of `parseAhead` has parsed and handed over so far. */
  parsedAhead(): number;
  set(digest: string, page: ParsedPage, file: string, stamp: string | undefined): void;
  /**
   * What `make` makes of the page with `digest`, which its text alone decides (`kind` says what:
   * its validated front matter, an edition's conversion): kept with the page, and taken from an
   * earlier build's cache instead of made again. An undefined result is not kept.
   */
  derived<T>(kind: string, digest: string, make: () => T | undefined): T | undefined;
  /**
   * Writes the pages this build read (only those: deleted and old versions drop out), unless it
   * read almost all of them from the cache (a few edits: they are parsed again next time).
   */
  save(): Promise<void>;
}

/**
 * The cache of the site in `siteDir` for pages parsed by `code` (build-cache.ts `codeKey`):
 * other code may parse differently, so its entries are not used.
 */
export async function openParseCache(siteDir: string, code: string): Promise<ParseCache> {
  const folder = cacheFolderOf(siteDir);
  const file = folder && join(folder, `pages-${hashOf(siteDir).slice(0, 16)}.v8`);
  const kept = file ? lastBuilt.get(file) : undefined;
  const earlier =
    (kept?.code === code ? kept : file && (await readStored(file, code))) || undefined;
  const now: Stored = { format, code, pages: new Map(), files: new Map(), made: new Map() };
  // What this build learnt that the cache file lacks: pages parsed, files stamped, things made.
  let learnt = 0;
  let ahead: Ahead | undefined;
  const cache: ParseCache = {
    get(digest) {
      const page = now.pages.get(digest) ?? earlier?.pages.get(digest);
      if (page) now.pages.set(digest, page);
      return page;
    },
    digestOf(file, stamp) {
      ahead?.take(file);
      const known = now.files.get(file) ?? earlier?.files.get(file);
      const parsed = known && (now.pages.has(known.digest) || earlier?.pages.has(known.digest));
      if (!stamp || known?.stamp !== stamp || !parsed) return undefined;
      now.files.set(file, known);
      return known.digest;
    },
    set(digest, page, file, stamp) {
      learnt += Number(!earlier?.pages.has(digest)) + Number(stamp !== undefined);
      now.pages.set(digest, page);
      if (stamp) now.files.set(file, { stamp, digest });
    },
    derived<T>(kind: string, digest: string, make: () => T | undefined) {
      const key = `${kind}\0${digest}`;
      if (now.made.has(key)) return now.made.get(key) as T;
      const known = earlier?.made.get(key) as T | undefined;
      const value = known ?? make();
      if (value === undefined) return undefined;
      learnt += Number(known === undefined);
      now.made.set(key, value);
      return value;
    },
    async save() {
      if (!file) return;
      lastBuilt.set(file, now);
      // Written again only when it would spare the next build real work: rewriting 40 MB for
      // one edited article took longer than parsing the article again will (the stale entries
      // do no harm: nothing has their digest).
      if (earlier) {
        let dropped = earlier.pages.size;
        for (const digest of now.pages.keys()) dropped -= Number(earlier.pages.has(digest));
        if (learnt + dropped <= Math.max(32, now.pages.size / 50)) return;
      }
      await writeCacheFile(file, () => serialize(now));
    },
    parsedAhead: () => ahead?.delivered ?? 0,
    async parseAhead(siteDir) {
      const { articles } = await listArticles(join(siteDir, 'content/articles'));
      // Only pages the cache has never seen: telling which others changed takes a stat each,
      // 0.3 s at 10,000 articles, which a rebuild would pay for nothing.
      const files = articles
        .map(({ entry }) => `content/articles/${entry}`)
        .filter((file) => !earlier?.files.has(file));
      if (files.length < aheadFrom()) return () => undefined;
      const started = parseAhead(siteDir, files, ({ file, stamp, digest, page }) =>
        cache.set(digest, page, file, stamp),
      );
      ahead = started;
      return () => started.stop();
    },
  };
  return cache;
}

/**
 * What the last build in this process knew, by cache file: the dev server's next rebuild starts
 * from it instead of reading the file again, which took 0.6–0.8 s at 10,000 articles. Entries
 * are by digest and file metadata, so a file another process wrote meanwhile could only have
 * spared some parsing, never changed a result; parsed pages are never changed afterwards. The
 * file may fall behind over a long dev session (a few edits do not rewrite it): the next process
 * parses those pages again.
 */
const lastBuilt = new Map<string, Stored>();

/**
 * Reads and parses a page (`read` reports a file it cannot read; `parse` reports syntax and
 * gives undefined), or takes it from the cache: without reading it at all when its metadata is
 * as when it was cached, else by the digest of its text.
 */
export async function parsedPage(
  cache: ParseCache | undefined,
  file: string,
  path: string,
  read: () => Promise<string | undefined>,
  parse: (text: string) => (ParsedPage & { data: Located }) | undefined,
): Promise<{ page: ParsedPage & { data: Located }; digest: string } | undefined> {
  // Taken before reading: a change while the file is read shows as a different stamp next time.
  const stamp = cache && stampOf(path);
  const known = cache?.digestOf(file, stamp);
  const cachedPage = known && cache?.get(known);
  if (known && cachedPage) {
    const text = () => readFileSync(path, 'utf8');
    return { page: { ...cachedPage, data: linesLater(text, cachedPage.value) }, digest: known };
  }
  const text = await read();
  if (text === undefined) return undefined;
  const digest = digestOfText(file, text);
  const cached = cache?.get(digest);
  const page = cached ? { ...cached, data: linesLater(() => text, cached.value) } : parse(text);
  if (!page) return undefined;
  const { value, rendered, lead, body, bodyLine, marked } = page;
  cache?.set(digest, { value, rendered, lead, body, bodyLine, marked }, file, stamp);
  return { page, digest };
}

/**
 * A regular file's identity, size, and times of change, to the nanosecond where the file
 * system keeps them; any write changes the status time (ctime), which no tool can set back. A
 * file modified just now gets none, so it is read next time too: a second edit in the same
 * tick of the file system's clock could leave the times the same. Git's index has the same
 * "racily clean" case. A tick is up to two seconds where times are whole seconds (FAT, HFS+),
 * a few milliseconds of the kernel's clock where they are finer (ext4, APFS, NTFS).
 */
export function stampOf(path: string): string | undefined {
  const info = statSync(path, { bigint: true, throwIfNoEntry: false });
  if (!info?.isFile()) return undefined;
  const tick = info.mtimeNs % 1_000_000_000n === 0n ? 2_000_000_000n : 100_000_000n;
  if (BigInt(Date.now()) * 1_000_000n - info.mtimeNs < tick) return undefined;
  return `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
}

/**
 * The located front matter of a page taken from the cache: its value is known, its lines are
 * found by parsing the text again, which only a problem to report needs.
 */
function linesLater(text: () => string, value: unknown): Located {
  let located: Located | undefined;
  const parsed = () => (located ??= (splitFrontMatter(text()) as Split).data);
  return { value, errors: [], lineOf: (path) => parsed().lineOf(path) };
}

async function readStored(file: string, code: string): Promise<Stored | undefined> {
  try {
    const stored = deserialize(await readFile(file)) as Partial<Stored> | null;
    if (stored?.format !== format || stored.code !== code) return undefined;
    const maps = [stored.pages, stored.files, stored.made];
    return maps.every((map) => map instanceof Map) ? (stored as Stored) : undefined;
  } catch {
    return undefined; // missing or damaged: parsed again, and written anew
  }
}

const hashOf = (text: string) => hash('sha256', text, 'base64url');

/** What identifies a page's text in the cache: a digest of its path and the text. */
export const digestOfText = (file: string, text: string) => hashOf(`${file}\0${text}`).slice(0, 22);
