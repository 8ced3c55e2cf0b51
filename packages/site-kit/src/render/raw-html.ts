/**
 * HTML put into a page after Lit has rendered it, for two kinds of text Lit need not see:
 * - Markdown bodies. `unsafeHTML` makes every chunk a template of its own, which Lit's server
 *   renderer parses (parse5) and hashes, page by page, since a body is new text every time: 6 %
 *   of rendering an article. A body chunk holds no binding and no element Lit must render (the
 *   figures are cut out, see markdown/body.ts), so it needs neither.
 * - The parts of the chrome every page of an edition has alike (the footer, the toolbar, elder
 *   mode, the search field): rendered once per edition and reused, a tenth of rendering a page.
 * The template gets a placeholder, a private-use character and a random key no content can
 * guess, which Lit writes as text; `RawHtml.render` puts the HTML in its place. Only the page
 * level would carry Lit's markers around it, and nothing hydrates at that level (each element
 * hydrates its own shadow root), so the page level has none (collect.ts) and the browser builds
 * the same document either way.
 */
import { randomUUID } from 'node:crypto';
import type { TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { collectTemplate } from './collect.js';

const mark = `\uE000${randomUUID()}:`;
const placeholders = new RegExp(`${mark}(\\d+)\uE000`, 'g');

/** Keeps HTML for the page being set up, while `RawHtml.collect` runs (`RawHtml.hold`). */
let current: ((html: string, styles: ReadonlySet<string> | undefined) => string) | undefined;

/** The styles of a Markdown body: it has none. */
const none: ReadonlySet<string> = new Set();

/**
 * `html` (trusted: already escaped, as markdown-it writes it) as a child of a template. Only in
 * a child position, never in an attribute. Outside `RawHtml.collect`, Lit's `unsafeHTML`.
 */
export function rawHtml(html: string): unknown {
  return current ? current(html, none) : unsafeHTML(html);
}

/** The raw HTML of one page: collected while its templates are made, filled in once rendered. */
export class RawHtml {
  readonly #chunks: string[] = [];
  /**
   * The CSP sources of the `<style>`s rendered so far, its chunks' included (collect.ts);
   * undefined once one could not be told from Lit's chunks.
   */
  styles: Set<string> | undefined = new Set();

  /** Runs `make` (synchronous, so no other page's templates are made meanwhile). */
  collect<T>(make: () => T): T {
    const outer = current;
    current = (html, styles) => this.hold(html, styles);
    try {
      return make();
    } finally {
      current = outer;
    }
  }

  /** Keeps `html` for `render`, rendered with `styles`: returns its placeholder. */
  hold(html: string, styles: ReadonlySet<string> | undefined): string {
    this.#chunks.push(html);
    this.#addStyles(styles);
    return `${mark}${this.#chunks.length - 1}\uE000`;
  }

  /** Lit's rendering of the collected templates, with each chunk in its placeholder's place. */
  render(template: TemplateResult): string {
    const { html, styles } = collectTemplate(template);
    this.#addStyles(styles);
    if (!this.#chunks.length) return html;
    return html.replace(placeholders, (_, i: string) => this.#chunks[Number(i)] ?? '');
  }

  #addStyles(styles: ReadonlySet<string> | undefined) {
    if (!styles) this.styles = undefined;
    else for (const style of styles) this.styles?.add(style);
  }
}

/** Rendered HTML and the CSP sources of its styles. */
interface Fragment {
  html: string;
  styles: Set<string> | undefined;
}
const fragments = new WeakMap<object, Map<string, Fragment>>();

/** `make()` rendered to HTML once for `owner` (an edition) and `key`, and kept. */
function renderedHtml(owner: object, key: string, make: () => TemplateResult): Fragment {
  let byKey = fragments.get(owner);
  if (!byKey) fragments.set(owner, (byKey = new Map()));
  let fragment = byKey.get(key);
  if (fragment === undefined) {
    const raw = new RawHtml();
    fragment = { html: raw.render(raw.collect(make)), styles: raw.styles };
    byKey.set(key, fragment);
  }
  return fragment;
}

/** `html` with its styles, in the page being set up (see `rawHtml`). */
function heldHtml({ html, styles }: Fragment): unknown {
  return current ? current(html, styles) : unsafeHTML(html);
}

/**
 * `make()` rendered once for `owner` (an edition) and `key`, and reused as raw HTML: for
 * parts of the chrome that are the same on every page of an edition.
 */
export function renderedOnce(owner: object, key: string, make: () => TemplateResult): unknown {
  return heldHtml(renderedHtml(owner, key, make));
}

const holeMark = `\uE001${randomUUID()}\uE001`;

/**
 * Like `renderedOnce`, for a part that is alike on many pages but for one light-DOM child (e.g.
 * the links to this very page in the other editions): `make(hole)` puts `hole` where that child
 * goes; the part is rendered once per key with the marker there, and each page's own child
 * (`fill`), rendered on its own, is put in the marker's place.
 */
export function renderedAround(
  owner: object,
  key: string,
  make: (hole: string) => TemplateResult,
  fill: () => TemplateResult,
): unknown {
  const shared = renderedHtml(owner, key, () => make(holeMark));
  const raw = new RawHtml();
  const own = raw.render(raw.collect(fill));
  const styles = shared.styles && raw.styles && new Set([...shared.styles, ...raw.styles]);
  return heldHtml({ html: shared.html.replace(holeMark, () => own), styles });
}
