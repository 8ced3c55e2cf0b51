import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { isSafeUrl } from '../internal/safe-url.js';
import { warn } from '../internal/warn.js';
import { breadcrumbItemStyles } from './qx-breadcrumb-item.styles.js';

/**
 * @tagname qx-breadcrumb-item
 * @summary One step of a `<qx-breadcrumbs>` trail: a link, or plain text for the current page.
 *
 * @slot - The step's name.
 *
 * @csspart link - The link to the step's page.
 * @csspart item - The step's list item (`<li>`), inside the trail's `<ol>`.
 * @csspart label - The text of a step that is not a link (the current page, with `aria-current="page"`, or no `href`).
 * @csspart separator - The decorative mark after the step.
 */
export class QxBreadcrumbItem extends LitElement {
  static override styles = breadcrumbItemStyles;

  static override properties: PropertyDeclarations = {
    href: {},
    separator: {},
    current: { type: Boolean, reflect: true },
  };

  /** Where the step leads: a relative URL, or http, https, mailto or tel. Other schemes are refused. */
  href?: string;

  /** The mark after this step; set by the parent `<qx-breadcrumbs>`. */
  separator = '>';

  /**
   * Whether this step is the current page; the parent sets it on the last step, which then
   * renders as text with `aria-current="page"`.
   */
  current = false;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // The parent's shadow <ol> holds these items through its slot; each item's own shadow root
    // holds the <li>. The host itself is no list item (`role="none"`: written here rather than on
    // connect, so server rendering writes it too): a light-DOM `role="listitem"` whose list sits
    // in another shadow root is invalid HTML to a checker that cannot see that list.
    if (!this.hasUpdated && !this.hasAttribute('role')) this.setAttribute('role', 'none');
    if (changed.has('href') && this.href && !isSafeUrl(this.href)) {
      warn(this, `refused unsafe href "${this.href}"; the item is shown as text.`);
    }
  }

  override render() {
    const href = this.href && isSafeUrl(this.href) ? this.href : undefined;
    const content =
      href && !this.current
        ? html`<a part="link" href=${href}><slot></slot></a>`
        : html`<span part="label" aria-current=${this.current ? 'page' : nothing}
            ><slot></slot
          ></span>`;
    const separator = this.current
      ? nothing
      : html`<span part="separator" aria-hidden="true">${this.separator}</span>`;
    return html`<li part="item">${content}${separator}</li>`;
  }
}
