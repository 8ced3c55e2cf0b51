import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Locale } from '@qiaoxin/i18n';

/** A page for the search index: where readers find it, and its finished HTML. */
export interface SearchablePage {
  url: string;
  /** Read only when the page's part of the index is written again. */
  html: string | (() => Promise<string>);
  locale: Locale;
  /**
   * An article's year. Pages without one (home, about) make the primary bundle, which must
   * have a page in each language the articles have (the build gives home and about of every
   * edition): Pagefind picks the reader's language from the primary's.
   */
  year?: number;
  /** The page's build-cache key: changes whenever the page does. */
  key: string;
  /**
   * Where the page's HTML is written and a promise that it is: a part whose pages all have one
   * can be indexed in another thread (search-worker.ts).
   */
  source?: { path: string; ready: () => Promise<void> };
}

/**
 * One part of the split search index: a whole Pagefind bundle of its own. `dir` is where it
 * goes inside `pagefind/` ('' for the primary, the one `pagefind.js` is loaded from), named by
 * a hash of its pages' URLs and keys, so a changed part never takes the folder of a cached one.
 */
export interface Part {
  id: string;
  pages: SearchablePage[];
  /** Of the Pagefind version and the pages' URLs and keys: equal hashes, equal bundles. */
  hash: string;
  dir: string;
}

/**
 * Pages per part, at most. One part is what an edit re-indexes, in each edition: Pagefind took
 * about 8 ms a portal page on a busy 2-core machine, so a part of 125–250 pages takes 1–2 s,
 * while a reader's browser merges about 64 parts per edition for 10,000 articles (each
 * 123–186 pages). `QIAOXIN_SEARCH_PART_SIZE` changes it (the tests make small sites split).
 */
export function partSize(): number {
  const size = Number(process.env.QIAOXIN_SEARCH_PART_SIZE);
  return Number.isInteger(size) && size > 0 ? size : 250;
}

/**
 * Changes whenever the bundles a part would produce may change although its pages did not:
 * another Pagefind version, or another way of writing parts (bump `format`).
 */
const format = 1;
const pagefindVersion = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as {
    version: string;
  }
).version;

const sha = (text: string) => hash('sha256', text, 'hex');

/** A part's pages as its manifest records them: URL and key, in URL order. */
export const entriesOf = (pages: SearchablePage[]): [string, string][] =>
  pages.map(({ url, key }) => [url, key]);

/**
 * Splits the pages into parts that stay put as a site grows. The primary holds the pages
 * without a year (home, about: they exist in every edition, so the primary has an index for
 * each language, which Pagefind needs to pick the reader's). Articles go by edition, then by
 * the bits of a hash of their URL: an edition's articles are one part while they are at most
 * `size`, else two by the first bit, each of those split again by the next bit while it is too
 * big, and so on. A new article changes only its own part, which splits in two when it
 * overflows; nothing else moves.
 *
 * Not by year, though a year would keep a part's pages together: Pagefind weighs a word by how
 * many pages of its own index have it, and news clusters in time (a year of 疫情 reports would
 * make the word weigh little in that year's part and much in the next one's), so results would
 * be ranked by the year they fall in. Parts drawn by hash are like samples of the whole site:
 * they weigh words as one whole index would, nearly.
 */
export function partsOf(pages: SearchablePage[], size = partSize()): Part[] {
  // The build orders its pages by part (search-plan.ts), then writes the parts of the same
  // list: split once (a sixth of a second at 10,000 articles).
  const known = splits.get(pages);
  if (known?.size === size) return known.parts;
  const parts = splitParts(pages, size);
  splits.set(pages, { size, parts });
  return parts;
}
const splits = new WeakMap<SearchablePage[], { size: number; parts: Part[] }>();

function splitParts(pages: SearchablePage[], size: number): Part[] {
  const sorted = [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const editions = new Map<string, SearchablePage[]>();
  const site: SearchablePage[] = [];
  for (const page of sorted) {
    if (page.year === undefined) site.push(page);
    else {
      const id = page.locale.toLowerCase();
      const edition = editions.get(id) ?? [];
      edition.push(page);
      editions.set(id, edition);
    }
  }
  const parts = [partOf('site', site)];
  // Each URL hashed once, not again at every level of the split.
  for (const [id, group] of editions) parts.push(...split(id, group.map(hashed48), size, ''));
  return parts;
}

/** A page and the first 48 bits of the SHA-256 of its URL, as a (safe) whole number. */
interface Hashed {
  page: SearchablePage;
  bits: number;
}
const hashed48 = (page: SearchablePage): Hashed => ({
  page,
  bits: parseInt(sha(page.url).slice(0, 12), 16),
});

/** The pages whose URL hash starts with the bits `prefix`, in parts of at most `size`. */
function split(id: string, pages: Hashed[], size: number, prefix: string): Part[] {
  // 48 bits: more than enough for any site; past them a part stays as big as it is.
  if (pages.length <= size || prefix.length >= 48) {
    const members = pages.map(({ page }) => page);
    return members.length ? [partOf(`${id}-${prefix || 'all'}`, members)] : [];
  }
  const weight = 2 ** (47 - prefix.length);
  const zero: Hashed[] = [];
  const one: Hashed[] = [];
  for (const hashed of pages) (Math.floor(hashed.bits / weight) % 2 ? one : zero).push(hashed);
  return [...split(id, zero, size, `${prefix}0`), ...split(id, one, size, `${prefix}1`)];
}

function partOf(id: string, pages: SearchablePage[]): Part {
  const hash = sha(JSON.stringify([format, pagefindVersion, entriesOf(pages)])).slice(0, 12);
  return { id, pages, hash, dir: id === 'site' ? '' : `parts/${id}-${hash}/` };
}
