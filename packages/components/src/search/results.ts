// What <qx-search> needs only once the reader starts searching: Pagefind, the results and
// their keyboard handling. The element imports this module on first focus or input, so a page
// downloads none of it at load (scripts/size.js counts it apart, "on first use").
// It imports nothing that the element's module imports too (see Context; the tokens both
// styles use are written in as text by the build, scripts/minify-templates.js).
import { html, nothing, type ReactiveController } from 'lit';
import type { LocaleController } from '@qiaoxin/i18n';
import { loadPagefind, type PagefindData } from './pagefind.js';
import type { QxSearch } from './qx-search.js';
import { resultStyles } from './results.styles.js';

/** A piece of an excerpt: its text, and whether it is a matched word. */
export type Segment = [text: string, marked: boolean];

/**
 * Splits a Pagefind excerpt (escaped text with `<mark>` around matched words) into text and
 * marked segments, entities decoded. A parsed document never runs scripts or loads images,
 * and only text comes out of it, so the excerpt cannot inject markup.
 */
export function excerptSegments(excerpt: string): Segment[] {
  const body = new DOMParser().parseFromString(excerpt, 'text/html').body;
  return [...body.childNodes].map((node) => [node.textContent ?? '', node.nodeName === 'MARK']);
}

/** What the element lends its search: its strings, its URL check and its warnings. */
export interface Context {
  l10n: LocaleController;
  /** A safe URL (http, https, mailto, tel or relative), or undefined with a warning. */
  url(name: string, value?: string): string | undefined;
  warn(message: string): void;
}

interface Hit {
  url: string;
  title: string;
  excerpt: Segment[];
}

/** The search behind one `<qx-search>`: its state, the status text and the results panel. */
export class Results implements ReactiveController {
  readonly #host: QxSearch;
  readonly #context: Context;
  #status: 'idle' | 'loading' | 'done' | 'unavailable' = 'idle';
  #open = false;
  #hits: Hit[] = [];
  #count = 0;
  #query = '';
  #searches = 0;
  #warned = false;
  #path?: string;
  #bundle?: string | null;

  constructor(host: QxSearch, context: Context) {
    this.#host = host;
    this.#context = context;
    host.addController(this);
    // The panel's styles join the element's own now; no page needs them before.
    const root = host.renderRoot as ShadowRoot;
    const sheet = resultStyles.styleSheet;
    if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    // Warm up on first use, so results come quicker; a failure shows once typing starts.
    const bundle = this.#url();
    if (bundle) loadPagefind(bundle).catch(() => {});
    // `full-page`: search the `q` of the page's address (else `value`) at once.
    const q =
      host.fullPage && (new URLSearchParams(location.search).get('q') ?? host.value)?.trim();
    if (q) void this.search((host.value = q), true);
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.#onOutside);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.#onOutside);
  }

