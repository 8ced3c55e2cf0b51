import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { LocaleController, registerStrings } from '@qiaoxin/i18n';
import { paginationStrings } from './strings.js';
import { isSafeUrl } from '../internal/safe-url.js';
import { warn } from '../internal/warn.js';
import { paginationStyles } from './qx-pagination.styles.js';

// On import, so setLocale('zh-Hant') before the first element is made loads its zh-Hant strings.
registerStrings(paginationStrings);

/** The pages to show around `current`: first, last, neighbours; 0 stands for an ellipsis. */
export function pageWindow(current: number, total: number): number[] {
  const shown = [...new Set([1, current - 1, current, current + 1, total])]
    .filter((page) => page >= 1 && page <= total)
    .sort((a, b) => a - b);
  const pages: number[] = [];
  for (const page of shown) {
    const gap = page - (pages.at(-1) ?? 0);
    // A gap of one page shows that page: "…" must never hide just one number.
    if (gap === 2) pages.push(page - 1);
    if (gap > 2) pages.push(0);
    pages.push(page);
  }
  return pages;
}

/**
 * @tagname qx-pagination
 * @summary Page links for a column's list (上一页 1 … 4 5 6 … 12 下一页); plain links, so paging works without JavaScript.
 *
 * @csspart base - The `nav` landmark, named 分页 / Pagination.
 * @csspart link - Every link: page numbers, previous and next.
 * @csspart current - The current page, text marked `aria-current="page"`.
 * @csspart previous - The link to the previous page; absent on the first page.
 * @csspart next - The link to the next page; absent on the last page.
 * @csspart ellipsis - The "…" standing for skipped pages, hidden from assistive technology.
 * @csspart status - The "第2页，共12页" text shown instead of links when no page URL can be built.
 *
 * @cssprop [--qx-pagination-link-color=var(--qx-color-link)] - Colour of the links.
 * @cssprop [--qx-pagination-border-color=var(--qx-color-border)] - Border of each page link.
 * @cssprop [--qx-pagination-current-background=var(--qx-color-primary)] - Background of the current page.
 * @cssprop [--qx-pagination-current-color=var(--qx-color-on-primary)] - Text colour of the current page.
 */
export class QxPagination extends LitElement {
  static override styles = paginationStyles;

  static override properties: PropertyDeclarations = {
    current: {},
    total: {},
    hrefTemplate: { attribute: 'href-template' },
    firstHref: { attribute: 'first-href' },
    label: {},
  };

  /** The page shown now, from 1; out of range is clamped with a warning. */
  current?: string | number;

  /** How many pages the list has; 1 (or none) renders nothing. */
  total?: string | number;

  /** Each page's URL with `{page}` for its number, e.g. `/llxx/index_{page}.html`. */
  hrefTemplate?: string;

  /** Page 1's URL when it does not follow the template (Chinese CMSs use `index.html`). */
  firstHref?: string;

  /** Replaces the landmark's name (分页 / Pagination), e.g. to tell two paginations on a page apart. */
  label?: string;

  readonly #l10n = new LocaleController(this);
  #current = 1;
  #total = 1;
  #template?: string;
  #first?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('total')) this.#total = this.#count('total', this.total, 1, Infinity);
    if (changed.has('total') || changed.has('current'))
      this.#current = this.#count('current', this.current, 1, this.#total);
    if (changed.has('hrefTemplate'))
      this.#template = this.#url('href-template', this.hrefTemplate, true);
    if (changed.has('firstHref')) this.#first = this.#url('first-href', this.firstHref);
  }

  /** A whole number clamped to [min, max], warning about anything else; absent means min. */
  #count(name: string, value: unknown, min: number, max: number): number {
    const text = String(value ?? '').trim();
    const number = /^-?\d+$/.test(text) ? Number(text) : min;
    const clamped = Math.min(Math.max(number, min), max, Number.MAX_SAFE_INTEGER);
    if (text && clamped !== Number(text))
      warn(this, `${name} "${text}" is invalid; used ${clamped}.`);
    return clamped;
  }

  /** A safe URL (a template must hold {page}); anything else is refused with a warning. */
  #url(name: string, value?: string, template = false): string | undefined {
    const url = value?.trim();
    if (!url || (isSafeUrl(url) && (!template || url.includes('{page}')))) return url || undefined;
    warn(this, `refused ${name} "${url}": unsafe, or a template without {page}.`);
  }

  override render() {
    const { lang, t } = this.#l10n;
    const [current, total, template] = [this.#current, this.#total, this.#template];
    if (total === 1) return nothing;
    const body = template
      ? this.#links(current, total, template)
      : html`<p part="status">${t('pagination.status', { page: current, total })}</p>`;
    return html`<nav
      part="base"
      aria-label=${this.label?.trim() || t('pagination.label')}
      lang=${lang}
    >
      ${body}
    </nav>`;
  }

  /** 上一页, the page numbers with ellipses, 下一页; the current page is text. */
  #links(current: number, total: number, template: string) {
    const { t } = this.#l10n;
    const href = (page: number) =>
      (page === 1 && this.#first) || template.replaceAll('{page}', String(page));
    const label = (page: number) => t('pagination.page', { page });
    const step = (page: number, name: 'previous' | 'next') =>
      html`<li>
        <a part="link ${name}" href=${href(page)} rel=${name.slice(0, 4)}
          >${t(`pagination.${name}`)}</a
        >
      </li>`;
    return html`<ul role="list">
      ${current > 1 ? step(current - 1, 'previous') : nothing}
      ${pageWindow(current, total).map((page) =>
        page === 0
          ? html`<li part="ellipsis" aria-hidden="true">…</li>`
          : page === current
            ? html`<li>
                <span part="current" aria-current="page"
                  ><span class="visually-hidden">${label(page)}</span
                  ><span aria-hidden="true">${page}</span></span
                >
              </li>`
            : html`<li>
                <a part="link" href=${href(page)} aria-label=${label(page)}>${page}</a>
              </li>`,
      )}
      ${current < total ? step(current + 1, 'next') : nothing}
    </ul>`;
  }
}
