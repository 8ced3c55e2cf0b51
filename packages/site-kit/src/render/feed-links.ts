/** Where the RSS feeds live and what they are called: write/feeds.ts writes them, pages link them. */
import type { Locale } from '@qiaoxin/i18n';
import type { Site } from '../site/types.js';
import { localeText, urlOf, type Category, type Route } from './routes.js';
import { siteText } from './strings.js';

/** The whole site's feed, in each edition's folder: `/feed.xml`, `/en/feed.xml`. */
export const siteFeedPath = '/feed.xml';

/** A section's feed, beside its list: `/llxx/feed.xml`. */
export const sectionFeedPath = (category: string) => `/${category}/feed.xml`;

/**
 * Feeds are written only for a site that knows its address (`siteUrl`): a feed reader fetches
 * them from anywhere, so every link in them must be absolute, and RSS 2.0 asks for absolute URLs.
 */
export const hasFeeds = (site: Site) => Boolean(site.config.siteUrl);

/** A feed's title: the site's name, or `section - site` for a section's feed. */
export function feedTitle(site: Site, locale: Locale, category?: Category): string {
  const name = localeText(locale, site.config.name);
  return category ? `${localeText(locale, category)} - ${name}` : name;
}

/**
 * The feeds a page announces in its `<head>`: its edition's site feed, and on a section's list
 * and yearly archive pages the section's feed too. `site` is the edition's (traditional
 * characters in zh-Hant), so the titles read in the page's own script.
 */
export function feedsOf(
  site: Site,
  locale: Locale,
  route: Route,
): { title: string; href: string }[] {
  if (!hasFeeds(site)) return [];
  const link = (path: string, category?: Category) => ({
    title: siteText(locale, 'feed', { title: feedTitle(site, locale, category) }),
    href: urlOf(site, locale, path),
  });
  const feeds = [link(siteFeedPath)];
  if (route.kind === 'list' || route.kind === 'year')
    feeds.push(link(sectionFeedPath(route.category.id), route.category));
  return feeds;
}
