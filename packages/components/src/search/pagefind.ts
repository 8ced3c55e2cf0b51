/** The part of a Pagefind 1.x bundle's `pagefind.js` that `<qx-search>` uses. */
export interface PagefindData {
  url?: string;
  excerpt?: string;
  meta?: { title?: string };
}

export interface PagefindSearch {
  /** `id`: the page's, unique across merged indexes. */
  results: { id?: string; data(): Promise<PagefindData> }[];
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<PagefindSearch>;
  /** Resolves null when a later call superseded this one. */
  debouncedSearch(term: string, options: object, ms: number): Promise<PagefindSearch | null>;
  mergeIndex(url: string, options: Record<string, unknown>): Promise<void>;
}

// One Pagefind per bundle, however many elements use it: the module is a singleton anyway.
const bundles = new Map<string, Promise<Pagefind>>();

/**
 * Imports `<bundle>pagefind.js` (once) and starts it, with the parts that `<bundle>parts.json`
 * lists for the page's language merged in (a Qiaoxin portal's index is split so an edit
 * re-indexes only its part; a bundle without that file is one whole index). Rejects when the
 * bundle or one of its parts cannot be loaded: results with a part missing would mislead.
 */
export function loadPagefind(bundle: string): Promise<Pagefind> {
  const url = new URL(bundle, document.baseURI).href;
  let pagefind = bundles.get(url);
  if (!pagefind) {
    pagefind = (async () => {
      const module = (await import(/* @vite-ignore */ `${url}pagefind.js`)) as Pagefind;
      // Result URLs in the index are site-absolute already: keep them as they are.
      await module.options({ baseUrl: '/' });
      await module.init();
      // Revalidated, not cached: a stale list would name the parts of an older build.
      const listed = await fetch(`${url}parts.json`, { cache: 'no-cache' }).catch(() => null);
      const parts = (listed?.ok ? await listed.json() : {}) as Record<string, string[]>;
      // The parts of the language Pagefind picks the primary's index by: the page's, else its
      // first subtag, else ("*") the primary's largest, as Pagefind's own findIndex does.
      const lang = (document.documentElement.lang || 'unknown').toLowerCase();
      const mine = parts[lang] ?? parts[lang.split('-')[0] ?? ''] ?? parts['*'] ?? [];
      await Promise.all(
        mine.map((part) => module.mergeIndex(new URL(part, url).href, { baseUrl: '/' })),
      );
      return mine.length ? allWords(module, lang) : module;
    })();
    bundles.set(url, pagefind);
  }
  return pagefind;
}

/**
 * Pagefind searches a query of several words within each index, and leaves out a word that
 * index has on no page: a part without 联谊 would list every page with 会 for 联谊会. One whole
 * index leaves it out only when no page of the site has it. So, as one index would: a result
 * must have every word that some page has (each word searched alone says which pages do).
 */
function allWords(module: Pagefind, lang: string): Pagefind {
  const strict = async (term: string, found: PagefindSearch | null) => {
    const words = wordsOf(term, lang);
    if (!found || words.length < 2) return found;
    const each = await Promise.all(words.map((word) => module.search(word)));
    const having = each
      .filter(({ results }) => results.length)
      .map(({ results }) => new Set(results.map(({ id }) => id)));
    return { ...found, results: found.results.filter(({ id }) => having.every((s) => s.has(id))) };
  };
  return {
    ...module,
    search: async (term) => {
      const found = await module.search(term);
      return (await strict(term, found)) ?? found;
    },
    debouncedSearch: async (term, options, ms) =>
      strict(term, await module.debouncedSearch(term, options, ms)),
  };
}

/** The words Pagefind splits a query into: by Intl.Segmenter in Chinese, Japanese and Thai. */
function wordsOf(term: string, lang: string): string[] {
  const pieces = /^(zh|ja|th)(-|$)/.test(lang)
    ? [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(term)].map((s) => s.segment)
    : term.split(/\s+/);
  return pieces.filter((piece) => /[\p{L}\p{N}]/u.test(piece));
}
