import { LitElement, html, type PropertyDeclarations } from 'lit';
import { LocaleController, registerStrings } from '@qiaoxin/i18n';
import { siteNavStrings } from './strings.js';
import { isSafeUrl } from '../internal/safe-url.js';
import { warn } from '../internal/warn.js';
import { siteNavStyles } from './qx-site-nav.styles.js';

// On import, so setLocale('zh-Hant') before the first element is made loads its zh-Hant strings.
registerStrings(siteNavStrings);

/** A path without its trailing slash, so `/llxx` and `/llxx/` match ("/" stays "/"). */
const trim = (path: string) => path.replace(/(.)\/+$/, '$1');

/**
 * @tagname qx-site-nav
 * @summary A federation portal's main navigation: a band of section links with the current section marked; on narrow screens a 菜单 / Menu button discloses it.
 *
 * @slot - The section links: `<a href>` elements written as direct children, so they work and are crawlable without JavaScript.
 *
 * @csspart base - The `nav` landmark.
 * @csspart toggle - The 菜单 / Menu button shown below 768px (`--qx-breakpoint-md`) of the element's width.
 * @csspart list - The container of the links.
 *
 * @cssprop [--qx-site-nav-background=var(--qx-color-primary)] - Background of the band.
 * @cssprop [--qx-site-nav-color=var(--qx-color-on-primary)] - Colour of the links, the button and the focus ring.
 * @cssprop [--qx-site-nav-hover-background=var(--qx-color-primary-hover)] - Background of a hovered link.
 * @cssprop [--qx-site-nav-current-indicator=var(--qx-color-on-primary)] - Colour of the bar under the current section.
 *
 * @fires qx-nav-toggle - The reader opened or closed the menu on a narrow screen; `detail: { open }`.
 */
export class QxSiteNav extends LitElement {
  static override styles = siteNavStyles;

  static override properties: PropertyDeclarations = {
    current: {},
    label: {},
    open: { type: Boolean, reflect: true },
  };

  /** The current page's path: the link to it gets `aria-current="page"`, a link to its section `aria-current="true"`. */
  current?: string;

  /** Replaces the landmark's built-in name ("主导航" / "Main navigation"). */
  label?: string;

  /** Whether the menu is open on a narrow screen; wide screens always show the links. */
  open = false;

  readonly #l10n = new LocaleController(this);
  /** Links this element marked, as opposed to `aria-current` the author wrote. */
  readonly #marked = new WeakSet<Element>();
  readonly #warned = new WeakSet<Element>();

  override render() {
    const t = this.#l10n.t;
    return html`
      <nav
        part="base"
        aria-label=${this.label?.trim() || t('siteNav.label')}
        @keydown=${this.#onKeydown}
      >
        <button
          part="toggle"
          type="button"
          aria-expanded=${String(this.open)}
          aria-controls="list"
          lang=${this.#l10n.lang}
          @click=${() => this.#toggle(!this.open)}
        >
          ${t('siteNav.menu')}
        </button>
        <div id="list" part="list"><slot @slotchange=${this.#arrange}></slot></div>
      </nav>
    `;
  }

  /**
   * Folds the menu in browsers without `(scripting: enabled)` support, now that the code has
   * rendered; elsewhere the styles fold it from the first paint, and with JavaScript off the links
   * stay visible. Set on the DOM, not in render(), so the server's and the client's first render
   * agree and no second render is needed.
   */
  protected override firstUpdated(): void {
    this.#nav().classList.add('enhanced');
  }

  protected override updated(): void {
    this.#arrange();
  }

  #nav(): HTMLElement {
    return this.renderRoot.querySelector('nav') as HTMLElement;
  }

  #links(): HTMLAnchorElement[] {
    return [...this.children].filter((el) => el instanceof HTMLAnchorElement);
  }

  /** Marks the current section and reports links that cannot work. */
  readonly #arrange = (): void => {
    const links = this.#links();
    const nav = this.#nav();
    // An empty landmark with a button that opens nothing would only confuse.
    if (!links.length && !nav.hidden)
      warn(this, 'no <a> children to show; the navigation is hidden.');
    nav.hidden = !links.length;
    for (const a of links) {
      const href = a.getAttribute('href');
      if (!this.#warned.has(a) && (href === null || !isSafeUrl(href))) {
        this.#warned.add(a);
        warn(this, `the link "${a.textContent?.trim()}" has a missing or unsafe href.`);
      }
      if (this.#marked.has(a)) a.removeAttribute('aria-current');
    }
    const authored = links.some((a) => a.hasAttribute('aria-current'));
    if (authored || !this.current) return;
    const base = new URL(this.current, location.href);
    const current = trim(base.pathname);
    let best: HTMLAnchorElement | undefined;
    let bestPath = '';
    for (const a of links) {
      if (!a.href || new URL(a.href).origin !== base.origin) continue;
      const path = trim(new URL(a.href).pathname);
      const within = path === current || (path !== '/' && current.startsWith(`${path}/`));
      if (within && path.length > bestPath.length) [best, bestPath] = [a, path];
    }
    if (!best) return;
    best.setAttribute('aria-current', bestPath === current ? 'page' : 'true');
    this.#marked.add(best);
  };

  #toggle(open: boolean): void {
    this.open = open;
    this.dispatchEvent(
      new CustomEvent('qx-nav-toggle', { detail: { open }, bubbles: true, composed: true }),
    );
  }

  /** Escape closes the open menu and puts focus back on its button. */
  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    this.#toggle(false);
    this.renderRoot.querySelector('button')?.focus();
  };
}
