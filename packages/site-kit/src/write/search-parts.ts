import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Locale } from '@qiaoxin/i18n';

/** A page for the search index: where readers find it, and its finished HTML. */
export interface SearchablePage {
  url: string;
  /** Read only when the page's part of the index is written again. */
  html: string | (() => Promise<string>);
  locale: Locale;
  /** An article's year. */
  year?: number;
  /** The page's build-cache key: changes whenever the page does. */
  key: string;
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
 * Pages per part, at most (about: buckets are by hash). One part is what an edit re-indexes,
 * in each edition; Pagefind takes about 5 ms a page on a loaded 2-core machine, so 250 keeps an
 * edit's three parts near a second each, while a reader's browser merges 40 parts per edition
 * for 10,000 articles. `QIAOXIN_SEARCH_PART_SIZE` changes it (tests make small sites split).
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

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** A part's pages as its manifest records them: URL and key, in URL order. */
export const entriesOf = (pages: SearchablePage[]): [string, string][] =>
  pages.map(({ url, key }) => [url, key]);

/**
 * Splits the pages into parts that stay put as a site grows: the primary holds the pages
 * without a year (home, about: they exist in every edition, so the primary has an index for
 * each language, which Pagefind needs to pick the reader's); articles go by edition and year,
 * and a year with more pages than `size` into 2, 4, 8… buckets by a hash of the URL, so a
 * page's bucket changes only when its year doubles, and then its part splits in two.
 */
export function partsOf(pages: SearchablePage[], size = partSize()): Part[] {
  const sorted = [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const groups = new Map<string, SearchablePage[]>([['site', []]]);
  for (const page of sorted) {
    const id = page.year === undefined ? 'site' : `${page.locale.toLowerCase()}-${page.year}`;
    const group = groups.get(id) ?? [];
    group.push(page);
    groups.set(id, group);
  }
  const parts: Part[] = [];
  for (const [id, group] of groups) {
    if (id === 'site' || group.length <= size) {
      parts.push(partOf(id, group));
      continue;
    }
    let buckets = 2;
    while (group.length > buckets * size) buckets *= 2;
    for (let b = 0; b < buckets; b++) {
      const inBucket = group.filter((p) => parseInt(sha(p.url).slice(0, 8), 16) % buckets === b);
      if (inBucket.length) parts.push(partOf(`${id}-${b + 1}of${buckets}`, inBucket));
    }
  }
  return parts;
}

function partOf(id: string, pages: SearchablePage[]): Part {
  const hash = sha(JSON.stringify([format, pagefindVersion, entriesOf(pages)])).slice(0, 12);
  return { id, pages, hash, dir: id === 'site' ? '' : `parts/${id}-${hash}/` };
}
