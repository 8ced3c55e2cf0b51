import { LitElement, html, isServer } from 'lit';
import { LocaleController, registerStrings } from '@qiaoxin/i18n';
import { answerLocale, updateItems } from '../internal/list-item.js';
import { photoNewsStrings } from './strings.js';
import { photoNewsStyles } from './qx-photo-news.styles.js';

registerStrings(photoNewsStrings);

/**
 * @tagname qx-photo-news
 * @summary 图片新闻: the latest three to five covers as a static grid of links, e.g. the headline block of a home page.
 *
 * A grid, not a carousel, on purpose: every cover is visible at once, so no story hides behind
 * a slide a reader has to find; nothing moves, so there is nothing to pause and nothing that
 * distracts a reader with attention or vestibular difficulties (no reduced-motion case); and it
 * is plain links in a list, so it reads the same without JavaScript, to a screen reader and by
 * keyboard (one Tab stop per story, no previous/next/pause buttons to learn). The grid has as
 * many columns as fit (about 14em each) and becomes one column on a phone.
 *
 * @slot - The stories: `<qx-photo-news-item>` elements, newest first.
 *
 * @csspart base - The grid (also exposed as `list`).
 * @csspart list - The list of stories.
 * @csspart empty - The "暂无图片新闻" / "No photo news yet" text shown when there are none.
 *
 * @cssprop [--qx-photo-news-min-width=14em] - The narrowest a column may be before the grid has one column fewer.
 * @cssprop [--qx-photo-news-gap=var(--qx-space-4)] - Space between the covers.
 * @cssprop [--qx-photo-news-aspect-ratio=3 / 2] - Shape of every cover (images are cropped to fill it, not stretched).
 * @cssprop [--qx-photo-news-link-color=var(--qx-color-link)] - Colour of the titles.
 * @cssprop [--qx-photo-news-link-hover-color=var(--qx-color-link-hover)] - Colour of a hovered title.
 * @cssprop [--qx-photo-news-muted-color=var(--qx-color-text-muted)] - Colour of the dates and the empty text.
 * @cssprop [--qx-photo-news-placeholder-color=var(--qx-color-surface-subtle)] - Fill of the cover of a story without an image.
 */
export class QxPhotoNews extends LitElement {
  static override styles = photoNewsStyles;

  readonly #l10n = new LocaleController(this);

  constructor() {
    super();
    answerLocale(this, this.#l10n);
  }

  override render() {
    const { lang, t } = this.#l10n;
    // The server cannot see the items, so it assumes there are some.
    const empty = !isServer && !this.childElementCount;
    return html`<div part="base list" role="list" ?hidden=${empty}>
        <slot @slotchange=${() => this.requestUpdate()}></slot>
      </div>
      <p part="empty" lang=${lang} ?hidden=${!empty}>${t('photoNews.empty')}</p>`;
  }

  protected override updated(): void {
    updateItems(this);
  }
}
