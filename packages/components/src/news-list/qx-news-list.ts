import { LitElement, html } from 'lit';
import { LocaleController, registerStrings } from '@qiaoxin/i18n';
import { newsListStrings } from './strings.js';
import { QxNewsItem } from './qx-news-item.js';
import { newsListStyles } from './qx-news-list.styles.js';

// On import, so setLocale('zh-Hant') before the first element is made loads its zh-Hant strings.
registerStrings(newsListStrings);

/**
 * @tagname qx-news-list
 * @summary A dated list of article links, as on a portal's column page (理论学习, 侨联动态).
 *
 * @slot - The articles: `<qx-news-item>` elements, newest first as the CMS writes them.
 *
 * @csspart base - The list (also exposed as `list`).
 * @csspart list - The list of items.
 * @csspart empty - The "暂无内容" / "Nothing published yet" text shown when there are no items.
 *
 * @cssprop [--qx-news-list-font-size=var(--qx-font-size-md)] - Text size of the titles.
 * @cssprop [--qx-news-list-color=var(--qx-color-text)] - Colour of titles that are not links.
 * @cssprop [--qx-news-list-link-color=var(--qx-color-link)] - Colour of the title links.
 * @cssprop [--qx-news-list-link-hover-color=var(--qx-color-link-hover)] - Colour of a hovered title link.
 * @cssprop [--qx-news-list-date-color=var(--qx-color-text-muted)] - Colour of the dates and the empty text.
 * @cssprop [--qx-news-list-date-font-size=var(--qx-font-size-sm)] - Text size of the dates.
 * @cssprop [--qx-news-list-divider-color=var(--qx-color-divider)] - Colour of the rule under each item.
 */
export class QxNewsList extends LitElement {
  static override styles = newsListStyles;

  readonly #l10n = new LocaleController(this);
  /** Whether the list has no items; assumed false until the browser can look (server rendering). */
  #empty = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#empty = !this.#items().length;
  }

  override render() {
    const { lang, t } = this.#l10n;
    return html`<div part="base list" role="list" ?hidden=${this.#empty}>
        <slot @slotchange=${this.#slotChanged}></slot>
      </div>
      <p part="empty" lang=${lang} ?hidden=${!this.#empty}>${t('newsList.empty')}</p>`;
  }

  protected override updated(): void {
    this.#tellLocale();
  }

  #items(): QxNewsItem[] {
    return [...this.children].filter((el) => el instanceof QxNewsItem);
  }

  /** Tells each item the list's language, so its date follows the list's. */
  #tellLocale(): void {
    for (const item of this.#items()) item.listLocale = this.#l10n.locale;
  }

  /** Items came or went: pass on the language, and show the empty text when none is left. */
  readonly #slotChanged = (): void => {
    this.#tellLocale();
    if (this.#empty !== !this.#items().length) {
      this.#empty = !this.#empty;
      this.requestUpdate();
    }
  };
}
