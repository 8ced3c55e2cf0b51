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
}

// One Pagefind per bundle, however many elements use it: the module is a singleton anyway.
const bundles = new Map<string, Promise<Pagefind>>();

/** Imports `<bundle>pagefind.js` (once) and starts it; rejects when it cannot be loaded. */
export function loadPagefind(bundle: string): Promise<Pagefind> {
  const url = new URL(bundle, document.baseURI).href;
  let pagefind = bundles.get(url);
  if (!pagefind) {
    pagefind = (async () => {
      const module = (await import(/* @vite-ignore */ `${url}pagefind.js`)) as Pagefind;
      // Result URLs in the index are site-absolute already: keep them as they are.
      await module.options({ baseUrl: '/' });
      await module.init();
      return module;
    })();
    bundles.set(url, pagefind);
  }
  return pagefind;
}
