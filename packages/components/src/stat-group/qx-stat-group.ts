import {
  LitElement,
  html,
  isServer,
  nothing,
  type PropertyValues,
  type PropertyDeclarations,
} from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag, parseLevel } from '../internal/heading.js';
import { warn } from '../internal/warn.js';
import { statGroupStyles } from './qx-stat-group.styles.js';

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
    if (changed.has('level') && parseLevel(this.level) === undefined) {
      warn(this, `level "${this.level}" is not 1 to 6; using 2.`);
    }
  }

  override render() {
    const named = this.#named();
    const tag = headingTag(this.level);
    const slot = html`<slot name="heading" @slotchange=${() => this.requestUpdate()}
      >${this.heading}</slot
    >`;
    // An unnamed section is no landmark; role none says so explicitly.
    return html`<section
      part="base"
      role=${named ? nothing : 'none'}
      aria-labelledby=${named ? 'heading' : nothing}
    >
      ${staticHtml`<${tag} part="heading" id="heading" ?hidden=${!named}>${slot}</${tag}>`}
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
    // A server renderer cannot see the light DOM, so a slotted heading must not be hidden there:
    // without a heading attribute, the server assumes a slotted one and the browser checks.
    if (isServer) return true;
    return Boolean(this.heading?.trim() || this.querySelector(':scope > [slot="heading"]'));
  }
}
