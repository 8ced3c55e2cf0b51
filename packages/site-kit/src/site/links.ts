import type { Located } from './locate.js';
import type { SiteReader } from './reader.js';
import type { SiteConfig } from './schemas.js';
import {
  editionFolders,
  editionsOf,
  isWebAddress,
  otherSiteHint as hint,
  siteTargetOf,
} from './editions.js';
import { topicsFolder } from './topics.js';
import { t } from '../messages/index.js';

/**
 * Every page exists in each edition: simplified Chinese at the root, English under /en/ and,
 * when the site asks for it, traditional Chinese under /zh-hant/.
 */
export function pagesOf(
  config: SiteConfig | undefined,
  {
    hasAbout,
    categoryIds,
    topicIds = new Set(),
    articlePaths,
  }: {
    hasAbout: boolean;
    categoryIds: Set<string>;
    topicIds?: Set<string>;
    articlePaths: string[];
  },
): string[] {
  const zhPages = [
    '/',
    ...(hasAbout ? ['/about/'] : []),
    ...[...categoryIds].map((c) => `/${c}/`),
    ...[...topicIds].map((id) => `/${topicsFolder}/${id}/`),
    ...articlePaths,
    '/search/',
    '/sitemap/',
  ];
  return editionsOf(config ?? {}).flatMap((edition) =>
    zhPages.map((p) => `/${editionFolders[edition]}${p.slice(1)}`),
  );
}

/** The nav's links and the Markdown bodies' site links must each lead to a page of the site. */
export function checkLinks(
  reader: SiteReader,
  config: SiteConfig | undefined,
  configAt: Located,
  {
    pages,
    tentative,
    categoryIds,
  }: { pages: string[]; tentative: string[]; categoryIds: Set<string> },
): void {
  const { report } = reader;
  // A broken article's own path is unknown (its category may be what is broken): a link to
  // its slug under any of the site's categories, in any edition, is not reported a second time.
  const maybePages = editionsOf(config ?? {}).flatMap((edition) =>
    tentative.flatMap((slug) =>
      [...categoryIds].map((c) => `/${editionFolders[edition]}${c}/${slug}/`),
    ),
  );
  /** Whether `href` is a site-absolute link the browser resolves to exactly a page of the site. */
  const isPage = (href: string) => {
    const target = siteTargetOf(href);
    return !!target && (pages.includes(target.path) || maybePages.includes(target.path));
  };
  config?.nav.forEach(({ href }, i) => {
    if (isWebAddress(href) || isPage(href)) return;
    report(
      'site.config.json',
      configAt.lineOf(['nav', i, 'href']),
      t('check.navLink', { path: `nav[${i}].href`, url: href, hint: hint(href) }),
    );
  });
  if (config) {
    for (const { file, line, url } of reader.links) {
      if (!isPage(url)) report(file, line, t('check.link', { url, hint: hint(url) }));
    }
  }
}
