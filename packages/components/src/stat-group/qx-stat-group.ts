import {
  LitElement,
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { warn } from '../internal/warn.js';
import { statGroupStyles } from './qx-stat-group.styles.js';

type Heading = (content: TemplateResult, hidden: boolean) => TemplateResult;
/** One template per level: Lit cannot bind a tag name. */
const headings: Heading[] = [
  (c, hidden) => html`<h1 part="heading" id="heading" ?hidden=${hidden}>${c}</h1>`,
  (c, hidden) => html`<h2 part="heading" id="heading" ?hidden=${hidden}>${c}</h2>`,
  (c, hidden) => html`<h3 part="heading" id="heading" ?hidden=${hidden}>${c}</h3>`,
  (c, hidden) => html`<h4 part="heading" id="heading" ?hidden=${hidden}>${c}</h4>`,
  (c, hidden) => html`<h5 part="heading" id="heading" ?hidden=${hidden}>${c}</h5>`,
  (c, hidden) => html`<h6 part="heading" id="heading" ?hidden=${hidden}>${c}</h6>`,
];

/**
 * @tagname qx-stat-group
 * @summary A headed band of key figures (`<qx-stat-counter>`) in a grid of one to four columns.
 *
 * It is a region landmark named by its heading. Without a heading it is no landmark at all,
 * since a region needs a name, and it warns.
 *
 * @slot - The `<qx-stat-counter>` elements.
 * @slot heading - The heading, when it needs markup; replaces the `heading` attribute.
 *
 * @csspart base - The region (`section`) holding heading and grid.
 * @csspart heading - The heading element.
 * @csspart grid - The grid of figures.
 *
 * @cssprop [--qx-stat-group-background=var(--qx-color-surface-subtle)] - Background of the band.
 * @cssprop [--qx-stat-group-padding=var(--qx-space-6)] - Space inside the band.
 * @cssprop [--qx-stat-group-gap=var(--qx-space-6)] - Space between figures.
 * @cssprop [--qx-stat-group-column-min-width=calc(var(--qx-font-size-3xl) * 5)] - The narrowest a column gets before the grid drops one.
 * @cssprop [--qx-stat-group-heading-color=var(--qx-color-text)] - Colour of the heading.
 * @cssprop [--qx-stat-group-heading-size=var(--qx-font-size-xl)] - Text size of the heading.
 */
export class QxStatGroup extends LitElement {
  static override styles = statGroupStyles;

  static override properties: PropertyDeclarations = {
    heading: {},
    level: { type: Number },
  };

  /** The heading text; also the region's accessible name. */
  heading?: string;

  /** The heading level, 1 to 6. */
  level = 2;

  #warnedUnnamed = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('level') && !headings[this.level - 1]) {
      warn(this, `level "${this.level}" is not 1 to 6; using 2.`);
    }
  }

  override render() {
    const named = this.#named();
    const heading = headings[this.level - 1] ?? (headings[1] as Heading);
    const slot = html`<slot name="heading" @slotchange=${() => this.requestUpdate()}
      >${this.heading}</slot
    >`;
    // An unnamed section is no landmark; role none says so explicitly.
    return html`<section
      part="base"
      role=${named ? nothing : 'none'}
      aria-labelledby=${named ? 'heading' : nothing}
    >
      ${heading(slot, !named)}
      <div part="grid"><slot></slot></div>
    </section>`;
  }

  protected override updated(): void {
    const named = this.#named();
    if (!named && !this.#warnedUnnamed)
      warn(this, 'has no heading; give it a heading attribute or slot.');
    this.#warnedUnnamed = !named;
  }

  #named(): boolean {
    return Boolean(this.heading?.trim() || this.querySelector(':scope > [slot="heading"]'));
  }
}
