import { LitElement, html } from 'lit';
import { LocaleController, registerStrings } from '@qiaoxin/i18n';
import { answerLocale, updateItems } from '../internal/list-item.js';
import { linkGroupsStrings } from './strings.js';
import { linkGroupsStyles } from './qx-link-groups.styles.js';

registerStrings(linkGroupsStrings);

/**
 * @tagname qx-link-groups
 * @summary 友情链接: groups of external links (上级侨联, 政府网站 …), each a disclosure that opens to its links.
 *
 * Each group is a native `<details>`/`<summary>`: it opens by click, Enter or Space with no
 * script at all (the server-rendered HTML works as it is), every link is an ordinary link
 * reached by Tab once its group is open, and assistive technology announces it as a
 * collapsed or expanded button. Never a `<select>` that navigates when its value changes,
 * which keyboard users trigger by accident and which hides where a link goes.
 *
 * @slot - The groups: `<qx-link-group>` elements.
 *
 * @csspart base - The box laying the groups out: side by side while they fit, stacked on a phone.
 *
 * @cssprop [--qx-link-groups-gap=var(--qx-space-4)] - Space between the groups.
 */
export class QxLinkGroups extends LitElement {
  static override styles = linkGroupsStyles;

  readonly #l10n = new LocaleController(this);

  constructor() {
    super();
    answerLocale(this, this.#l10n);
  }

  override render() {
    return html`<div part="base"><slot @slotchange=${() => updateItems(this)}></slot></div>`;
  }

  protected override updated(): void {
    updateItems(this);
  }
}
