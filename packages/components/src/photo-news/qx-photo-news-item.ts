import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { LocaleController } from '@qiaoxin/i18n';
import {
  beListItem,
  dayTime,
  itemLocale,
  readCount,
  readDay,
  safeUrl,
} from '../internal/list-item.js';
import { photoNewsItemStyles } from './qx-photo-news-item.styles.js';

/**
 * @tagname qx-photo-news-item
 * @summary One story in a `<qx-photo-news>` grid: its cover, title and day, all one link.
 *
 * The cover has an empty `alt`: the title beside it, in the same link, already names the
 * story, so a screen reader hears it once (a story without an `image` gets a plain panel).
 *
 * @slot - The story's title (text). Long titles wrap; they are never cut off.
 *
 * @csspart base - The link (a `div` without a usable `href`) holding cover and title.
 * @csspart link - The link, when there is one.
 * @csspart image - The cover `img`, or the plain panel standing in for a missing one.
 * @csspart title - The title.
 * @csspart date - The day of the story, a `<time>` element.
 */
export class QxPhotoNewsItem extends LitElement {
  static override styles = photoNewsItemStyles;

  static override properties: PropertyDeclarations = {
    href: {},
    image: {},
    imageWidth: { attribute: 'image-width' },
    imageHeight: { attribute: 'image-height' },
    date: {},
  };

  /** The story's URL: relative, or http, https, mailto or tel. Other schemes are refused. */
  href?: string;

  /** The cover image's URL. */
  image?: string;

  /** The cover's width in pixels, so the browser reserves its space before it loads. */
  imageWidth?: string;

  /** The cover's height in pixels. */
  imageHeight?: string;

  /** The day of the story, `YYYY-MM-DD`; an invalid day is left out with a warning. */
  date?: string;

  readonly #l10n = new LocaleController(this);
  #day?: string;
  #size: (number | undefined)[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    beListItem(this);
    if (changed.has('href')) safeUrl(this, this.href, true);
    if (changed.has('image')) safeUrl(this, this.image, true);
    if (changed.has('date')) this.#day = readDay(this, this.date);
    if (changed.has('imageWidth') || changed.has('imageHeight'))
      this.#size = [
        readCount(this, 'image-width', this.imageWidth),
        readCount(this, 'image-height', this.imageHeight),
      ];
  }

  override render() {
    const href = safeUrl(this, this.href);
    const src = safeUrl(this, this.image);
    const [width, height] = this.#size;
    const body = html`${
        src
          ? html`<img
              part="image"
              src=${src}
              alt=""
              width=${width ?? nothing}
              height=${height ?? nothing}
            />`
          : html`<span part="image" class="none"></span>`
      }<span part="title"><slot></slot></span>`;
    return html`<li>
      ${href ? html`<a part="base link" href=${href}>${body}</a>` : html`<div part="base">${body}</div>`}${
        this.#day ? dayTime(this.#day, itemLocale(this, this.#l10n)) : nothing
      }
    </li>`;
  }
}
