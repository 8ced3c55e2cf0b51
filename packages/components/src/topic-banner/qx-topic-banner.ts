import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { readCount, safeUrl } from '../internal/list-item.js';
import { topicBannerStyles } from './qx-topic-banner.styles.js';

/**
 * @tagname qx-topic-banner
 * @summary 专题专栏: a special topic's banner image and title as one link, with an optional introduction under it.
 *
 * The title is text in a band of its own under the picture, never laid over it, so its
 * contrast is the checked pair of the theme whatever the picture holds. The image has an
 * empty `alt`: the title in the same link names the topic. It has no built-in strings, so it
 * needs no language of its own (`lang` is honoured as on any element).
 *
 * @slot - The topic's title (text), e.g. 华侨华人与新时代.
 * @slot intro - A short introduction, shown under the banner, outside the link.
 *
 * @csspart base - The link (a `div` without a usable `href`) holding image and title.
 * @csspart link - The link, when there is one.
 * @csspart image - The banner `img`.
 * @csspart title - The title band.
 * @csspart intro - The box around the introduction.
 *
 * @cssprop [--qx-topic-banner-background=var(--qx-color-primary)] - Background of the title band.
 * @cssprop [--qx-topic-banner-color=var(--qx-color-on-primary)] - Colour of the title.
 * @cssprop [--qx-topic-banner-font-size=var(--qx-font-size-lg)] - Text size of the title.
 * @cssprop [--qx-topic-banner-intro-color=var(--qx-color-text-muted)] - Colour of the introduction.
 */
export class QxTopicBanner extends LitElement {
  static override styles = topicBannerStyles;

  static override properties: PropertyDeclarations = {
    href: {},
    image: {},
    imageWidth: { attribute: 'image-width' },
    imageHeight: { attribute: 'image-height' },
  };

  /** The topic page's URL: relative, or http, https, mailto or tel. Other schemes are refused. */
  href?: string;

  /** The banner image's URL. Without one the banner is its title band alone. */
  image?: string;

  /** The image's width in pixels, so the browser reserves its space before it loads. */
  imageWidth?: string;

  /** The image's height in pixels. */
  imageHeight?: string;

  #size: (number | undefined)[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('href')) safeUrl(this, this.href, true);
    if (changed.has('image')) safeUrl(this, this.image, true);
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
          : nothing
      }<span part="title"><slot></slot></span>`;
    return html`${href ? html`<a part="base link" href=${href}>${body}</a>` : html`<div part="base">${body}</div>`}
      <div part="intro">
        <slot name="intro"></slot>
      </div>`;
  }
}
