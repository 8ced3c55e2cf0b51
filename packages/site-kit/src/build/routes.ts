import type { Locale } from '@qiaoxin/i18n';
import type { Article, Site } from '../load.js';
import type { SiteConfig } from '../schemas.js';

export type Category = SiteConfig['categories'][number];

/** What a page shows; every route is rendered once per language. */
export type Route =
  | { kind: 'home' }
  | { kind: 'about' }
  | { kind: 'sitemap' }
  | { kind: 'search' }
  | { kind: 'not-found' }
  | { kind: 'article'; article: Article; category: Category }
  | { kind: 'list'; category: Category; page: number; pages: number; articles: Article[] };

export interface PageSpec {
  /** Site-relative path of the Chinese page (`/`, `/llxx/page/2/`); `/404.html` for not-found. */
  path: string;
  route: Route;
}

export const defaultPageSize = 10;

/** `/llxx/` for page 1, `/llxx/page/2/` after. */
export const listPath = (category: string, page: number) =>
  page === 1 ? `/${category}/` : `/${category}/page/${page}/`;

/** Every page of the site, in sitemap order. */
export function routesOf(site: Site): PageSpec[] {
  const specs: PageSpec[] = [{ path: '/', route: { kind: 'home' } }];
  if (site.about) specs.push({ path: '/about/', route: { kind: 'about' } });
  const size = site.config.pageSize ?? defaultPageSize;
  for (const category of site.categories) {
    const articles = site.articles.filter((a) => a.category === category.id);
    const pages = Math.max(1, Math.ceil(articles.length / size));
    for (let page = 1; page <= pages; page++) {
      const slice = articles.slice((page - 1) * size, page * size);
      specs.push({
        path: listPath(category.id, page),
        route: { kind: 'list', category, page, pages, articles: slice },
      });
    }
  }
  for (const article of site.articles) {
    const category = site.categories.find((c) => c.id === article.category) as Category;
    specs.push({ path: article.path, route: { kind: 'article', article, category } });
  }
  specs.push({ path: '/search/', route: { kind: 'search' } });
  specs.push({ path: '/sitemap/', route: { kind: 'sitemap' } });
  specs.push({ path: '/404.html', route: { kind: 'not-found' } });
  return specs;
}

/** The editions a site is built in: simplified Chinese, English and, if asked for, traditional. */
export function editionsOf(config: Pick<SiteConfig, 'traditional'>): Locale[] {
  return config.traditional ? ['zh-CN', 'zh-Hant', 'en'] : ['zh-CN', 'en'];
}

/** The folder of each edition inside the portal: simplified Chinese is the root. */
export const editionFolders: Record<Locale, string> = {
  'zh-CN': '',
  'zh-Hant': 'zh-hant/',
  en: 'en/',
};

/** The site's Pagefind bundle (search-index.ts writes it), which every edition shares. */
export const searchBundleOf = (site: Site) => `${site.config.basePath}pagefind/`;

/** The edition folder a portal-relative path starts with (`en/llxx/` → `en/`), or `''`. */
export function editionFolderOf(path: string): string {
  return Object.values(editionFolders).find((folder) => folder && path.startsWith(folder)) ?? '';
}

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

/** A link into the site, resolved: its page's path, and the query and fragment to keep. */
export interface SiteTarget {
  /** Exactly as in `Site.pages`: `/about/`, `/en/llxx/five-year-review/`. */
  path: string;
  /** `?q=…#part`, already in URL syntax, or ''. */
  suffix: string;
}

/** An origin no real link can name, for resolving site-absolute links with the WHATWG parser. */
const probe = 'https://qiaoxin.invalid';

/**
 * A site-absolute link (`/about/`, `/en/llxx/a/#x`) as the browser will read it, or undefined
 * when it is not one. Resolved with the WHATWG URL parser (what browsers use), and refused when
 * the browser would go elsewhere or see something else than what is written: protocol-relative
 * (`//host/…`), backslashes (`/\host/…`, read as `//`), a different origin, dot segments that
 * move the path (`/x/../about/`), percent-encoded slashes or dots, spaces and control characters.
 * Whether the path is a page of the site is the caller's question.
 */
export function siteTargetOf(href: string): SiteTarget | undefined {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  if (/[\\\s\p{Cc}]|%(?:2f|5c|2e)/iu.test(href)) return undefined;
  let url: URL;
  try {
    url = new URL(href, probe);
  } catch {
    return undefined;
  }
  if (url.origin !== probe) return undefined;
  const written = href.replace(/[?#].*$/s, '');
  // The parser removes `.` and `..`: a path it changed is not the one the webmaster wrote.
  if (url.pathname !== written) return undefined;
  return { path: url.pathname, suffix: `${url.search}${url.hash}` };
}

/** An `http://` or `https://` address of another site, as the browser reads it (for the nav). */
export function isWebAddress(href: string): boolean {
  if (!/^https?:\/\/[^/\\]/i.test(href) || /[\\\s\p{Cc}]/u.test(href)) return false;
  return URL.canParse(href);
}

/** Why a link that looks like another site's is not one: it needs its scheme. */
export const otherSiteHint = (href: string) =>
  /^(?:[/\\]|%5c){2}/i.test(href) ? ' (a link to another site starts with https://)' : '';

/**
 * What a site's `basePath` may be: `/`, or folders of URL-safe characters each followed by `/`
 * (`/jinshan/`, `/sites/jinshan/`), no `.` or `..` folder. It is written into every URL of the
 * portal, so anything a browser could read as another host, path or markup is refused.
 */
export const basePathPattern = /^\/(?:(?!\.\.?\/)[A-Za-z0-9._~-]+\/)*$/;
