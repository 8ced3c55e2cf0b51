import type { Locale } from '@qiaoxin/i18n';
import { editionFolders } from '../site/editions.js';
import { noticeOrder } from '../site/notices.js';
import { topicsFolder } from '../site/topics.js';
import type { Article, Site, Topic } from '../site/types.js';
import type { SiteConfig } from '../site/schemas.js';

export type Category = SiteConfig['categories'][number];

/** A year of a section's archive and how many articles it holds, newest year first. */
export interface YearCount {
  year: number;
  count: number;
}

/** What a page shows; every route is rendered once per language. */
export type Route =
  | { kind: 'home' }
  | { kind: 'about' }
  | { kind: 'sitemap'; years: Record<string, YearCount[]> }
  | { kind: 'accessibility' }
  | { kind: 'search' }
  | { kind: 'not-found' }
  | { kind: 'article'; article: Article; category: Category }
  | {
      kind: 'list';
      category: Category;
      page: number;
      pages: number;
      articles: Article[];
      years: YearCount[];
    }
  | {
      kind: 'year';
      category: Category;
      year: number;
      page: number;
      pages: number;
      articles: Article[];
      years: YearCount[];
    }
  | { kind: 'topic'; topic: Topic; page: number; pages: number; articles: Article[] };

export interface PageSpec {
  /** Site-relative path of the Chinese page (`/`, `/llxx/page/2/`); `/404.html` for not-found. */
  path: string;
  route: Route;
}

export const defaultPageSize = 10;

/** The accessibility statement (无障碍说明), which every footer links to. */
export const accessibilityPath = '/accessibility/';

/** `/llxx/` for page 1, `/llxx/page/2/` after. */
export const listPath = (category: string, page: number) =>
  page === 1 ? `/${category}/` : `/${category}/page/${page}/`;

/** `/topics/hqhx/` for page 1, `/topics/hqhx/page/2/` after. */
export const topicPath = (topic: string, page: number) =>
  listPath(`${topicsFolder}/${topic}`, page);

/** `/llxx/2023/` for page 1, `/llxx/2023/page/2/` after: a section's articles of one year. */
export const yearPath = (category: string, year: number, page = 1) =>
  listPath(`${category}/${year}`, page);

/**
 * The year an article belongs to in the yearly archives: the year of `published`, which is a
 * wall-clock date in China (site/date.ts), so no time zone moves it.
 */
export const yearOf = (article: Article) => Number(article.published.day.slice(0, 4));

/** The years `articles` were published in, newest first, with their counts. */
export function yearsOf(articles: Article[]): YearCount[] {
  const counts = new Map<number, number>();
  for (const article of articles)
    counts.set(yearOf(article), (counts.get(yearOf(article)) ?? 0) + 1);
  return [...counts].map(([year, count]) => ({ year, count })).sort((a, b) => b.year - a.year);
}

/** `items` by `keyOf`, in their order (Map.groupBy, which Node 20 lacks). */
function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** `articles` cut into pages of `size`: at least one page, empty when there is nothing. */
function paged(articles: Article[], size: number) {
  const pages = Math.max(1, Math.ceil(articles.length / size));
  return Array.from({ length: pages }, (_, i) => ({
    page: i + 1,
    pages,
    articles: articles.slice(i * size, (i + 1) * size),
  }));
}

const routes = new WeakMap<Site, readonly PageSpec[]>();

/**
 * Every page of the site, in sitemap order. Made once per site object: a build asks for the
 * same site's pages for its plan (the zh-CN and English editions are the same site), its
 * sitemaps and their key, and each took a tenth of a second at 10,000 articles.
 */
export function routesOf(site: Site): readonly PageSpec[] {
  let specs = routes.get(site);
  if (!specs) routes.set(site, (specs = pagesOf(site)));
  return specs;
}

function pagesOf(site: Site): PageSpec[] {
  const specs: PageSpec[] = [{ path: '/', route: { kind: 'home' } }];
  if (site.about) specs.push({ path: '/about/', route: { kind: 'about' } });
  const size = site.config.pageSize ?? defaultPageSize;
  const sectionYears: Record<string, YearCount[]> = {};
  const bySection = groupBy(site.articles, (a) => a.category);
  for (const category of site.categories) {
    const own = bySection.get(category.id) ?? [];
    const years = yearsOf(own);
    sectionYears[category.id] = years;
    // A notices section keeps its pinned notices at the top of its first page.
    const articles = category.kind === 'notices' ? noticeOrder(own, site.today) : own;
    for (const part of paged(articles, size)) {
      specs.push({
        path: listPath(category.id, part.page),
        route: { kind: 'list', category, ...part, years },
      });
    }
    // The yearly archives: newest first, pinned or not, as a year is a stretch of the past.
    // Grouped in one pass: filtering the section once per year was quadratic in big archives.
    const byYear = groupBy(own, yearOf);
    for (const { year } of years) {
      for (const part of paged(byYear.get(year) ?? [], size)) {
        specs.push({
          path: yearPath(category.id, year, part.page),
          route: { kind: 'year', category, year, ...part, years },
        });
      }
    }
  }
  for (const topic of site.topics) {
    const articles = site.articles.filter((a) => a.topics?.includes(topic.id));
    for (const part of paged(articles, size)) {
      specs.push({
        path: topicPath(topic.id, part.page),
        route: { kind: 'topic', topic, ...part },
      });
    }
  }
  for (const article of site.articles) {
    const category = site.categories.find((c) => c.id === article.category) as Category;
    specs.push({ path: article.path, route: { kind: 'article', article, category } });
  }
  specs.push({ path: '/search/', route: { kind: 'search' } });
  specs.push({ path: '/sitemap/', route: { kind: 'sitemap', years: sectionYears } });
  specs.push({ path: accessibilityPath, route: { kind: 'accessibility' } });
  specs.push({ path: '/404.html', route: { kind: 'not-found' } });
  return specs;
}

/** The site's Pagefind bundle (search-index.ts writes it), which every edition shares. */
export const searchBundleOf = (site: Site) => `${site.config.basePath}pagefind/`;

/** Where a site-relative path lives for readers of `locale`: `/chongqing/en/llxx/`. */
export function urlOf(site: Site, locale: Locale, path: string): string {
  return `${site.config.basePath}${editionFolders[locale]}${path.replace(/^\//, '')}`;
}

/** The absolute URL, when the site has a `siteUrl`; the site-absolute path otherwise. */
export function absoluteUrlOf(site: Site, locale: Locale, path: string): string {
  return absolute(site, urlOf(site, locale, path));
}

/** A site-absolute URL (`/chongqing/en/`) made absolute with the site's `siteUrl`, when it has one. */
export function absolute(site: Site, url: string): string {
  const origin = site.config.siteUrl?.replace(/\/?$/, '/');
  return origin ? new URL(url.slice(site.config.basePath.length), origin).href : url;
}

/** The output file of a page: `index.html` inside its folder, or the `.html` path itself. */
export function fileOf(locale: Locale, path: string): string {
  const local = `${editionFolders[locale]}${path.replace(/^\//, '')}`;
  return local.endsWith('.html') ? local : `${local}index.html`;
}

export const localeText = (locale: Locale, text: { zh: string; en?: string | undefined }) =>
  locale === 'en' && text.en ? text.en : text.zh;
