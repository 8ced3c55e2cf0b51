import { LitElement, html, type PropertyDeclarations } from 'lit';
import { LocaleController, i18n, registerStrings } from '@qiaoxin/i18n';
import { itemLocale } from '../internal/list-item.js';
import { warn } from '../internal/warn.js';
import { linkGroupsStrings } from './strings.js';
import { linkGroupStyles } from './qx-link-groups.styles.js';

registerStrings(linkGroupsStrings);

/**
 * @tagname qx-link-group
 * @summary One group of links in a `<qx-link-groups>`: a summary naming the group, and its links once opened.
 *
 * @slot - The group's links: ordinary `<a href>` elements, whose text is their label.
 *
 * @csspart base - The `details` element.
 * @csspart summary - The `summary` naming the group (the control that opens it).
 * @csspart links - The box around the links.
 *
 * @cssprop [--qx-link-groups-link-color=var(--qx-color-link)] - Colour of the links.
 * @cssprop [--qx-link-groups-border-color=var(--qx-color-border)] - Colour of the group's border.
 */
export class QxLinkGroup extends LitElement {
  static override styles = linkGroupStyles;

  static override properties: PropertyDeclarations = {
    label: {},
    open: { type: Boolean, reflect: true },
  };

  /** The group's name, e.g. 上级侨联. Without one the group is called 友情链接 / Links, with a warning. */
  label?: string;

  /** Whether the group is open; follows the reader opening and closing it. */
  open = false;

  readonly #l10n = new LocaleController(this);

  protected override firstUpdated(): void {
    if (!this.label?.trim()) warn(this, 'has no label; give each group a name.');
  }

  override render() {
    const label =
      this.label?.trim() ||
      String(i18n.t('linkGroups.label', { lng: itemLocale(this, this.#l10n) }));
    return html`<details part="base" ?open=${this.open} @toggle=${this.#toggled}>
      <summary part="summary">${label}</summary>
      <div part="links"><slot></slot></div>
    </details>`;
  }

  readonly #toggled = (event: Event): void => {
    this.open = (event.target as HTMLDetailsElement).open;
  };
}
