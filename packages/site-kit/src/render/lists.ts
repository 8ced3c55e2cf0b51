import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@qiaoxin/i18n';
import { noticeList, topicIntro } from './blocks.js';
import { articlesOrNone, breadcrumbs, contentLang, pagination, type PageContext } from './parts.js';
import {
  accessibilityPath,
  listPath,
  localeText,
  topicPath,
  urlOf,
  yearPath,
  type Route,
} from './routes.js';
import { siteText } from './strings.js';
import { yearNav } from './archive.js';

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
    ${
      route.category.kind === 'notices' && route.articles.length
        ? noticeList(ctx, route.articles)
        : articlesOrNone(ctx, route.articles)
    }
    ${pagination(ctx, route, first)} ${yearNav(ctx, route.category.id, route.years)}`;
}

/** A topic's page: its banner, title and introduction, then its articles, newest first. */
export function topicPage(
  ctx: PageContext,
  route: Extract<Route, { kind: 'topic' }>,
  title: string,
): TemplateResult {
  const { site, locale, images } = ctx;
  const { topic } = route;
  const banner = images.get(topic.banner);
  return html`${breadcrumbs(ctx, [
      [siteText(locale, 'home'), urlOf(site, locale, '/')],
      [localeText(locale, topic)],
    ])}
    ${
      banner
        ? html`<img
            class="topic-banner"
            src=${banner.url}
            alt=""
            width=${banner.width}
            height=${banner.height}
          />`
        : nothing
    }
    <h1>${title}</h1>
    ${topicIntro(ctx, topic)}
    ${
      route.articles.length
        ? articlesOrNone(ctx, route.articles)
        : html`<p class="empty">${siteText(locale, 'noTopicArticles')}</p>`
    }
    ${pagination(ctx, route, urlOf(site, locale, topicPath(topic.id, 1)))}`;
}

/**
 * Every section, topic and service page. A section lists its years (each leading to its yearly
 * archive) rather than every article, so the page stays readable with ten thousand articles.
 */
export function sitemap(
  ctx: PageContext,
  route: Extract<Route, { kind: 'sitemap' }>,
): TemplateResult {
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
            ${
              route.years[c.id]?.length
                ? html`<ul>
                    ${route.years[c.id]?.map(
                      ({ year, count }) =>
                        html`<li>
                          ${link(yearPath(c.id, year), siteText(locale, 'yearCount', { year, count }))}
                        </li>`,
                    )}
                  </ul>`
                : nothing
            }
          </li>`,
      )}
      ${
        site.topics.length
          ? html`<li>
              ${siteText(locale, 'topics')}
              <ul>
                ${site.topics.map(
                  (topic) =>
                    html`<li>${link(topicPath(topic.id, 1), localeText(locale, topic))}</li>`,
                )}
              </ul>
            </li>`
          : nothing
      }
      <li>${link(accessibilityPath, siteText(locale, 'accessibility'))}</li>
    </ul>`;
}
