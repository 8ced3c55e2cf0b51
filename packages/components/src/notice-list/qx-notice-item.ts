import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { LocaleController, i18n } from '@qiaoxin/i18n';
import {
  beListItem,
  dayTime,
  itemLocale,
  readCount,
  readDay,
  safeUrl,
} from '../internal/list-item.js';
import { noticeItemStyles } from './qx-notice-item.styles.js';

/**
 * @tagname qx-notice-item
 * @summary One notice in a `<qx-notice-list>`: its title as a link, a 置顶 badge when pinned, the number of attachments and its day.
 *
 * @slot - The notice's title (text). Long titles wrap; they are never cut off.
 *
 * @csspart pinned - The 置顶 / Pinned badge.
 * @csspart link - The link to the notice.
 * @csspart title - The title text (inside the link, or on its own without a usable `href`).
 * @csspart attachments - The paper clip and "2 个附件" / "Attachments: 2".
 * @csspart date - The day of the notice, a `<time>` element.
 */
export class QxNoticeItem extends LitElement {
  static override styles = noticeItemStyles;

  static override properties: PropertyDeclarations = {
    href: {},
    date: {},
    pinned: { type: Boolean },
    attachments: {},
  };

  /** The notice's URL: relative, or http, https, mailto or tel. Other schemes are refused. */
  href?: string;

  /** The day of the notice, `YYYY-MM-DD`; an invalid day is left out with a warning. */
  date?: string;

  /** 置顶: shown first in its list, with a badge. */
  pinned = false;

  /** How many files the notice has attached, a whole number; 0 or none shows nothing. */
  attachments?: string;

  readonly #l10n = new LocaleController(this);
  #day?: string;
  #count?: number;

  protected override willUpdate(changed: PropertyValues<this>): void {
    beListItem(this);
    // The list's "pinned" slot comes before its default one: pinned notices lead, with no script.
    if (changed.has('pinned')) {
      if (this.pinned) this.setAttribute('slot', 'pinned');
      else if (this.getAttribute('slot') === 'pinned') this.removeAttribute('slot');
    }
    if (changed.has('href')) safeUrl(this, this.href, true);
    if (changed.has('date')) this.#day = readDay(this, this.date);
    if (changed.has('attachments')) this.#count = readCount(this, 'attachments', this.attachments);
  }

  override render() {
    const locale = itemLocale(this, this.#l10n);
    // i18n.t, not the controller's t: the language may be the list's rather than the item's.
    const t = (key: string, n?: number) =>
      i18n.t(`noticeList.${key}`, { lng: locale, n }) as string;
    const href = safeUrl(this, this.href);
    const title = html`<span part="title" class=${href ? '' : 'main'}><slot></slot></span>`;
    const count = this.#count;
    return html`<li>
      ${this.pinned ? html`<span part="pinned">${t('pinned')}</span>` : nothing}${
        href ? html`<a part="link" class="main" href=${href}>${title}</a>` : title
      }${
        count
          ? // prettier-ignore
            html`<span part="attachments"><svg viewBox="0 0 12 12" aria-hidden="true"><path d="M8 4v4a2 2 0 0 1-4 0V3a1 1 0 0 1 2 0v5"/></svg>${t('attachments', count)}</span>`
          : nothing
      }${this.#day ? dayTime(this.#day, locale) : nothing}
    </li>`;
  }
}
