/** The yearly archives of a section: a year's page, and the 按年份 links to each year. */
import { html, nothing, type TemplateResult } from 'lit';
import { articlesOrNone, breadcrumbs, pagination, type PageContext } from './parts.js';
import {
  listPath,
  localeText,
  urlOf,
  yearPath,
  type Category,
  type Route,
  type YearCount,
} from './routes.js';
import { siteText } from './strings.js';

/** A section's articles of one year, newest first, paginated like the section's own list. */
export function yearPage(
  ctx: PageContext,
  route: Extract<Route, { kind: 'year' }>,
  title: string,
): TemplateResult {
  const { site, locale } = ctx;
  const { category, year } = route;
  return html`${breadcrumbs(ctx, yearTrail(ctx, route))}
    <h1>${title}</h1>
    ${articlesOrNone(ctx, route.articles)}
    ${pagination(ctx, route, urlOf(site, locale, yearPath(category.id, year)))}
    ${yearNav(ctx, category.id, route.years, year)}`;
}

/** 首页 > section > 2023年, for the breadcrumbs and the page's JSON-LD. */
export function yearTrail(
  { site, locale }: Pick<PageContext, 'site' | 'locale'>,
  { category, year }: { category: Category; year: number },
): [string, string][] {
  return [
    [siteText(locale, 'home'), urlOf(site, locale, '/')],
    [localeText(locale, category), urlOf(site, locale, listPath(category.id, 1))],
    [siteText(locale, 'year', { year }), ''],
  ];
}

/**
 * The 按年份 (By year) navigation of a section: each year with its number of articles, the
 * page's own year marked as current. A `<nav>` named by its heading, with a list, so a screen
 * reader finds it as a landmark or a heading and says how many years there are.
 */
export function yearNav(
  { site, locale }: PageContext,
  category: string,
  years: YearCount[],
  current?: number,
): TemplateResult | typeof nothing {
  if (!years.length) return nothing;
  const label = siteText(locale, 'byYear');
  return html`<nav class="year-nav" aria-labelledby="year-nav">
    <h2 id="year-nav">${label}</h2>
    <ul>
      ${years.map(
        ({ year, count }) =>
          html`<li>
            <a
              href=${urlOf(site, locale, yearPath(category, year))}
              aria-current=${year === current ? 'page' : nothing}
              >${siteText(locale, 'yearCount', { year, count })}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
}
