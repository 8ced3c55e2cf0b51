import {
  LitElement,
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { LocaleController, registerStrings, type Locale } from '@qiaoxin/i18n';
import { articleMetaStrings } from './strings.js';
import { parseStamp, formatStamp, type Stamp } from '../internal/date.js';
import { formatNumber } from '../internal/format.js';
import { isSafeUrl } from '../internal/safe-url.js';
import { warn } from '../internal/warn.js';
import { articleMetaStyles } from './qx-article-meta.styles.js';

// On import, so setLocale('zh-Hant') before the first element is made loads its zh-Hant strings.
registerStrings(articleMetaStrings);

/** A view count: a non-negative whole number (digits only, so no -1, 1.5, 1e3 or Infinity). */
function parseCount(value: string): number | undefined {
  const count = Number(value);
  return /^\d+$/.test(value) && Number.isSafeInteger(count) ? count : undefined;
}

/**
 * @tagname qx-article-meta
 * @summary The line under an article's title: 发布时间, 更新时间, 作者, 来源 and 浏览次数, each left out when absent or invalid.
 *
 * @csspart base - The container of all fields; absent when no field is valid.
 * @csspart published - The publication date field (label and date).
 * @csspart updated - The last-modified date field.
 * @csspart author - The author field.
 * @csspart source - The source field.
 * @csspart views - The view count field.
 *
 * @cssprop [--qx-article-meta-color=var(--qx-color-text-muted)] - Text colour of the line.
 * @cssprop [--qx-article-meta-font-size=var(--qx-font-size-sm)] - Text size of the line.
 */
export class QxArticleMeta extends LitElement {
  static override styles = articleMetaStyles;

  static override properties: PropertyDeclarations = {
    published: {},
    updatedAt: { attribute: 'updated' },
    author: {},
    source: {},
    views: {},
    viewsSrc: { attribute: 'views-src' },
  };

  /** When the article was published: `YYYY-MM-DD`, optionally with a time and an offset. */
  published?: string;

  /**
   * When the article was last changed (the `updated` attribute), in the same form as `published`.
   * Not named `updated`: that is LitElement's lifecycle method.
   */
  updatedAt?: string;

  /** Who wrote the article. */
  author?: string;

  /** Where the article comes from, e.g. 本站原创. */
  source?: string;

  /** How often the article was read: a non-negative whole number. */
  views?: string | number;

  /** A URL answering `{"views": n}`, fetched on connect; a valid answer replaces `views`. */
  viewsSrc?: string;

  /** The count fetched from `viewsSrc`, which wins over the `views` attribute. */
  #fetchedViews?: number;

  readonly #l10n = new LocaleController(this);
  #published?: Stamp;
  #updated?: Stamp;
  #views?: number;
  #abort?: AbortController;

  override connectedCallback(): void {
    super.connectedCallback();
    // The first load happens in willUpdate; this covers an element moved back into the page.
    if (this.hasUpdated) this.#loadViews();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Parsed (and warned about) once per change, not on every re-render.
    if (changed.has('published'))
      this.#published = this.#parse('published', this.published, parseStamp);
    if (changed.has('updatedAt'))
      this.#updated = this.#parse('updated', this.updatedAt, parseStamp);
    if (changed.has('views')) this.#views = this.#parse('views', this.views, parseCount);
    if (changed.has('viewsSrc')) this.#loadViews();
  }

  /** Parses an attribute, warning about a bad value; an absent or blank one is simply left out. */
  #parse<T>(name: string, value: unknown, parse: (text: string) => T | undefined): T | undefined {
    const text = String(value ?? '').trim();
    const parsed = text ? parse(text) : undefined;
    if (text && parsed === undefined) warn(this, `ignored invalid ${name} "${text}".`);
    return parsed;
  }

  #loadViews(): void {
    this.#abort?.abort();
    const url = this.viewsSrc?.trim();
    if (!url) return;
    if (!isSafeUrl(url)) return warn(this, `refused unsafe views-src "${url}".`);
    const abort = (this.#abort = new AbortController());
    fetch(url, { signal: abort.signal })
      .then((response) =>
        response.ok ? response.json() : Promise.reject(`HTTP ${response.status}`),
      )
      .then((data: { views?: unknown } | null) => {
        const count = parseCount(String(data?.views));
        if (count === undefined) throw 'no valid "views" count';
        this.#fetchedViews = count;
        this.requestUpdate();
      })
      // Leaving the page aborts the request on purpose; that is not worth a warning.
      .catch(
        (error: unknown) =>
          abort.signal.aborted || warn(this, `could not load views from "${url}": ${error}`),
      );
  }

  #time(stamp: Stamp, locale: Locale, lang: string): TemplateResult {
    return html`<time datetime=${stamp.iso} lang=${lang}>${formatStamp(stamp, locale)}</time>`;
  }

  override render() {
    const { locale, lang, t } = this.#l10n;
    const views = this.#fetchedViews ?? this.#views;
    const fields = (
      [
        ['published', this.#published && this.#time(this.#published, locale, lang)],
        ['updated', this.#updated && this.#time(this.#updated, locale, lang)],
        ['author', this.author?.trim()],
        ['source', this.source?.trim()],
        ['views', views === undefined ? undefined : formatNumber(views, locale)],
      ] as const
    ).filter(([, value]) => value);
    if (!fields.length) return nothing;
    const suffix = t('articleMeta.labelSuffix');
    // Each field and the separator after it form one unit, so a line breaks between fields.
    return html`<span part="base"
      >${fields.map(
        ([name, value], index) =>
          html`<span class="unit"
            ><span part=${name}
              ><span class="label" lang=${lang}>${t(`articleMeta.${name}`)}${suffix}</span
              >${value}</span
            >${
              index < fields.length - 1
                ? html`<span class="separator" aria-hidden="true"
                    >${t('articleMeta.separator')}</span
                  >`
                : nothing
            }</span
          >`,
      )}</span
    >`;
  }
}
