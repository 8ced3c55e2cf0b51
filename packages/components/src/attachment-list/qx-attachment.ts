import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { LocaleController, i18n, registerStrings, type Locale } from '@qiaoxin/i18n';
import { formatNumber } from '../internal/format.js';
import { beListItem, itemLocale, readCount, safeUrl } from '../internal/list-item.js';
import { warn } from '../internal/warn.js';
import { attachmentStrings } from './strings.js';
import { attachmentStyles } from './qx-attachment.styles.js';

registerStrings(attachmentStrings);

/** What each `type` is called: the names readers know from their office software. */
const typeNames: Record<string, string> = {
  pdf: 'PDF',
  doc: 'Word',
  docx: 'Word',
  xls: 'Excel',
  xlsx: 'Excel',
  ppt: 'PowerPoint',
  pptx: 'PowerPoint',
  zip: 'ZIP',
  other: '',
};

/**
 * A file size as people read it: 1024-based, one decimal below 10 (1.2 MB, 12 kB), in the
 * locale's number format and unit (Intl), e.g. 1,258.3 MB in English but 1258.3 MB in Chinese.
 */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['kilobyte', 'megabyte', 'gigabyte'];
  let unit = 0;
  let value = bytes / 1024;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return formatNumber(value, locale, {
    style: 'unit',
    unit: units[unit],
    maximumFractionDigits: value < 10 ? 1 : 0,
  });
}

/**
 * @tagname qx-attachment
 * @summary One file in a `<qx-attachment-list>`: 「附件：名称（PDF，1.2 MB）」, the name and the details a link to the file.
 *
 * Type and size are inside the link, so its accessible name says what the reader will get
 * before following it. An unknown `type` or an unreadable `bytes` is left out with a warning.
 *
 * @slot - The file's name as readers should see it (text), e.g. 2024年工作计划.
 *
 * @csspart prefix - The lead-in 附件： / Attachment:.
 * @csspart link - The link to the file.
 * @csspart name - The file's name.
 * @csspart details - The type and size, in brackets.
 */
export class QxAttachment extends LitElement {
  static override styles = attachmentStyles;

  static override properties: PropertyDeclarations = {
    href: {},
    type: {},
    bytes: {},
  };

  /** The file's URL: relative, or http, https, mailto or tel. Other schemes are refused. */
  href?: string;

  /** The kind of file: `pdf`, `doc`, `docx`, `xls`, `xlsx`, `ppt`, `pptx`, `zip` or `other`. */
  type?: string;

  /** The file's size in bytes, a whole number, e.g. 1258291 (shown as 1.2 MB). */
  bytes?: string;

  readonly #l10n = new LocaleController(this);
  #type = '';
  #bytes?: number;

  protected override willUpdate(changed: PropertyValues<this>): void {
    beListItem(this);
    if (changed.has('href')) safeUrl(this, this.href, true);
    if (changed.has('bytes')) this.#bytes = readCount(this, 'bytes', this.bytes);
    if (changed.has('type')) {
      const type = this.type?.trim().toLowerCase() || 'other';
      if (!(type in typeNames)) warn(this, `ignored unknown type "${this.type}".`);
      this.#type = typeNames[type] ?? '';
    }
  }

  override render() {
    const locale = itemLocale(this, this.#l10n);
    const t = (key: string, details?: string) =>
      String(i18n.t(`attachment.${key}`, { lng: locale, details }));
    const href = safeUrl(this, this.href);
    const facts = [this.#type, this.#bytes === undefined ? '' : formatBytes(this.#bytes, locale)];
    const details = facts.filter(Boolean).join(t('separator'));
    const name = html`<span part="name"><slot></slot></span>${
        details ? html`<span part="details">${t('details', details)}</span>` : nothing
      }`;
    return html`<li>
      <span part="prefix">${t('prefix')}</span>${
        href ? html`<a part="link" href=${href}>${name}</a>` : name
      }
    </li>`;
  }
}
