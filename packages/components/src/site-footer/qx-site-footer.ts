import { LitElement, html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { LocaleController, registerStrings } from '@qiaoxin/i18n';
import { siteFooterStrings } from './strings.js';
import { warn } from '../internal/warn.js';
import { siteFooterStyles } from './qx-site-footer.styles.js';

// On import, so setLocale('zh-Hant') before the first element is made loads its zh-Hant strings.
registerStrings(siteFooterStrings);

type Field = 'organiser' | 'address' | 'phone' | 'email' | 'icp' | 'police' | 'siteCode';
type Line = [part: string, fields: Field[]];

const lines: Line[] = [
  ['organiser', ['organiser']],
  ['contact', ['address', 'phone', 'email']],
  ['registration', ['icp', 'police', 'siteCode']],
];

const allFields = lines.flatMap(([, fields]) => fields);

const emailPattern = /^[^\s@]+@[^\s@]+$/;
const hasDigit = /\d/;

/**
 * @tagname qx-site-footer
 * @summary The bottom of a portal: 主办单位, address, phone and email, the 备案 registration line and links such as 网站地图.
 *
 * Each field is left out when absent or blank. The phone becomes a `tel:` link and the email a
 * `mailto:` link; an ICP number links to the MIIT filing site (beian.miit.gov.cn) and a
 * public-security number to the MPS filing search, both in the same tab — only when they hold
 * digits, so a placeholder (ICP备案号待填写) is never linked to the register. Labels follow the
 * reader's language; the values are shown as given, in the page's language.
 *
 * The element is not a landmark: its base is a plain `div`, because a `footer` inside shadow
 * DOM becomes the contentinfo landmark only in some browsers and a second one fails axe. Wrap
 * it in the page's own `<footer>` to make it the contentinfo landmark.
 *
 * @slot - Extra links such as 网站地图 and 联系我们, shown in a row below the lines.
 *
 * @csspart base - The wrapper of everything.
 * @csspart organiser - The 主办单位 line (label and name).
 * @csspart contact - The line of address, phone and email.
 * @csspart address - The address field.
 * @csspart phone - The phone field.
 * @csspart email - The email field.
 * @csspart registration - The line of ICP number, public-security number and website ID.
 * @csspart icp - The ICP number field.
 * @csspart police - The public-security (公安) number field.
 * @csspart site-code - The website ID (网站标识码) field.
 * @csspart links - The row around the default slot.
 *
 * @cssprop [--qx-site-footer-background=var(--qx-color-surface-subtle)] - Background of the footer.
 * @cssprop [--qx-site-footer-color=var(--qx-color-text-muted)] - Text colour.
 * @cssprop [--qx-site-footer-link-color=var(--qx-color-link)] - Colour of links, slotted ones included.
 * @cssprop [--qx-site-footer-font-size=var(--qx-font-size-sm)] - Text size.
 * @cssprop [--qx-site-footer-align=center] - Alignment of the lines: `center` or `start`.
 */
export class QxSiteFooter extends LitElement {
  static override styles = siteFooterStyles;

  static override properties: PropertyDeclarations = {
    organiser: {},
    address: {},
    phone: {},
    email: {},
    icp: {},
    police: {},
    siteCode: { attribute: 'site-code' },
  };

  /** The organisation running the site (主办单位), e.g. 重庆市归国华侨联合会. */
  organiser?: string;

  /** The postal address. */
  address?: string;

  /** The phone number, e.g. 023-63895678; a `tel:` link when it has digits. */
  phone?: string;

  /** The contact email; a `mailto:` link when it looks like an address. */
  email?: string;

  /** The ICP filing number (ICP备案号), e.g. 渝ICP备05003297号-1; links to beian.miit.gov.cn. */
  icp?: string;

  /** The public-security filing number (公安备案号); links to the MPS search for its digits. */
  police?: string;

  /** The government website ID (网站标识码), shown as text. */
  siteCode?: string;

  readonly #l10n = new LocaleController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Warned once per change of the value, not on every re-render.
    const phone = this.phone?.trim();
    if (changed.has('phone') && phone && !hasDigit.test(phone))
      warn(this, `phone "${phone}" has no digits, so it is shown as text, not a link.`);
    const email = this.email?.trim();
    if (changed.has('email') && email && !emailPattern.test(email))
      warn(this, `email "${email}" is not an address, so it is shown as text, not a link.`);
  }

  protected override firstUpdated(): void {
    if (!this.#present(allFields).length && !this.childElementCount)
      warn(this, 'nothing to show: give organiser, contact or registration details.');
  }

  /** The fields of `line` with a value, each with its trimmed text; an empty list for none. */
  #present(fields: Field[]): [Field, string][] {
    return fields.flatMap((field) => {
      const text = this[field]?.trim();
      return text ? [[field, text] as [Field, string]] : [];
    });
  }

  /** The value of a field, as a link where the value allows one. */
  #value(field: Field, text: string) {
    const link = (href: string) => html`<a href=${href}>${text}</a>`;
    if (field === 'phone' && hasDigit.test(text)) return link(`tel:${text.replace(/[^\d+]/g, '')}`);
    if (field === 'email' && emailPattern.test(text)) return link(`mailto:${text}`);
    // Only a real number (it has digits) is linked: a placeholder such as 待填写 never points
    // readers at the register.
    if (field === 'icp' && hasDigit.test(text)) return link('https://beian.miit.gov.cn/');
    if (field === 'police' && hasDigit.test(text))
      return link(`https://beian.mps.gov.cn/#/query/webSearch?code=${text.replace(/\D/g, '')}`);
    return text;
  }

  override render() {
    const { t, lang } = this.#l10n;
    const suffix = t('siteFooter.labelSuffix');
    return html`<div part="base">
      ${lines.map(([name, fields]) => {
        const present = this.#present(fields);
        // The space after each field keeps fields apart for screen readers; the flex gap shows it.
        return present.length
          ? html`<div part=${name} class="line">
              ${present.map(
                ([field, text]) =>
                  // The organiser's line is its part; a second part of the same name would be ambiguous.
                  html`<span
                    part=${field === 'organiser' ? nothing : field === 'siteCode' ? 'site-code' : field}
                    ><span lang=${lang}>${t(`siteFooter.${field}`)}${suffix}</span
                    >${this.#value(field, text)}</span
                  > `,
              )}
            </div>`
          : nothing;
      })}
      <div part="links"><slot></slot></div>
    </div>`;
  }
}