  /** The bundle URL, or null when `bundle-path` is missing or refused (warned once). */
  #url(): string | null | undefined {
    const path = this.#host.bundlePath;
    if (path !== this.#path) {
      // Another bundle: its failure is news, and an old one's no longer says anything.
      [this.#path, this.#warned] = [path, false];
      if (this.#status === 'unavailable') this.#status = 'idle';
      // A safe link is not always a safe module: not from mailto: or tel:.
      const mail = /^\s*(mailto|tel):/i.test(path ?? '');
      if (mail) this.#context.warn(`refused bundle-path "${path?.trim()}": not a module URL.`);
      const url = mail ? undefined : this.#context.url('bundle-path', path);
      if (url && !url.endsWith('/'))
        this.#context.warn(`bundle-path "${url}" should end in "/"; used "${url}/".`);
      this.#bundle = url ? url.replace(/\/?$/, '/') : null;
    }
    return this.#bundle;
  }

  async search(query: string, immediate?: boolean): Promise<void> {
    const q = query.trim();
    const bundle = this.#url();
    const id = ++this.#searches;
    if (this.#host.fullPage) writeUrl(q);
    this.#open = !!q;
    this.#status = !q ? 'idle' : this.#status === 'unavailable' ? 'unavailable' : 'loading';
    this.#host.requestUpdate();
    if (!q || !bundle) {
      if (q) this.#status = 'unavailable';
      this.#hits = [];
      return;
    }
    try {
      const pagefind = await loadPagefind(bundle);
      const found = immediate
        ? await pagefind.search(q)
        : await pagefind.debouncedSearch(q, {}, 300);
      if (!found || id !== this.#searches) return; // a later keystroke took over
      const { fullPage } = this.#host;
      // The pop-up lists 8; the rest are one "see all results" link away.
      const shown = fullPage ? found.results : found.results.slice(0, 8);
      const data = await Promise.all(shown.map((result) => result.data()));
      if (id !== this.#searches) return;
      [this.#hits, this.#count, this.#query, this.#status] = [
        data.flatMap((d) => this.#hit(d)),
        found.results.length,
        q,
        'done',
      ];
      this.#host.dispatchEvent(
        new CustomEvent('qx-search', {
          detail: { query: q, count: this.#count },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (error) {
      if (id !== this.#searches) return;
      if (!this.#warned)
        this.#context.warn(
          `search is unavailable: ${bundle}pagefind.js failed (${String(error)}).`,
        );
      [this.#warned, this.#status, this.#hits] = [true, 'unavailable', []];
    }
    this.#host.requestUpdate();
  }

  /** A result to show, or none when its URL is unsafe. */
  #hit({ url, meta, excerpt }: PagefindData): Hit[] {
    const href = this.#context.url('result URL', String(url ?? ''));
    if (!href) {
      if (href === '') this.#context.warn('refused a result without a URL.');
      return [];
    }
    const title = String(meta?.title ?? '').trim() || href;
    return [{ url: href, title, excerpt: excerptSegments(String(excerpt ?? '')) }];
  }

  /** What the status and the panel say: the count, searching, nothing found or unavailable. */
  #text(): string {
    const { t, locale } = this.#context.l10n;
    const count = this.#count;
    if (this.#status === 'unavailable') return t('search.unavailable');
    if (this.#status === 'loading') return t('search.loading');
    if (this.#status === 'idle') return '';
    if (!count) return t('search.empty', { query: this.#query });
    const form = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
    return t(`search.count_${form}`, { count });
  }

  /** The live region's text: only a count, as the panel itself says everything else. */
  status(): string {
    return this.#status === 'done' && this.#count ? this.#text() : '';
  }

  panel() {
    const { fullPage } = this.#host;
    if (this.#status === 'idle' || !(this.#open || fullPage)) return nothing;
    const { t } = this.#context.l10n;
    const message = this.status() ? '' : this.#text();
    // The search page that lists them all, when the panel shows only some.
    const action = this.#form().getAttribute('action');
    const more = !fullPage && this.#count > this.#hits.length && action;
    return html`<div part="panel" class=${fullPage ? 'page' : 'popup'}>
      ${message ? html`<p part="message">${message}</p>` : nothing}
      ${
        this.#hits.length
          ? html`<ul part="results" role="list" aria-label=${t('search.results')}>
              ${this.#hits.map(
                (hit) =>
                  html`<li part="result">
                    <a part="link" href=${hit.url}>${hit.title}</a>
                    <p part="excerpt">
                      ${hit.excerpt.map(([text, marked]) =>
                        marked ? html`<mark part="mark">${text}</mark>` : text,
                      )}
                    </p>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${more ? html`<a part="all" href=${this.#allHref(more)}>${t('search.all')}</a>` : nothing}
    </div>`;
  }

  #allHref(action: string): string {
    const url = new URL(action, document.baseURI);
    url.searchParams.set('q', this.#query);
    return url.href;
  }

  #form(): HTMLFormElement {
    return this.#host.renderRoot.querySelector('form') as HTMLFormElement; // rendered from the start
  }

  #close(): void {
    if (!this.#open) return;
    this.#open = false;
    this.#host.requestUpdate();
  }

  readonly #onOutside = (event: Event): void => {
    if (!event.composedPath().includes(this.#host)) this.#close();
  };

  readonly focusout = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    // Null when the click landed on text inside the panel: the pointerdown handler decides.
    if (to && !this.#host.contains(to) && !this.#host.renderRoot.contains(to)) this.#close();
  };

  readonly keydown = (event: KeyboardEvent): void => {
    const input = this.#form().q as HTMLInputElement;
    const active = (this.#host.renderRoot as ShadowRoot).activeElement;
    if (event.key === 'Escape') {
      if (!this.#open && active === input) return; // let the field clear itself
      event.preventDefault();
      this.#close();
      input.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const step = event.key === 'ArrowDown' ? 1 : -1;
    if (active === input && step === 1 && this.#hits.length) {
      event.preventDefault();
      this.#open = true;
      this.#host.requestUpdate();
      void this.#host.updateComplete.then(() => this.#links()[0]?.focus());
      return;
    }
    const links = this.#links();
    const at = links.indexOf(active as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    const next = at + step;
    (next < 0 ? input : links[Math.min(next, links.length - 1)])?.focus();
  };

  #links(): HTMLAnchorElement[] {
    return [...this.#host.renderRoot.querySelectorAll<HTMLAnchorElement>('[part=panel] a')];
  }
}

/** Keeps `?q=` of the search page's address up to date, without a new history entry. */
function writeUrl(q: string): void {
  const url = new URL(location.href);
  if (q) url.searchParams.set('q', q);
  else url.searchParams.delete('q');
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}
