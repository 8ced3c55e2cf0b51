import { LitElement, html } from 'lit';
import { LocaleController, registerStrings } from '@qiaoxin/i18n';
import { answerLocale, updateItems } from '../internal/list-item.js';
import { attachmentStrings } from './strings.js';
import { attachmentListStyles } from './qx-attachment-list.styles.js';

registerStrings(attachmentStrings);

/**
 * @tagname qx-attachment-list
 * @summary 附件: the files attached to an article or notice, one per line, each as 「附件：名称（PDF，1.2 MB）」.
 *
 * A list with no files shows nothing.
 *
 * @slot - The files: `<qx-attachment>` elements.
 *
 * @csspart base - The list (also exposed as `list`).
 * @csspart list - The list of files.
 *
 * @cssprop [--qx-attachment-link-color=var(--qx-color-link)] - Colour of the file links.
 * @cssprop [--qx-attachment-link-hover-color=var(--qx-color-link-hover)] - Colour of a hovered file link.
 * @cssprop [--qx-attachment-details-color=var(--qx-color-text-muted)] - Colour of the type and size.
 */
export class QxAttachmentList extends LitElement {
  static override styles = attachmentListStyles;

  readonly #l10n = new LocaleController(this);

  constructor() {
    super();
    answerLocale(this, this.#l10n);
  }

  override render() {
    return html`<div part="base list" role="list">
      <slot @slotchange=${() => updateItems(this)}></slot>
    </div>`;
  }

  protected override updated(): void {
    updateItems(this);
  }
}
