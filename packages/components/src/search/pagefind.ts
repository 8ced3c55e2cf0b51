/** The part of a Pagefind 1.x bundle's `pagefind.js` that `<qx-search>` uses. */
export interface PagefindData {
  url?: string;
  excerpt?: string;
  meta?: { title?: string };
}

export interface PagefindSearch {
  results: { data(): Promise<PagefindData> }[];
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
      await Promise.all(
        (parts[lang] ?? parts[lang.split('-')[0]!] ?? parts['*'] ?? []).map((part) =>
          module.mergeIndex(new URL(part, url).href, { baseUrl: '/' }),
        ),
      );
      return module;
    })();
    bundles.set(url, pagefind);
  }
  return pagefind;
}
