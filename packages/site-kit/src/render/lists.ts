import { html, nothing, type TemplateResult } from 'lit';
import { langOf, type Locale } from '@qiaoxin/i18n';
import { articlesOrNone, breadcrumbs, contentLang, type PageContext } from './parts.js';
import { accessibilityPath, listPath, localeText, urlOf, type Route } from './routes.js';
import { siteText } from './strings.js';

/** A page of a category's articles, newest first, with the way to the other pages. */
export function list(
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
            lang=${langOf(locale)}
            current=${route.page}
            total=${route.pages}
            first-href=${first}
            href-template=${`${first}page/{page}/`}
          ></qx-pagination>`
        : nothing
    }`;
}

export function sitemap(ctx: PageContext): TemplateResult {
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
      <li>${link(accessibilityPath, siteText(locale, 'accessibility'))}</li>
    </ul>`;
}
