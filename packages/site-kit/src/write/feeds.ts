/**
 * RSS 2.0 feeds: the whole site's and each section's, in every edition, with the newest
 * articles. Written with `feed` (jpmonette/feed), a maintained generator that escapes and
 * formats RSS, rather than by hand.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Feed } from 'feed';
import type { Locale } from '@qiaoxin/i18n';
import type { Article, Site } from '../site/types.js';
import { editionFolders, editionsOf } from '../site/editions.js';
import { absoluteUrlOf, type Category } from '../render/routes.js';
import { feedTitle, hasFeeds, sectionFeedPath, siteFeedPath } from '../render/feed-links.js';
import { articleDescription } from '../render/page.js';
import { editionOf } from '../render/editions.js';

/** How many of the newest articles a feed carries (feed readers keep what they have seen). */
export const feedSize = 20;

/**
 * Writes `feed.xml` for the site and for each section into every edition's folder of `dir`;
 * returns the files written, relative to `dir`. Nothing for a site without `siteUrl` (see
 * `hasFeeds`).
 */
export async function writeFeeds(site: Site, dir: string): Promise<string[]> {
  if (!hasFeeds(site)) return [];
  // Only the articles the feeds carry are converted for zh-Hant, not the whole archive.
  const used = carried(site.articles);
  const written: string[] = [];
  for (const locale of editionsOf(site.config)) {
    const edition = editionOf(
      { ...site, articles: site.articles.filter((a) => used.has(a)) },
      locale,
    );
    const feeds: [string, Category | undefined][] = [
      [siteFeedPath, undefined],
      ...site.categories.map((c): [string, Category] => [sectionFeedPath(c.id), c]),
    ];
    for (const [path, original] of feeds) {
      const category = original && edition.categories.find((c) => c.id === original.id);
      const articles = edition.articles
        .filter((a) => !category || a.category === category.id)
        .slice(0, feedSize);
      const file = `${editionFolders[locale]}${path.slice(1)}`;
      await mkdir(dirname(join(dir, file)), { recursive: true });
      await writeFile(join(dir, file), rss(edition, locale, path, articles, category));
      written.push(file);
    }
  }
  return written;
}

/**
 * The articles some feed carries: the newest of the site and of each section. One pass, as the
 * articles come newest first: filtering the archive once per section took 80 ms at 10,000.
 */
function carried(articles: Article[]): Set<Article> {
  const inSection = new Map<string, number>();
  const used = new Set<Article>();
  articles.forEach((article, i) => {
    const before = inSection.get(article.category) ?? 0;
    inSection.set(article.category, before + 1);
    if (i < feedSize || before < feedSize) used.add(article);
  });
  return used;
}

/** RSS's language codes (RFC 1766, as the RSS 2.0 specification lists them). */
function languageOf(site: Site, locale: Locale): string {
  if (locale === 'zh-Hant') return site.config.traditional === 'hk' ? 'zh-HK' : 'zh-TW';
  return locale === 'en' ? 'en' : 'zh-CN';
}

/** A publish date, a wall-clock time in China (UTC+8, no daylight saving), as an instant. */
function dateOf(article: Article): Date {
  const [y = 0, mo = 1, d = 1] = article.published.day.split('-').map(Number);
  const [h = 0, mi = 0] = (article.published.time ?? '00:00').split(':').map(Number);
  return new Date(Date.UTC(y, mo - 1, d, h - 8, mi));
}

function rss(
  site: Site,
  locale: Locale,
  path: string,
  articles: Article[],
  category: Category | undefined,
): string {
  const title = feedTitle(site, locale, category);
  const feed = new Feed({
    title,
    description: title,
    id: absoluteUrlOf(site, locale, path),
    link: absoluteUrlOf(site, locale, category ? `/${category.id}/` : '/'),
    feed: absoluteUrlOf(site, locale, path),
    language: languageOf(site, locale),
    // The newest article's date, not the build's time: an unchanged site builds the same bytes.
    updated: articles[0] ? dateOf(articles[0]) : new Date(`${site.today}T00:00:00+08:00`),
    generator: 'Qiaoxin',
  });
  for (const article of articles) {
    const link = absoluteUrlOf(site, locale, article.path);
    feed.addItem({
      title: article.title,
      link,
      date: dateOf(article),
      description: articleDescription(site, locale, article),
    });
  }
  return feed.rss2();
}
