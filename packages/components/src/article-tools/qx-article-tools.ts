import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { LocaleController, registerStrings } from '@qiaoxin/i18n';
import { articleToolsStrings } from './strings.js';
import { articleToolsStyles } from './qx-article-tools.styles.js';

// On import, so setLocale('zh-Hant') before the first element is made loads its zh-Hant strings.
registerStrings(articleToolsStrings);

/**
 * @tagname qx-article-tools
 * @summary TODO: what it is, with a real example from a federation portal.
 *
 * @slot - The content, e.g. TODO.
 *
 * @csspart base - The outer box.
 * @csspart label - The label before the content: 标签 / Label unless `label` is set.
 *
 * @cssprop [--qx-article-tools-label-color=var(--qx-color-text-muted)] - Colour of the label.
 */
export class QxArticleTools extends LitElement {
  static override styles = articleToolsStyles;

  static override properties: PropertyDeclarations = {
    label: {},
  };

  /** Replaces the built-in label; written as it should read. */
  label?: string;

  readonly #l10n = new LocaleController(this);

  override render() {
    const label = this.label?.trim();
    return html`<div part="base">
      <span part="label" lang=${label ? nothing : this.#l10n.lang}
        >${label || this.#l10n.t('articleTools.label')}</span
      >
      <slot></slot>
    </div>`;
  }
}
