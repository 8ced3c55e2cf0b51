/**
 * What a site folder's URLs mean, as loading needs to know it: the editions a site has, where
 * each lives, which written links lead into the site, what a base path may be. Rendering builds
 * the pages' own URLs on these (render/routes.ts).
 */
import type { Locale } from '@qiaoxin/i18n';
import type { SiteConfig } from './schemas.js';

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

/** The edition folder a portal-relative path starts with (`en/llxx/` → `en/`), or `''`. */
export function editionFolderOf(path: string): string {
  return Object.values(editionFolders).find((folder) => folder && path.startsWith(folder)) ?? '';
}

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
