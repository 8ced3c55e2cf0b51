import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { readCount, safeUrl } from './list-item.js';

/** An element whose picture and title are one link: a photo-news story, a topic banner. */
export interface LinkedImageHost extends HTMLElement {
  href?: string | undefined;
  image?: string | undefined;
  imageWidth?: string | undefined;
  imageHeight?: string | undefined;
}

/** The picture's width and height in pixels, when they could be read. */
export type ImageSize = (number | undefined)[];

/**
 * From `willUpdate`: warns (once per change) of an unsafe `href` or `image` and of a size that
 * is not a number; gives the picture's size when it changed.
 */
export function checkLinkedImage(
  el: LinkedImageHost,
  changed: PropertyValues,
): ImageSize | undefined {
  if (changed.has('href')) safeUrl(el, el.href, true);
  if (changed.has('image')) safeUrl(el, el.image, true);
  if (!changed.has('imageWidth') && !changed.has('imageHeight')) return undefined;
  return [
    readCount(el, 'image-width', el.imageWidth),
    readCount(el, 'image-height', el.imageHeight),
  ];
}

/**
 * The picture (`none` stands in for a missing one) and the title slot, one link when `href` is
 * safe (parts `base link`), else a `div` (part `base`). The picture's `alt` is empty: the title
 * in the same link names it, so a screen reader hears it once.
 */
export function linkedImage(
  el: LinkedImageHost,
  [width, height]: ImageSize,
  none: TemplateResult | typeof nothing,
): TemplateResult {
  const href = safeUrl(el, el.href);
  const src = safeUrl(el, el.image);
  const body = html`${
      src
        ? html`<img
            part="image"
            src=${src}
            alt=""
            width=${width ?? nothing}
            height=${height ?? nothing}
          />`
        : none
    }<span part="title"><slot></slot></span>`;
  return href
    ? html`<a part="base link" href=${href}>${body}</a>`
    : html`<div part="base">${body}</div>`;
}
