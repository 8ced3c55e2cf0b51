/**
 * sitemap.xml and robots.txt. sitemaps.org allows 50,000 URLs in one sitemap: up to that the
 * site's is one `<urlset>`; above it sitemap.xml becomes a `<sitemapindex>` naming
 * sitemap-1.xml, sitemap-2.xml, …, each holding at most `limit` URLs, so robots.txt and what
 * search engines were told keep working as the archive grows.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { escapeAttr } from '../html.js';
import { absoluteUrlOf, routesOf } from '../render/routes.js';
import { editionsOf } from '../site/editions.js';
import type { Site } from '../site/types.js';

/** The sitemaps.org limit of URLs in one sitemap file. */
export const sitemapLimit = 50_000;

/** Pages that are not for search engines: the 404 page and the (empty) search page. */
const unlisted = new Set(['not-found', 'search']);

const urlset = (entries: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.join('\n')}
</urlset>
`;

/**
 * Writes sitemap.xml (a sitemap index above `limit` URLs, with its parts) and robots.txt into
 * `dir`; returns the files written, relative to `dir`.
 */
export async function writeSitemaps(
  site: Site,
  dir: string,
  limit = sitemapLimit,
): Promise<string[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`sitemap limit ${limit}`);
  const entries = urlEntries(site);
  const files: [string, string][] = [];
  if (entries.length <= limit) {
    files.push(['sitemap.xml', urlset(entries)]);
  } else {
    const parts: string[] = [];
    for (let i = 0; i * limit < entries.length; i++) {
      const name = `sitemap-${i + 1}.xml`;
      files.push([name, urlset(entries.slice(i * limit, (i + 1) * limit))]);
      parts.push(
        `<sitemap><loc>${escapeAttr(absoluteUrlOf(site, 'zh-CN', `/${name}`))}</loc></sitemap>`,
      );
    }
    files.unshift([
      'sitemap.xml',
      `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${parts.join('\n')}
</sitemapindex>
`,
    ]);
  }
  files.push(['robots.txt', robotsTxt(site)]);
  for (const [name, text] of files) await writeFile(join(dir, name), text);
  return files.map(([name]) => name);
}

/**
 * What the sitemaps of `site` show, as a key: the site's address, its editions and every listed
 * page's path and day. An edit to an article's text or title leaves it as it was, and the
 * rebuild keeps the previous sitemap files instead of writing them again (at 10,000 articles,
 * 15 MB made in half a second, while the search index was being written beside it).
 */
export function sitemapsKey(site: Site, limit = sitemapLimit): string {
  const hash = createHash('sha256');
  const { siteUrl, basePath } = site.config;
  hash.update(JSON.stringify([limit, siteUrl ?? '', basePath, editionsOf(site.config)]));
  for (const { route, path } of routesOf(site)) {
    const day = route.kind === 'article' ? route.article.published.day : '';
    hash.update(`\0${route.kind} ${path} ${day}`);
  }
  return hash.digest('base64url');
}

/** One `<url>` per page and edition, with the page's other editions as alternates. */
function urlEntries(site: Site): string[] {
  const specs = routesOf(site).filter((s) => !unlisted.has(s.route.kind));
  const locales = editionsOf(site.config);
  return specs.flatMap((spec) => {
    // Each edition's URL made once per page, for its own entry and the others' alternates.
    const hrefs = locales.map((l) => escapeAttr(absoluteUrlOf(site, l, spec.path)));
    const links = locales
      .map((l, i) => `<xhtml:link rel="alternate" hreflang="${l}" href="${hrefs[i]}"/>`)
      .join('');
    const lastmod =
      spec.route.kind === 'article' ? `<lastmod>${spec.route.article.published.day}</lastmod>` : '';
    return hrefs.map((href) => `<url><loc>${href}</loc>${lastmod}${links}</url>`);
  });
}

function robotsTxt(site: Site): string {
  return `User-agent: *
Allow: /

Sitemap: ${absoluteUrlOf(site, 'zh-CN', '/sitemap.xml')}
`;
}
