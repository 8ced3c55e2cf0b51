import { html, nothing, type TemplateResult } from 'lit';
import { langOf, type Locale } from '@qiaoxin/i18n';
import { markdownBody } from '../markdown/body.js';
import { editionFolderOf, siteTargetOf } from '../site/editions.js';
import type { Article, Page } from '../site/types.js';
import { breadcrumbs, contentLang, statGroup, type PageContext } from './parts.js';
import { absoluteUrlOf, listPath, localeText, urlOf, type Category } from './routes.js';
import { shareQrSrc } from './share-qr.js';
import { siteText } from './strings.js';
import { converterOf } from './traditional.js';
import { attachmentList } from './media.js';

/** A page whose body is Markdown: the note for English readers, the heading, the body. */
export function document(
  ctx: PageContext,
  page: Page,
  heading: TemplateResult,
  extra: TemplateResult = html``,
  bodyId?: string,
): TemplateResult {
  const { locale } = ctx;
  const lang = contentLang(locale, page.lang);
  // Only English pages have something to say about a Chinese-only article.
  const notice = lang === nothing ? '' : siteText(locale, 'zhOnly');
  return html`${notice ? html`<p class="notice">${notice}</p>` : nothing}
    <article lang=${lang}>
      ${heading}${bodyId ? html`<div id=${bodyId}>${body(ctx, page)}</div>` : body(ctx, page)}
      ${attachmentList(ctx, page)}${extra}
    </article>`;
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
    publishedFiles: ctx.files,
    ...(variant && { convert: converterOf(variant) }),
  });
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

export function article(ctx: PageContext, a: Article, category: Category): TemplateResult {
  const { locale } = ctx;
  const lang = contentLang(locale, a.lang);
  const heading = html`<h1>${a.title}</h1>
    ${a.subtitle ? html`<p class="subtitle">${a.subtitle}</p>` : nothing}
    <qx-article-meta
      lang=${lang === nothing ? langOf(locale) : lang}
      published=${a.published.iso}
      author=${a.author ?? nothing}
      source=${a.source ?? nothing}
    ></qx-article-meta>
    ${articleTools(ctx, a)}`;
  const after = html`${a.stats.map((g) => statGroupIn(ctx, g, a.lang))}
  ${a.sourceNote ? html`<p class="source-note">${a.sourceNote}</p>` : nothing}`;
  return html`${breadcrumbs(ctx, articleTrail(ctx, category))}
  ${document(ctx, a, heading, after, articleBodyId)}`;
}

/** The element around an article's body, which `<qx-article-tools for>` sizes and reads. */
export const articleBodyId = 'article-body';

/**
 * 字号 / 朗读全文 / 打印本页 / 分享 under the meta line (issue 15's `<qx-article-tools>`
 * contract), with the page's QR code made here at build time, as `<img slot="qr">`, for the
 * share panel. Left out of the search index whole (`data-pagefind-ignore="all"`): Pagefind takes
 * a page's first image as its result's picture, and the QR code, 4.7 KB of `data:` URL, was
 * every article's, which made its search fragment (what a reader downloads for each result)
 * twice the size and the indexing a fifth slower. An article's first real picture is its own.
 */
function articleTools({ site, locale }: PageContext, a: Article): TemplateResult {
  const url = absoluteUrlOf(site, locale, a.path);
  return html`<qx-article-tools
    data-pagefind-ignore="all"
    lang=${langOf(locale)}
    for=${articleBodyId}
    url=${url}
    share-title=${a.title}
    ><img
      slot="qr"
      src=${shareQrSrc(url)}
      alt=${siteText(locale, 'shareQr', { url })}
      width="160"
      height="160"
  /></qx-article-tools>`;
}

/** A stat group inside content written in `lang`: it speaks the page's language, and says so. */
function statGroupIn(ctx: PageContext, id: string, lang: Locale): TemplateResult {
  const group = statGroup(ctx, id);
  return lang === ctx.locale ? group : html`<div lang=${langOf(ctx.locale)}>${group}</div>`;
}
