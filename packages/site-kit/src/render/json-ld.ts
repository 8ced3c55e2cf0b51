import type { Locale } from '@qiaoxin/i18n';
import type { Article, Site } from '../site/types.js';
import { absolute, absoluteUrlOf, localeText } from './routes.js';

interface Input {
  site: Site;
  locale: Locale;
  canonical: string;
  article?: Article;
  /** The breadcrumb trail shown on the page: [name, site-absolute URL or '' for this page]. */
  trail?: [string, string][] | undefined;
  logo?: string;
}

/** schema.org data for search engines: `NewsArticle` on articles, `BreadcrumbList` with a trail. */
export function jsonLdOf({ site, locale, canonical, article, trail, logo }: Input): object[] {
  const data: object[] = [];
  const organisation = {
    '@type': 'Organization',
    name: localeText(locale, site.config.name),
    url: absoluteUrlOf(site, locale, '/'),
    ...(logo && { logo: { '@type': 'ImageObject', url: logo } }),
  };
  if (article) {
    data.push({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.title,
      ...(article.summary && { description: article.summary }),
      // Publish times are wall-clock times in China.
      datePublished: `${article.published.iso.length > 10 ? article.published.iso : `${article.published.iso}T00:00`}:00+08:00`,
      inLanguage: article.lang,
      author: article.author ? { '@type': 'Person', name: article.author } : organisation,
      publisher: organisation,
      mainEntityOfPage: canonical,
      ...(article.figures.length && {
        image: article.figures.map((f) => absolute(site, `${site.config.basePath}${f.src}`)),
      }),
    });
  }
  if (trail) {
    data.push({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: trail.map(([name, url], i) => ({
        '@type': 'ListItem',
        position: i + 1,
        name,
        item: url ? absolute(site, url) : canonical,
      })),
    });
  }
  return data;
}
