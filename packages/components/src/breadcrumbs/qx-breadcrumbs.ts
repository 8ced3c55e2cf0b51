import { LitElement, html, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LocaleController, registerStrings } from '@qiaoxin/i18n';
import { breadcrumbsStrings } from './strings.js';
import { QxBreadcrumbItem } from './qx-breadcrumb-item.js';
import { breadcrumbsStyles } from './qx-breadcrumbs.styles.js';

// On import, so setLocale('zh-Hant') before the first element is made loads its zh-Hant strings.
registerStrings(breadcrumbsStrings);

/**
 * @tagname qx-breadcrumbs
 * @summary A breadcrumb trail led in by "您的当前位置：" / "You are here:", as Chinese portals show it.
 *
 * @slot - The trail: `<qx-breadcrumb-item>` elements, the last being the current page.
 *
 * @csspart base - The `nav` landmark.
 * @csspart label - The lead-in text; also the landmark's accessible name.
 * @csspart list - The list of items (`role="list"`; each item's `<li>` is in its own shadow root).
 *
 * @cssprop [--qx-breadcrumbs-font-size=var(--qx-font-size-sm)] - Text size of the whole trail.
 * @cssprop [--qx-breadcrumbs-label-color=var(--qx-color-text)] - Colour of the lead-in.
 * @cssprop [--qx-breadcrumbs-link-color=var(--qx-color-link)] - Colour of the links.
 * @cssprop [--qx-breadcrumbs-link-hover-color=var(--qx-color-link-hover)] - Colour of a hovered link.
 * @cssprop [--qx-breadcrumbs-current-color=var(--qx-color-text)] - Colour of the current page.
 * @cssprop [--qx-breadcrumbs-separator-color=var(--qx-color-text-muted)] - Colour of the separators.
 */
export class QxBreadcrumbs extends LitElement {
  static override styles = breadcrumbsStyles;

  static override properties: PropertyDeclarations = {
    label: {},
    hideLabel: { type: Boolean, reflect: true, attribute: 'hide-label' },
    separator: {},
  };

  /** Replaces the built-in lead-in ("您的当前位置：" / "You are here:") and the landmark's name. */
  label?: string;

  /** Hides the lead-in visually; it stays the landmark's accessible name. */
  hideLabel = false;

  /** The decorative mark between items, hidden from assistive technology. */
  separator = '>';

  readonly #l10n = new LocaleController(this);

  override render() {
    const label = this.label?.trim() || this.#l10n.t('breadcrumbs.label');
    // A list by role, not an <ol>: the items' <li>s sit in their own shadow roots, and an <ol>
    // may hold nothing but <li>s directly.
    return html`
      <nav part="base" aria-labelledby="label">
        <span
          id="label"
          part="label"
          class=${this.hideLabel ? 'visually-hidden' : ''}
          lang=${ifDefined(this.label ? undefined : this.#l10n.lang)}
          >${label}</span
        >
        <div part="list" role="list">
          <slot @slotchange=${this.#arrangeItems}></slot>
        </div>
      </nav>
    `;
  }

  protected override updated(): void {
    this.#arrangeItems();
  }

  /** Tells each item its separator and marks the last one as the current page. */
  readonly #arrangeItems = (): void => {
    const items = [...this.children].filter((el) => el instanceof QxBreadcrumbItem);
    items.forEach((item, index) => {
      item.separator = this.separator;
      item.current = index === items.length - 1;
    });
  };
}
