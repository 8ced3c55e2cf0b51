import { resolve } from 'node:path';
import { readAbout, readArticles } from './articles.js';
import { checkConfig, readConfig } from './config.js';
import { checkLinks, pagesOf } from './links.js';
import { Problems } from './problems.js';
import { siteReader } from './reader.js';
import type { SiteConfig } from './schemas.js';
import { readStats } from './stats.js';
import { checkTopics } from './topics.js';
import { todayInChina } from './notices.js';
import type { LoadOptions, Site } from './types.js';
import { withLang } from '../messages/index.js';

export type { Article, Lang, LoadOptions, Page, Site } from './types.js';

/**
 * Reads and validates a site folder. Every check runs before anything is thrown, so one
 * `SiteError` lists all that is wrong, each as `file:line: what is wrong`. The steps are in the
 * files beside this one: configuration, statistics, the about page and articles, and last the
 * links, which need to know every page.
 */
export function loadSite(siteDir: string, options: LoadOptions = {}): Promise<Site> {
  return withLang(options.lang, () => load(siteDir, options));
}

async function load(siteDir: string, options: LoadOptions): Promise<Site> {
  const dir = resolve(siteDir);
  const problems = new Problems();
  const reader = siteReader(dir, resolve(options.relativeTo ?? dir), problems, options.parsed);

  const { config, theme } = await readConfig(reader);
  const { stats, checkStats } = await readStats(reader);
  const { configAt, categoryIds } = await checkConfig(reader, config);
  checkStats('site.config.json', config?.home?.stats, (i) => configAt.lineOf(['home', 'stats', i]));

  const topicIds = await checkTopics(reader, config, configAt);
  const noticeIds = new Set(
    config?.categories.filter((c) => c.kind === 'notices').map((c) => c.id),
  );

  const about = await readAbout(reader);
  const { articles, tentative } = await readArticles(reader, categoryIds, checkStats, !!config, {
    topicIds,
    noticeIds,
  });
  const pages = pagesOf(config, {
    hasAbout: about.exists,
    categoryIds,
    topicIds,
    articlePaths: articles.map((a) => a.path),
  });
  checkLinks(reader, config, configAt, { pages, tentative, categoryIds });

  problems.throwIfAny();
  return {
    dir,
    config: config as SiteConfig, // no problems means it parsed
    theme: theme ?? {},
    ...(about.about && { about: about.about }),
    articles,
    categories: (config as SiteConfig).categories,
    topics: (config as SiteConfig).topics ?? [],
    today: options.today ?? todayInChina(),
    stats,
    pages,
    warnings: reader.warnings,
  };
}
