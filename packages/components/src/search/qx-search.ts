import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { LocaleController, registerStrings } from '@qiaoxin/i18n';
import { searchStrings } from './strings.js';
import { isSafeUrl } from '../internal/safe-url.js';
import { warn } from '../internal/warn.js';
import { searchStyles } from './qx-search.styles.js';
import type { Results } from './results.js';

// On import, so setLocale('zh-Hant') before the first element is made loads its zh-Hant strings.
registerStrings(searchStrings);

/** What `qx-search` reports after each search. */
export interface QxSearchDetail {
  query: string;
  count: number;
}

declare global {
  interface HTMLElementEventMap {
    'qx-search': CustomEvent<QxSearchDetail>;
  }
}

// The search itself (Pagefind, results, their keys) is a module of its own, imported on first
// focus or input; once it has loaded, every element on the page uses it at once.
let loading: Promise<unknown> | undefined;
let SearchResults: typeof Results | undefined;

/**
 * @tagname qx-search
 * @summary Site search: a real GET form to the portal's search page (搜索 → /jinshan/search/?q=侨联), which, with JavaScript, also shows Pagefind results under the field as the reader types.
 *
 * Without JavaScript (or before it loads) the form submits `q` to `action`. With it, the
 * first focus or keystroke loads the results part of the element (a module of its own, next to
 * this one) and `pagefind.js` from `bundle-path` — neither at page load — and typing lists up to 8 results with the matched words marked; ArrowDown moves into them,
 * Escape closes the panel and returns to the field, Enter submits the form as usual.
 * `full-page` (for the search page itself) reads `?q=` from the address (else `value`), searches at once,
 * lists every result in the page and keeps `?q=` up to date. Pagefind searches the index of
 * the page's `<html lang>`.
 *
 * Content-Security-Policy: Pagefind runs WebAssembly, so pages need `'wasm-unsafe-eval'` in
 * `script-src` (and the bundle's origin in `script-src` / `worker-src` if it is elsewhere).
 *
 * @csspart base - The outer box.
 * @csspart form - The `form` with `role="search"`.
 * @csspart label - The field's label, 搜索 / Search: visually hidden unless `full-page`.
 * @csspart input - The `input type="search"` named `q`.
 * @csspart button - The submit button.
 * @csspart status - The live region announcing the number of results; visible only with `full-page`.
 * @csspart panel - The results: a pop-up under the field, or in the page with `full-page`.
 * @csspart message - Searching…, no results, or search unavailable, inside the panel.
 * @csspart results - The list of results.
 * @csspart result - Each result.
 * @csspart link - Each result's title link.
 * @csspart excerpt - Each result's excerpt.
 * @csspart mark - The matched words in an excerpt.
 * @csspart all - The "see all results" link to the search page.
 *
 * @cssprop [--qx-search-border-color=var(--qx-color-border)] - Border of the field, the button and the panel.
 * @cssprop [--qx-search-button-background=var(--qx-color-primary)] - Background of the button.
 * @cssprop [--qx-search-button-color=var(--qx-color-on-primary)] - Text colour of the button.
 * @cssprop [--qx-search-panel-background=var(--qx-color-surface)] - Background of the panel.
 * @cssprop [--qx-search-link-color=var(--qx-color-link)] - Colour of the result links.
 * @cssprop [--qx-search-mark-background=var(--qx-color-surface-subtle)] - Background of matched words.
 * @cssprop [--qx-search-panel-max-height=70vh] - How tall the pop-up panel grows before it scrolls.
 *
 * @fires qx-search - After each search with results shown; `detail` is `{ query, count }`.
 */
export class QxSearch extends LitElement {
  static override styles = searchStyles;

  static override properties: PropertyDeclarations = {
    action: {},
    bundlePath: { attribute: 'bundle-path' },
    value: {},
    fullPage: { type: Boolean, attribute: 'full-page' },
  };

  /** The site's search page; the form submits `q` to it, e.g. `/jinshan/search/`. */
  action?: string;

  /** The Pagefind bundle folder, ending in `/`, e.g. `/jinshan/pagefind/`. */
  bundlePath?: string;

  /** The query in the field. */
  value?: string;

  /** Search page mode: starts from `?q=` (else `value`) and lists every result in the page. */
  fullPage = false;

  readonly #l10n = new LocaleController(this);
  #action?: string;
  #results?: Results;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('action')) this.#action = this.#url('action', this.action);
  }

  protected override firstUpdated(): void {
    // The search page searches at once (see Results), after this update has finished: that
    // sets the value and asks for another one.
    if (this.fullPage) queueMicrotask(() => this.#use());
  }

  /** A safe URL, or undefined with a warning. */
  readonly #url = (name: string, value?: string): string | undefined => {
    const url = value?.trim();
    if (!url || isSafeUrl(url)) return url;
    warn(this, `refused ${name} "${url}": unsafe URL scheme.`);
  };

  override render() {
    const { lang, t } = this.#l10n;
    const results = this.#results;
    const hidden = this.fullPage ? '' : 'visually-hidden';
    return html`<div
      part="base"
      lang=${lang}
      @keydown=${results?.keydown}
      @focusout=${results?.focusout}
    >
      <form part="form" role="search" method="get" action=${this.#action ?? nothing}>
        <label part="label" for="q" class=${hidden}>${t('search.label')}</label>
        <input
          part="input"
          id="q"
          type="search"
          name="q"
          autocomplete="off"
          placeholder=${t('search.placeholder')}
          value=${this.value ?? nothing}
          @input=${(event: Event) => this.#search((event.target as HTMLInputElement).value)}
          @focus=${() => this.#use()}
        />
        <button part="button" type="submit">${t('search.submit')}</button>
      </form>
      <p part="status" role="status" class=${hidden}>${results?.status()}</p>
      ${results?.panel()}
    </div>`;
  }

  #search(query: string): void {
    this.value = query;
    this.#use((results) => void results.search(query));
  }

  /** Runs `task` on the search, loading it first; without `bundle-path` the form is all. */
  #use(task?: (results: Results) => void): void {
    if (!this.bundlePath?.trim()) return;
    if (SearchResults) {
      // What the search needs from the element is lent, not imported: a module both import
      // would become a third file that every page downloads at load.
      this.#results ??= new SearchResults(this, {
        l10n: this.#l10n,
        url: this.#url,
        warn: (message) => warn(this, message),
      });
      task?.(this.#results);
      return;
    }
    loading ??= import('./results.js').then(
      (module) => (SearchResults = module.Results),
      (error: unknown) => warn(this, `search is unavailable: ${String(error)}`),
    );
    void loading.then(() => SearchResults && this.#use(task));
  }
}
