import { LitElement, html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import {
  LocaleController,
  registerStrings,
  langOf,
  resolveLocale,
  setLocale,
  type Locale,
} from '@qiaoxin/i18n';
import { headerStrings } from './strings.js';
import { isSafeUrl } from '../internal/safe-url.js';
import { warn } from '../internal/warn.js';
import { bilingualHeaderStyles } from './qx-bilingual-header.styles.js';

// On import, so setLocale('zh-Hant') before the first element is made loads its zh-Hant strings.
registerStrings(headerStrings);

/** The detail of a `qx-locale-change` event. */
export interface QxLocaleChangeDetail {
  /** The locale the reader asked for. */
  locale: Locale;
}

declare global {
  interface HTMLElementEventMap {
    'qx-locale-change': CustomEvent<QxLocaleChangeDetail>;
  }
}

const usable = (href?: string) => (href?.trim() && isSafeUrl(href) ? href : undefined);

/**
 * @tagname qx-bilingual-header
 * @summary A portal masthead: the organisation's Chinese and English names as one home link, and a language toggle.
 *
 * The name in the reader's language comes first and larger; each name carries its own `lang`
 * so screen readers pronounce it correctly. The element is not a landmark: its base is a plain
 * `div`, because a `header` inside shadow DOM becomes a banner only in some browsers and a
 * second banner fails axe. Wrap it in the page's own `<header>` to make it the banner.
 *
 * Below 768px of its own width the header is compact: the names and a 菜单 / Menu button on one
 * row, and the tools, the languages and the navigation behind the button. The menu is a native
 * `<details>`, so it opens by keyboard and without JavaScript; on a wide header its summary is
 * hidden and its content always shown. A `<qx-site-nav>` in the default slot folds on its own
 * too: hide its button inside the header (`qx-site-nav::part(toggle) { display: none }`) and
 * show its list (`qx-site-nav::part(list) { display: flex }`) so the menu does not nest.
 *
 * @slot logo - The emblem, shown before the names inside the home link; give it `alt=""`, the names say who it is.
 * @slot actions - Tools beside the language toggle, such as search or an elder-mode switch.
 * @slot languages - Language controls shown in the tools row beside `actions`, usually with
 * `hide-toggle`: e.g. a `<nav aria-label="语言">` with 简 | 繁 | EN, links to this page in each
 * language (`<a href hreflang lang>`, the current one `aria-current="page"`), or, on a site
 * with one edition, buttons that switch in place (`<button type="button" value="zh-Hant">`).
 * Takes no space when empty.
 * @slot banner - A decorative picture (`<img alt="">`) beside the names on a wide header, never
 * behind them; hidden on a compact one.
 * @slot - Navigation, shown below the title row, or in the menu on a compact header.
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The home link around the logo and names; a `div` when there is no usable `href`.
 * @csspart name-primary - The name in the reader's language.
 * @csspart name-secondary - The name in the other language, as a smaller caption.
 * @csspart toggle - The language toggle: a link with `alternate-href`, otherwise a button.
 * @csspart menu - The `details` holding the tools and the navigation: the compact header's menu.
 * @csspart menu-button - Its `summary`, 菜单 / Menu, shown on a compact header only.
 * @csspart tools - The row of the `actions` and `languages` slots and the toggle.
 * @csspart actions - The wrapper of the `actions` slot.
 * @csspart languages - The `languages` slot itself: it makes no box of its own (`display: contents`), so an empty slot takes no space, also in server-rendered HTML.
 * @csspart nav - The wrapper of the default slot.
 *
 * @cssprop [--qx-bilingual-header-background=var(--qx-color-surface)] - Background of the header.
 * @cssprop [--qx-bilingual-header-name-color=var(--qx-color-primary)] - Colour of the primary name.
 * @cssprop [--qx-bilingual-header-name-size=var(--qx-font-size-2xl)] - Text size of the primary name (`--qx-font-size-md` on a compact header).
 * @cssprop [--qx-bilingual-header-secondary-color=var(--qx-color-text-muted)] - Colour of the secondary name.
 * @cssprop [--qx-bilingual-header-secondary-size=var(--qx-font-size-sm)] - Text size of the secondary name (`--qx-font-size-xs` on a compact header).
 * @cssprop [--qx-bilingual-header-logo-size=var(--qx-space-12)] - Height of the slotted logo (`--qx-space-8` on a compact header).
 * @cssprop [--qx-bilingual-header-toggle-color=var(--qx-color-link)] - Colour of the language toggle and the menu button.
 * @cssprop [--qx-bilingual-header-banner-height=calc(1.5 * var(--qx-space-12))] - Height of the slotted banner.
 *
 * @fires qx-locale-change - When the toggle, a link with `hreflang` or a button with `value` in
 * the `languages` slot is used, before the switch; `detail.locale` is the target locale
 * (`'zh-CN'`, `'zh-Hant'` or `'en'`, read with `resolveLocale()`). Bubbles out of shadow roots.
 * Call `preventDefault()` to stop the switch: a link does not navigate, a button does not call
 * `setLocale()`. A link clicked with a modifier key (another tab or window) fires nothing.
 */
export class QxBilingualHeader extends LitElement {
  static override styles = bilingualHeaderStyles;

  static override properties: PropertyDeclarations = {
    nameZh: { attribute: 'name-zh' },
    nameEn: { attribute: 'name-en' },
    href: {},
    alternateHref: { attribute: 'alternate-href' },
    hideToggle: { type: Boolean, reflect: true, attribute: 'hide-toggle' },
  };

  /** The organisation's name in Chinese, e.g. "重庆市归国华侨联合会". */
  nameZh?: string;

  /** The organisation's name in English. */
  nameEn?: string;

  /** Where the title leads, usually the home page. Without a usable one the title is not a link. */
  href?: string;

  /** The same page in the other language; makes the toggle a link there instead of an in-place switch. */
  alternateHref?: string;

  /** Hides the language toggle. */
  hideToggle = false;

  readonly #l10n = new LocaleController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The names are checked on the first update too: a missing attribute is no change.
    // Written out, not looped over [property, attribute] pairs: that compresses better.
    const first = !this.hasUpdated;
    if ((first || changed.has('nameZh')) && !this.nameZh?.trim()) warn(this, 'name-zh is missing.');
    if ((first || changed.has('nameEn')) && !this.nameEn?.trim()) warn(this, 'name-en is missing.');
    if (changed.has('href') && !isSafeUrl(this.href ?? ''))
      warn(this, `refused unsafe href "${this.href}".`);
    if (changed.has('alternateHref') && !isSafeUrl(this.alternateHref ?? ''))
      warn(this, `refused unsafe alternate-href "${this.alternateHref}".`);
  }

  override render() {
    const { t, lang, locale } = this.#l10n;
    const href = usable(this.href);
    const names = (
      [
        // The Chinese name is in the page's script: a zh-Hant page gives a traditional name.
        [this.nameZh?.trim(), locale === 'en' ? 'zh-Hans' : lang],
        [this.nameEn?.trim(), 'en'],
      ] as const
    ).filter(([text]) => text);
    if (locale === 'en') names.reverse();
    const title = html`<slot name="logo"></slot
      ><span class="names">
        ${names.map(
          // The trailing space keeps the names apart in the link's accessible name.
          ([text, tag], i) =>
            html`<span part=${i ? 'name-secondary' : 'name-primary'} lang=${tag}>${text}</span> `,
        )}
        ${href && !names.length ? html`<span class="visually-hidden" lang=${lang}>${t('header.home')}</span>` : nothing}
      </span>`;
    // One <details> holds the tools and the navigation: on a narrow header it is the 菜单 / Menu
    // disclosure beside the names, opening with no JavaScript (the portals do not hydrate this
    // element); on a wide one its summary is hidden and its content always shown, in one row.
    return html`
      <div part="base">
        ${href ? html`<a part="title" href=${href}>${title}</a>` : html`<div part="title">${title}</div>`}
        <slot name="banner"></slot>
        <details part="menu">
          <summary part="menu-button" lang=${lang}>${t('header.menu')}</summary>
          <div part="tools">
            <div part="actions"><slot name="actions"></slot></div>
            <slot name="languages" part="languages" @click=${this.#onLanguageClick}></slot>
            ${this.hideToggle ? nothing : this.#renderToggle()}
          </div>
          <div part="nav"><slot></slot></div>
        </details>
      </div>
    `;
  }

  #renderToggle() {
    const { t, lang } = this.#l10n;
    // The visible label starts the accessible name (WCAG 2.5.3); the hidden part completes it.
    // The visible label is in the language it leads to.
    const target = langOf(this.#l10n.locale === 'en' ? 'zh-CN' : 'en');
    const label = html`<span lang=${target}>${t('header.switchLabel')}</span
      ><span class="visually-hidden" lang=${lang}> ${t('header.switchTo')}</span>`;
    const alternate = usable(this.alternateHref);
    return alternate
      ? html`<a
          part="toggle"
          href=${alternate}
          hreflang=${target}
          lang=${target}
          @click=${this.#onLanguageClick}
          >${label}</a
        >`
      : html`<button part="toggle" type="button" value=${target} @click=${this.#onLanguageClick}>
          ${label}
        </button>`;
  }

  // One path for every language control, the toggle and the slotted ones alike: a link
  // (`hreflang`) navigates and a button (`value`) switches in place, unless a listener of
  // qx-locale-change cancels. (Lit calls listeners with `this` set to the host.)
  #onLanguageClick(event: MouseEvent): void {
    // The toggle and the slotted controls are each in the listener's own tree, so closest()
    // finds them from the clicked node (a label span inside, say).
    const control = (event.target as Element).closest('a,button') as
      HTMLAnchorElement | HTMLButtonElement | null;
    const link = control instanceof HTMLAnchorElement;
    // A modified click on a link opens another tab or window, or downloads: this page keeps its
    // language.
    if (
      event.defaultPrevented ||
      (link && (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey))
    )
      return;
    const code = (link ? control.hreflang : control?.value)?.trim();
    if (!code) return;
    const locale = resolveLocale(code);
    const change = new CustomEvent('qx-locale-change', {
      detail: { locale },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (!this.dispatchEvent(change)) event.preventDefault();
    else if (!link) {
      // An element with its own lang would otherwise ignore the page-wide switch.
      if (this.hasAttribute('lang')) this.lang = langOf(locale);
      void setLocale(locale);
    }
  }
}
