import { LitElement, html, isServer, nothing, type PropertyDeclarations } from 'lit';
import { warn } from '../internal/warn.js';
import { figureStyles } from './qx-figure.styles.js';

/**
 * @tagname qx-figure
 * @summary An image with its caption under it, e.g. a news photo captioned 区侨界人士喜迎建党100周年文艺汇演.
 *
 * @slot - The image: the author's own `<img>` (or `<picture>`), with its `alt`, `width` and `height`.
 * @slot caption - A rich caption; wins over the `caption` attribute.
 *
 * @csspart base - The `figure` element.
 * @csspart caption - The `figcaption` element.
 * @csspart credit - The photo credit line inside the caption.
 *
 * @cssprop [--qx-figure-caption-color=var(--qx-color-text-muted)] - Colour of the caption.
 * @cssprop [--qx-figure-caption-font-size=var(--qx-font-size-sm)] - Text size of the caption.
 */
export class QxFigure extends LitElement {
  static override styles = figureStyles;

  static override properties: PropertyDeclarations = {
    caption: {},
    credit: {},
  };

  /** The caption text, shown under the image unless the `caption` slot is used. */
  caption?: string;

  /** Who took the photo, written as it should read, e.g. 摄影：张三 or Photo: Zhang San. */
  credit?: string;

  /** Whether the `caption` slot has content; known only in the browser. */
  #slottedCaption = false;

  /** Warnings already given, so each problem is reported once however often slots change. */
  readonly #warned = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    // Before the first render, so a figure without any caption never shows an empty one.
    this.#slottedCaption = !!this.querySelector(':scope > [slot="caption"]');
  }

  protected override firstUpdated(): void {
    this.#check();
  }

  /** Warns about a missing image or an `<img>` without any `alt` (alt="" is fine: decorative). */
  readonly #check = (): void => {
    const images = [...this.children].flatMap((el) =>
      el.slot ? [] : el.localName === 'img' ? [el] : [...el.querySelectorAll('img')],
    );
    const problems = images.length
      ? images
          .filter((img) => !img.hasAttribute('alt'))
          .map(
            (img) =>
              `an image has no alt attribute ("${img.getAttribute('src')}"); add alt, or alt="" if it is decorative.`,
          )
      : ['has no image; put an <img> inside it.'];
    for (const problem of problems)
      if (!this.#warned.has(problem)) {
        this.#warned.add(problem);
        warn(this, problem);
      }
  };

  readonly #captionChanged = (event: Event): void => {
    this.#slottedCaption = (event.target as HTMLSlotElement).assignedNodes().length > 0;
    this.requestUpdate();
  };

  override render() {
    const caption = this.caption?.trim();
    const credit = this.credit?.trim();
    // Without a caption of any kind the figcaption is hidden, so it adds no empty space. The
    // server cannot see the light DOM, so it keeps the figcaption for a slotted caption.
    const empty = !isServer && !caption && !credit && !this.#slottedCaption;
    return html`<figure part="base">
      <slot @slotchange=${this.#check}></slot>
      <figcaption part="caption" ?hidden=${empty}>
        <slot name="caption" @slotchange=${this.#captionChanged}>${caption}</slot>${
          credit ? html`<span part="credit">${credit}</span>` : nothing
        }
      </figcaption>
    </figure>`;
  }
}
