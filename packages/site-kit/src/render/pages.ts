import { html, nothing, type TemplateResult } from 'lit';
import { langOf, type Locale } from '@qiaoxin/i18n';
import { markdownBody } from '../markdown/body.js';
import type { PublishedImage } from '../markdown/markdown.js';
import type { Article, Page, Site } from '../site/load.js';
import {
  listPath,
  localeText,
  searchBundleOf,
  urlOf,
  type Category,
  type Route,
} from './routes.js';
import { siteText } from './strings.js';
import { converterOf } from './traditional.js';
import { editionFolderOf, siteTargetOf } from '../site/editions.js';

export interface PageContext {
  site: Site;
  locale: Locale;
  /** The pictures the build published, by their URL as written in the Markdown. */
  images: ReadonlyMap<string, PublishedImage>;
}

/** The `<main>` content of a route, and the page's own title for `<h1>` and `<title>`. */
export function content(ctx: PageContext, route: Route): { title: string; main: TemplateResult } {
  const { site, locale } = ctx;
  const t = (key: Parameters<typeof siteText>[1], values?: Record<string, string | number>) =>
    siteText(locale, key, values);
  switch (route.kind) {
    case 'home':
      return { title: localeText(locale, site.config.name), main: home(ctx) };
    case 'about': {
      const about = site.about as Page;
      const title = locale === 'en' && about.lang !== 'en' ? t('about') : about.title;
      return { title, main: document(ctx, about, html`<h1>${about.title}</h1>`) };
    }
    case 'article':
      return { title: route.article.title, main: article(ctx, route.article, route.category) };
    case 'list': {
      const name = localeText(locale, route.category);
      const title = route.page > 1 ? t('listTitle', { category: name, page: route.page }) : name;
      return { title, main: list(ctx, route, title) };
    }
    case 'sitemap':
      return { title: t('sitemap'), main: sitemap(ctx) };
    case 'search':
      return { title: t('search'), main: search(ctx) };
    case 'not-found':
      return { title: t('notFoundTitle'), main: notFound(ctx) };
  }
}

/** `lang` for content written in `lang` on a page in `locale`, when they differ. */
const contentLang = (locale: Locale, lang: Locale) => (lang === locale ? nothing : langOf(lang));

function home(ctx: PageContext): TemplateResult {
  const { site, locale } = ctx;
  const [lead] = site.articles;
  return html`<h1 class="visually-hidden">${localeText(locale, site.config.name)}</h1>
    ${
      lead
        ? html`<section class="highlight">
            ${sectionHeading(siteText(locale, 'highlight'), siteText(locale, 'highlightCaption'))}
            <div class="lead" lang=${contentLang(locale, lead.lang)}>
              <h3><a href=${urlOf(site, locale, lead.path)}>${lead.title}</a></h3>
              ${lead.subtitle ? html`<p class="subtitle">${lead.subtitle}</p>` : nothing}
              ${lead.summary ? html`<p>${lead.summary}</p>` : nothing}
            </div>
          </section>`
        : nothing
    }
    ${(site.config.home?.stats ?? []).map((group) => statGroup(ctx, group))}
    ${site.categories.map(
      (category) =>
        html`<section class="category">
          ${sectionHeading(
            localeText(locale, category),
            locale === 'en' ? undefined : category.en.toUpperCase(),
            urlOf(site, locale, listPath(category.id, 1)),
          )}
          ${articlesOrNone(
            ctx,
            site.articles.filter((a) => a.category === category.id).slice(0, 5),
          )}
        </section>`,
    )}`;
}

function sectionHeading(text: string, caption?: string, more?: string): TemplateResult {
  return html`<qx-section-heading caption=${caption || nothing} more-href=${more ?? nothing}
    >${text}</qx-section-heading
  >`;
}

function newsList({ site, locale }: PageContext, articles: Article[]): TemplateResult {
  return html`<qx-news-list
    >${articles.map(
      (a) =>
        html`<qx-news-item href=${urlOf(site, locale, a.path)} date=${a.published.iso}
          ><span lang=${contentLang(locale, a.lang)}>${a.title}</span></qx-news-item
        >`,
    )}</qx-news-list
  >`;
}

function articlesOrNone(ctx: PageContext, articles: Article[]): TemplateResult {
  return articles.length
    ? newsList(ctx, articles)
    : html`<p class="empty">${siteText(ctx.locale, 'noArticles')}</p>`;
}

