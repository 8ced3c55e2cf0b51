import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { LocaleController, langOf, type Locale } from '@qiaoxin/i18n';
import { isSafeUrl } from '../internal/safe-url.js';
import { warn } from '../internal/warn.js';
import { formatStamp, parseStamp, type Stamp } from '../internal/date.js';
import { newsItemStyles } from './qx-news-item.styles.js';

/**
 * @tagname qx-news-item
 * @summary One article in a `<qx-news-list>`: its title as a link, and the day it was published.
 *
 * @slot - The article's title. Long titles wrap; they are never cut off.
 *
 * @csspart item - The item's list item (`<li>`), inside the list's `role="list"`.
 * @csspart link - The link to the article.
 * @csspart title - The title text (inside the link, or on its own without a usable `href`).
 * @csspart date - The publication day, a `<time>` element.
 */
export class QxNewsItem extends LitElement {
  static override styles = newsItemStyles;

  static override properties: PropertyDeclarations = {
    href: {},
    date: {},
    listLocale: { attribute: false },
  };

  /** The article's URL: relative, or http, https, mailto or tel. Other schemes are refused. */
  href?: string;

  /** The day the article was published, `YYYY-MM-DD`; an invalid day is left out. */
  date?: string;

  /** The language of the parent list, which it sets; an item's own `lang` wins. */
  listLocale?: Locale;

  readonly #l10n = new LocaleController(this);
  #day?: Stamp;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The parent's shadow list holds these items through its slot; each item's own shadow root
    // holds the <li>. The host itself is no list item (`role="none"`: set here rather than on
    // connect, so server rendering writes it too): a light-DOM `role="listitem"` whose list sits
    // in another shadow root is invalid HTML to a checker that cannot see that list.
    if (!this.hasUpdated && !this.hasAttribute('role')) this.setAttribute('role', 'none');
    if (changed.has('href') && this.href && !isSafeUrl(this.href)) {
      warn(this, `refused unsafe href "${this.href}"; the title is shown as text.`);
    }
    if (changed.has('date')) {
      const text = this.date?.trim();
      this.#day = text ? parseStamp(text) : undefined;
      if (text && !this.#day) warn(this, `ignored invalid date "${text}".`);
    }
  }

  override render() {
    const href = this.href && isSafeUrl(this.href) ? this.href : undefined;
    const title = html`<span part="title" class=${href ? '' : 'main'}><slot></slot></span>`;
    const locale = this.hasAttribute('lang')
      ? this.#l10n.locale
      : (this.listLocale ?? this.#l10n.locale);
    return html`<li part="item">
      ${href ? html`<a part="link" class="main" href=${href}>${title}</a>` : title}${
        this.#day
          ? html`<time part="date" datetime=${this.#day.iso} lang=${langOf(locale)}
              >${formatStamp({ ...this.#day, clock: false }, locale)}</time
            >`
          : nothing
      }
    </li>`;
  }
}
