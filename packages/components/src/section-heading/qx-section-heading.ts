import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
// Lit's static templates are the documented way to choose a tag name (h1–h6) at run time.
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag, parseLevel } from '../internal/heading.js';
import { LocaleController, registerStrings } from '@qiaoxin/i18n';
import { sectionHeadingStrings } from './strings.js';
import { isSafeUrl } from '../internal/safe-url.js';
import { warn } from '../internal/warn.js';
import { sectionHeadingStyles } from './qx-section-heading.styles.js';

// On import, so setLocale('zh-Hant') before the first element is made loads its zh-Hant strings.
registerStrings(sectionHeadingStrings);

/**
 * @tagname qx-section-heading
 * @summary A home-page section title with a small English caption and a "更多" / "More" link, e.g. 侨联动态 FEDERATION NEWS.
 *
 * @slot - The section title, e.g. 侨联动态.
 *
 * @csspart base - The row holding heading and link, with the accent rule.
 * @csspart heading - The `h1`–`h6` element.
 * @csspart caption - The English caption beside the title.
 * @csspart more - The "更多" / "More" link.
 *
 * @cssprop [--qx-section-heading-font-size=var(--qx-font-size-xl)] - Text size of the title.
 * @cssprop [--qx-section-heading-accent-color=var(--qx-color-primary)] - Colour of the accent rule.
 * @cssprop [--qx-section-heading-caption-color=var(--qx-color-text-muted)] - Colour of the caption.
 * @cssprop [--qx-section-heading-link-color=var(--qx-color-link)] - Colour of the more link.
 */
export class QxSectionHeading extends LitElement {
  static override styles = sectionHeadingStyles;

  static override properties: PropertyDeclarations = {
    caption: {},
    level: {},
    moreHref: { attribute: 'more-href' },
  };

  /** The small English caption, e.g. FEDERATION NEWS; marked `lang="en"`. */
  caption?: string;

  /** The heading level, 1–6; anything else falls back to 2 with a warning. */
  level: string | number = 2;

  /** Where "更多" / "More" leads: a relative URL, or http, https, mailto or tel. Other schemes are refused. */
  moreHref?: string;

  readonly #l10n = new LocaleController(this);

  /** Whether the title slot is empty; known only in the browser. */
  #untitled = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#untitled = !this.textContent?.trim();
  }

  readonly #titleChanged = (): void => {
    this.#untitled = !this.textContent?.trim();
    this.requestUpdate();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('level') && parseLevel(this.level) === undefined)
      warn(this, `invalid level "${this.level}"; using 2.`);
    if (changed.has('moreHref') && this.moreHref && !isSafeUrl(this.moreHref))
      warn(this, `refused unsafe more-href "${this.moreHref}"; the link is left out.`);
  }

  protected override firstUpdated(): void {
    if (this.#untitled) warn(this, 'has no title; put it inside the element.');
  }

  override render() {
    const tag = headingTag(this.level);
    const href = this.moreHref && isSafeUrl(this.moreHref) ? this.moreHref : undefined;
    const caption = this.caption?.trim();
    // The caption is a decorative translation of the title, so it is aria-hidden: a screen
    // reader hears 侨联动态 once, and heading navigation lists short, distinct names, instead
    // of every title twice (with the uppercase English often spelt out letter by letter).
    // The link is named "更多 侨联动态" / "More 侨联动态" through aria-labelledby, so each
    // section's link is distinct; "title" wraps the slot, so this works without copying text.
    // Without a title the caption is all there is, so it is read rather than leave the heading empty.
    return staticHtml`<div part="base">
      <${tag} part="heading"
        ><span id="title"><slot @slotchange=${this.#titleChanged}></slot></span
        >${
          caption
            ? html`<span part="caption" lang="en" aria-hidden=${this.#untitled ? 'false' : 'true'}
                >${caption}</span
              >`
            : nothing
        }</${tag}
      >${
        href
          ? html`<a part="more" href=${href} aria-labelledby="more title"
              ><span id="more" lang=${this.#l10n.lang}
                >${this.#l10n.t('sectionHeading.more')}</span
              ></a
            >`
          : nothing
      }
    </div>`;
  }
}