function statGroup({ site, locale }: PageContext, id: string): TemplateResult {
  const group = site.stats[id];
  if (!group) return html``;
  return html`<qx-stat-group heading=${localeText(locale, group.heading)}>
    ${group.items.map(
      (item) =>
        html`<qx-stat-counter
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

/** A page whose body is Markdown: the note for English readers, the heading, the body. */
function document(
  ctx: PageContext,
  page: Page,
  heading: TemplateResult,
  extra: TemplateResult = html``,
): TemplateResult {
  const { locale } = ctx;
  const lang = contentLang(locale, page.lang);
  // Only English pages have something to say about a Chinese-only article.
  const notice = lang === nothing ? '' : siteText(locale, 'zhOnly');
  return html`${notice ? html`<p class="notice">${notice}</p>` : nothing}
    <article lang=${lang}>${heading}${body(ctx, page)}${extra}</article>`;
}

/**
 * A Markdown body for this page: site links into this edition, published pictures with their
 * sizes, figures rendered on the server, text in the edition's characters.
 */
function body(ctx: PageContext, page: Page): TemplateResult {
  const { site, locale } = ctx;
  const variant = locale === 'zh-Hant' ? site.config.traditional : undefined;
  return markdownBody(page.markdown, {
    resolveLink: (href) => {
      const target = siteTargetOf(href);
      if (!target || !site.pages.includes(target.path)) return undefined;
      const path = target.path.slice(1);
      return `${urlOf(site, locale, `/${path.slice(editionFolderOf(path).length)}`)}${target.suffix}`;
    },
    published: ctx.images,
    ...(variant && { convert: converterOf(variant) }),
  });
}

function breadcrumbs(ctx: PageContext, trail: [string, string?][]): TemplateResult {
  return html`<qx-breadcrumbs
    >${trail.map(([label, href], i) =>
      i === trail.length - 1
        ? html`<qx-breadcrumb-item current>${label}</qx-breadcrumb-item>`
        : html`<qx-breadcrumb-item href=${href ?? nothing}>${label}</qx-breadcrumb-item>`,
    )}</qx-breadcrumbs
  >`;
}

/** The trail 首页 > category > 正文 of an article; also used for its JSON-LD. */
export function articleTrail(
  { site, locale }: Pick<PageContext, 'site' | 'locale'>,
  category: Category,
): [string, string][] {
  return [
    [siteText(locale, 'home'), urlOf(site, locale, '/')],
    [localeText(locale, category), urlOf(site, locale, listPath(category.id, 1))],
    [siteText(locale, 'article'), ''],
  ];
}

function article(ctx: PageContext, a: Article, category: Category): TemplateResult {
  const { locale } = ctx;
  const lang = contentLang(locale, a.lang);
  const heading = html`<h1>${a.title}</h1>
    ${a.subtitle ? html`<p class="subtitle">${a.subtitle}</p>` : nothing}
    <qx-article-meta
      lang=${lang}
      published=${a.published.iso}
      author=${a.author ?? nothing}
      source=${a.source ?? nothing}
    ></qx-article-meta>`;
  const after = html`${a.stats.map((g) => statGroupIn(ctx, g, a.lang))}
  ${a.sourceNote ? html`<p class="source-note">${a.sourceNote}</p>` : nothing}`;
  return html`${breadcrumbs(ctx, articleTrail(ctx, category))} ${document(ctx, a, heading, after)}`;
}

/** A stat group inside content written in `lang`: it speaks the page's language, and says so. */
function statGroupIn(ctx: PageContext, id: string, lang: Locale): TemplateResult {
  const group = statGroup(ctx, id);
  return lang === ctx.locale ? group : html`<div lang=${langOf(ctx.locale)}>${group}</div>`;
}

function list(
  ctx: PageContext,
  route: Extract<Route, { kind: 'list' }>,
  title: string,
): TemplateResult {
  const { site, locale } = ctx;
  const first = urlOf(site, locale, listPath(route.category.id, 1));
  return html`${breadcrumbs(ctx, [
      [siteText(locale, 'home'), urlOf(site, locale, '/')],
      [localeText(locale, route.category)],
    ])}
    <h1>${title}</h1>
    ${articlesOrNone(ctx, route.articles)}
    ${
      route.pages > 1
        ? html`<qx-pagination
            current=${route.page}
            total=${route.pages}
            first-href=${first}
            href-template=${`${first}page/{page}/`}
          ></qx-pagination>`
        : nothing
    }`;
}

function sitemap(ctx: PageContext): TemplateResult {
  const { site, locale } = ctx;
  const link = (path: string, text: string, lang: Locale = locale) =>
    html`<a href=${urlOf(site, locale, path)} lang=${contentLang(locale, lang)}>${text}</a>`;
  return html`<h1>${siteText(locale, 'sitemap')}</h1>
    <p>${siteText(locale, 'sitemapText')}</p>
    <ul class="sitemap">
      <li>${link('/', siteText(locale, 'home'))}</li>
      ${site.about ? html`<li>${link('/about/', siteText(locale, 'about'))}</li>` : nothing}
      ${site.categories.map(
        (c) =>
          html`<li>
            ${link(listPath(c.id, 1), localeText(locale, c))}
            <ul>
              ${site.articles
                .filter((a) => a.category === c.id)
                .map((a) => html`<li>${link(a.path, a.title, a.lang)}</li>`)}
            </ul>
          </li>`,
      )}
    </ul>`;
}

/**
 * The search page: the results of `?q=` for readers with JavaScript; for the rest, the form
 * (which leads back here) and the way to every article that needs no script.
 */
function search({ site, locale }: PageContext): TemplateResult {
  return html`<h1>${siteText(locale, 'search')}</h1>
    <qx-search
      full-page
      action=${urlOf(site, locale, '/search/')}
      bundle-path=${searchBundleOf(site)}
    ></qx-search>
    <p class="no-script">${siteText(locale, 'searchNoScript')}</p>
    <p>
      ${siteText(locale, 'searchSitemap')}
      <a href=${urlOf(site, locale, '/sitemap/')}>${siteText(locale, 'sitemap')}</a>
    </p>`;
}

function notFound({ site, locale }: PageContext): TemplateResult {
  const other: Locale = locale === 'en' ? 'zh-CN' : 'en';
  return html`<h1>${siteText(locale, 'notFoundTitle')}</h1>
    <p>${siteText(locale, 'notFoundText')}</p>
    <p><a href=${urlOf(site, locale, '/')}>${siteText(locale, 'notFoundHome')}</a></p>
    <p lang=${langOf(other)}>
      ${siteText(other, 'notFoundText')}
      <a href=${urlOf(site, other, '/')}>${siteText(other, 'notFoundHome')}</a>
    </p>`;
}
