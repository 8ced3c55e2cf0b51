/** Pieces several pages share: section headings, news lists, stat groups, breadcrumbs. */
import { html, nothing, type TemplateResult } from 'lit';
import { langOf, type Locale } from '@qiaoxin/i18n';
import type { PublishedImage } from '../markdown/markdown.js';
import type { PublishedFile } from '../markdown/media.js';
import type { Article, Site } from '../site/types.js';
import { urlOf, localeText } from './routes.js';
import { siteText } from './strings.js';
import { renderedOnce } from './raw-html.js';

export interface PageContext {
  site: Site;
  locale: Locale;
  /** The pictures the build published, by their URL as written in the Markdown. */
  images: ReadonlyMap<string, PublishedImage>;
  /** Attachments, videos and captions the build published, by their path in content/. */
  files: ReadonlyMap<string, PublishedFile>;
}

/** `lang` for content written in `lang` on a page in `locale`, when they differ. */
export const contentLang = (locale: Locale, lang: Locale) =>
  lang === locale ? nothing : langOf(lang);

export function sectionHeading(
  locale: Locale,
  text: string,
  caption?: string,
  more?: string,
): TemplateResult {
  return html`<qx-section-heading
    lang=${langOf(locale)}
    caption=${caption || nothing}
    more-href=${more ?? nothing}
    >${text}</qx-section-heading
  >`;
}

export function newsList({ site, locale }: PageContext, articles: Article[]): TemplateResult {
  return html`<qx-news-list lang=${langOf(locale)}
    >${articles.map(
      (a) =>
        html`<qx-news-item href=${urlOf(site, locale, a.path)} date=${a.published.iso}
          ><span lang=${contentLang(locale, a.lang)}>${a.title}</span></qx-news-item
        >`,
    )}</qx-news-list
  >`;
}

export function articlesOrNone(ctx: PageContext, articles: Article[]): TemplateResult {
  return articles.length
    ? newsList(ctx, articles)
    : html`<p class="empty">${siteText(ctx.locale, 'noArticles')}</p>`;
}

export function statGroup({ site, locale }: PageContext, id: string): TemplateResult {
  const group = site.stats[id];
  if (!group) return html``;
  return html`<qx-stat-group lang=${langOf(locale)} heading=${localeText(locale, group.heading)}>
    ${group.items.map(
      (item) =>
        html`<qx-stat-counter
          lang=${langOf(locale)}
          value=${item.value}
          unit=${item.unit ? unitText(locale, item.unit) : nothing}
          label=${localeText(locale, item.label)}
          notation=${item.notation ?? nothing}
          qualifier=${item.qualifier ?? nothing}
        ></qx-stat-counter>`,
    )}
  </qx-stat-group>`;
}

/**
 * A unit in the page's language. `en: ""` means "no unit in English" (67, not 67个), so only a
 * missing translation falls back to Chinese, unlike `localeText`, which also skips empty text.
 */
const unitText = (locale: Locale, unit: { zh: string; en?: string | undefined }) =>
  locale === 'en' ? (unit.en ?? unit.zh) : unit.zh;

/**
 * The trail to a page. Rendered once per edition and trail (raw-html.ts): every article of a
 * section has the same one (首页 > section > 正文), and its four elements were about a tenth of
 * rendering an article page. Not indexed for search: every article's indexed text began with
 * it, so a section's name found all of its articles.
 */
export function breadcrumbs(ctx: PageContext, trail: [string, string?][]): unknown {
  return renderedOnce(ctx.site, `breadcrumbs ${ctx.locale} ${JSON.stringify(trail)}`, () => {
    return html`<qx-breadcrumbs data-pagefind-ignore lang=${langOf(ctx.locale)}
      >${trail.map(([label, href], i) =>
        i === trail.length - 1
          ? html`<qx-breadcrumb-item current>${label}</qx-breadcrumb-item>`
          : html`<qx-breadcrumb-item href=${href ?? nothing}>${label}</qx-breadcrumb-item>`,
      )}</qx-breadcrumbs
    >`;
  });
}

/** The way to a list's other pages: `first`, then `first` + `page/2/`, …. */
export function pagination(
  { locale }: PageContext,
  route: { page: number; pages: number },
  first: string,
) {
  return route.pages > 1
    ? html`<qx-pagination
        lang=${langOf(locale)}
        current=${route.page}
        total=${route.pages}
        first-href=${first}
        href-template=${`${first}page/{page}/`}
      ></qx-pagination>`
    : nothing;
}
