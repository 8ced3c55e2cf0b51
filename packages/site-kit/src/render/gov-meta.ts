import type { Locale } from '@qiaoxin/i18n';
import type { Site } from '../site/types.js';
import { absolute, localeText, type Route } from './routes.js';

interface Input {
  site: Site;
  locale: Locale;
  route: Route;
  /** The page's absolute URL (site-absolute when the site has no `siteUrl`). */
  canonical: string;
  /** The summary the page's `description` carries. */
  description: string;
}

/**
 * The `<meta name>` tags of 《政府网站发展指引》 (Government Website Development Guidelines) that
 * portals of this kind carry and that the national site monitoring reads: the site's on every
 * page, the column's on section pages, the article's on article pages. A value the site does
 * not know (no `siteUrl`, no 网站标识码) is left out rather than written empty.
 */
export function govMetaOf({
  site,
  locale,
  route,
  canonical,
  description,
}: Input): [string, string][] {
  const { config } = site;
  const tags: [string, string | undefined][] = [
    ['SiteName', localeText(locale, config.name)],
    ['SiteDomain', config.siteUrl ? new URL(config.siteUrl).host : undefined],
    ['SiteIDCode', config.footer.siteCode],
  ];
  if (route.kind === 'list' || route.kind === 'year') {
    const { category } = route;
    const name = localeText(locale, category);
    tags.push(
      ['ColumnName', name],
      ['ColumnDescription', description],
      ['ColumnKeywords', category.keywords?.join(',') ?? name],
      ['ColumnType', category.type],
    );
  }
  if (route.kind === 'topic') {
    const name = localeText(locale, route.topic);
    tags.push(
      ['ColumnName', name],
      ['ColumnDescription', description],
      ['ColumnKeywords', name],
      // The guidelines' own name for a topic column, whatever the page's language.
      ['ColumnType', '专题专栏'],
    );
  }
  if (route.kind === 'article') {
    const { article } = route;
    const { day, time = '00:00' } = article.published;
    const image = article.cover ?? article.figures[0]?.src;
    tags.push(
      ['ArticleTitle', article.title],
      // 《指引》's form, a wall-clock time in China; a date without a time is taken as midnight.
      ['PubDate', `${day} ${time}`],
      // Unattributed articles are the site's own.
      ['ContentSource', article.source ?? localeText(locale, config.name)],
      ['Keywords', article.keywords?.join(',')],
      ['Author', article.author],
      ['Description', description],
      ['Image', image && imageUrl(site, image)],
      ['Url', /^https?:/.test(canonical) ? canonical : undefined],
    );
  }
  return tags.filter((tag): tag is [string, string] => Boolean(tag[1]?.trim()));
}

/** A picture's URL as written in an article (relative to content/, remote, or site-absolute). */
function imageUrl(site: Site, src: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return src;
  const { siteUrl, basePath } = site.config;
  if (src.startsWith('/')) return siteUrl ? new URL(src, siteUrl).href : src;
  return absolute(site, `${basePath}${src}`);
}
