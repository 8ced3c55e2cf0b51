import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Locale } from '@qiaoxin/i18n';
import { escapeAttr as escape } from '../html.js';
import { loadSite, type Site } from '../load.js';
import { buildAssets } from './assets.js';
import { renderPage } from './page.js';
import { absoluteUrlOf, editionsOf, fileOf, routesOf, urlOf } from './routes.js';
import { writeSearchIndex, type SearchablePage } from './search-index.js';
import { traditionalSite } from './traditional.js';

export interface BuildOptions {
  /** Where the portal goes; default `<site>/dist`. */
  outDir?: string;
  /** Problems name files relative to this folder; default the current directory. */
  relativeTo?: string;
}

export interface BuildResult {
  site: Site;
  outDir: string;
  /** Output files, relative to outDir. */
  pages: string[];
}

/** Pages a reader searches for; lists, the site map and the search page only lead to them. */
const searchable = new Set(['home', 'about', 'article']);

/**
 * Builds a site folder into a static portal. Everything is written to a fresh folder beside
 * the output and swapped in only when the whole build succeeded, so a content error never
 * leaves a half-written portal: the previous one stays as it was.
 */
export async function buildSite(siteDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const site = await loadSite(siteDir, { relativeTo: options.relativeTo ?? process.cwd() });
  const outDir = resolve(options.outDir ?? join(site.dir, 'dist'));
  const temp = `${outDir}.building-${process.pid}`;
  await rm(temp, { recursive: true, force: true });
  await mkdir(temp, { recursive: true });
  try {
    const assets = await buildAssets(site, temp);
    const pages: string[] = [];
    const index: SearchablePage[] = [];
    for (const locale of editionsOf(site.config)) {
      const edition = editionOf(site, locale);
      for (const spec of routesOf(edition)) {
        const file = fileOf(locale, spec.path);
        const html = await renderPage(edition, spec, locale, assets);
        await mkdir(dirname(join(temp, file)), { recursive: true });
        await writeFile(join(temp, file), html);
        pages.push(file);
        if (searchable.has(spec.route.kind))
          index.push({ url: urlOf(site, locale, spec.path), html });
      }
    }
    await writeSearchIndex(index, temp);
    await writeFile(join(temp, 'sitemap.xml'), sitemapXml(site));
    await writeFile(join(temp, 'robots.txt'), robotsTxt(site));
    await swap(temp, outDir);
    return { site, outDir, pages };
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

/** The site as readers of `locale` see it: converted to traditional characters for zh-Hant. */
function editionOf(site: Site, locale: Locale): Site {
  return locale === 'zh-Hant' && site.config.traditional
    ? traditionalSite(site, site.config.traditional)
    : site;
}

/** Replaces `outDir` with `temp` in two renames, so readers see the old or the new portal. */
async function swap(temp: string, outDir: string) {
  const old = `${outDir}.old-${process.pid}`;
  await rename(outDir, old).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
  });
  await rename(temp, outDir);
  await rm(old, { recursive: true, force: true });
}

/** Pages that are not for search engines: the 404 page and the (empty) search page. */
const unlisted = new Set(['not-found', 'search']);

function sitemapXml(site: Site): string {
  const specs = routesOf(site).filter((s) => !unlisted.has(s.route.kind));
  const locales = editionsOf(site.config);
  const entries = specs.flatMap((spec) =>
    locales.map((locale) => {
      const links = locales
        .map(
          (l) =>
            `<xhtml:link rel="alternate" hreflang="${l}" href="${escape(absoluteUrlOf(site, l, spec.path))}"/>`,
        )
        .join('');
      const lastmod =
        spec.route.kind === 'article'
          ? `<lastmod>${spec.route.article.published.day}</lastmod>`
          : '';
      return `<url><loc>${escape(absoluteUrlOf(site, locale, spec.path))}</loc>${lastmod}${links}</url>`;
    }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.join('\n')}
</urlset>
`;
}

function robotsTxt(site: Site): string {
  return `User-agent: *
Allow: /

Sitemap: ${absoluteUrlOf(site, 'zh-CN', '/sitemap.xml')}
`;
}
