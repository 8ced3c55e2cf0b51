import { LitElement, html, isServer } from 'lit';
import { LocaleController, registerStrings } from '@qiaoxin/i18n';
import { answerLocale, updateItems } from '../internal/list-item.js';
import { noticeListStrings } from './strings.js';
import { noticeListStyles } from './qx-notice-list.styles.js';

// On import, so setLocale('zh-Hant') before the first element is made loads its zh-Hant strings.
registerStrings(noticeListStrings);

/**
 * @tagname qx-notice-list
 * @summary 通知公告: short dated notices, pinned (置顶) ones first, e.g. high on a home page.
 *
 * Pinned items move to the top by slot, not by script: each pinned `<qx-notice-item>` puts
 * itself in the list's `pinned` slot, which comes first in the shadow list. So the order is
 * the same on the screen, for screen readers, for the Tab key and in the server-rendered HTML
 * before any script runs. Within each group the items keep the order they are written in:
 * write them newest first (site-kit does).
 *
 * @slot - The notices: `<qx-notice-item>` elements, newest first.
 * @slot pinned - Filled by the pinned items themselves; do not put anything here.
 *
 * @csspart base - The list (also exposed as `list`).
 * @csspart list - The list of notices.
 * @csspart empty - The "暂无通知" / "No notices" text shown when there are no notices.
 *
 * @cssprop [--qx-notice-list-link-color=var(--qx-color-link)] - Colour of the title links.
 * @cssprop [--qx-notice-list-muted-color=var(--qx-color-text-muted)] - Colour of dates, attachment counts and the empty text.
 * @cssprop [--qx-notice-list-pinned-color=var(--qx-color-primary)] - Colour of the 置顶 / Pinned badge and its border.
 * @cssprop [--qx-notice-list-divider-color=var(--qx-color-divider)] - Colour of the rule under each notice.
 */
export class QxNoticeList extends LitElement {
  static override styles = noticeListStyles;

  readonly #l10n = new LocaleController(this);

  constructor() {
    super();
    answerLocale(this, this.#l10n);
  }

  override render() {
    const { t } = this.#l10n;
    // The server cannot see the items, so it assumes there are some.
    const empty = !isServer && !this.childElementCount;
    return html`<div
        part="base list"
        role="list"
        ?hidden=${empty}
        @slotchange=${() => this.requestUpdate()}
      >
        <slot name="pinned"></slot><slot></slot>
      </div>
      <p part="empty" ?hidden=${!empty}>${t('noticeList.empty')}</p>`;
  }

  protected override updated(): void {
    updateItems(this);
  }
}
