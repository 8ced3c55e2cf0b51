import type { ParseCache } from '../site/parse-cache.js';
import type { Article, Site } from '../site/types.js';
import { openccConverter } from './opencc.js';

/** The traditional-Chinese variant a site asks for: Taiwan or Hong Kong usage. */
export type TraditionalVariant = 'tw' | 'hk';

/**
 * Keys whose values are addresses or names of files, never reader-facing text: they keep their
 * characters even when a file name or URL happens to be written in Chinese.
 */
const verbatim = new Set([
  'dir',
  'file',
  'path',
  'slug',
  'id',
  'href',
  'src',
  'logo',
  'banner',
  'qr',
  'cover',
  'banner',
  'until',
  'today',
  'basePath',
  'siteUrl',
  'errorReport',
  'pages',
  'theme',
  'digest',
  // Converted token by token when a page is rendered, so URLs in it keep their characters.
  'markdown',
  // The start of a body's text: only its excerpt is shown (a page's description), converted
  // then. Converting every whole body up front cost seconds per thousand articles.
  'lead',
]);

const converters = new Map<TraditionalVariant, (text: string) => string>();

/** OpenCC's converter for a variant (opencc.ts), made once per thread. */
export function converterOf(variant: TraditionalVariant): (text: string) => string {
  const convert = converters.get(variant) ?? openccConverter(variant);
  converters.set(variant, convert);
  return convert;
}

/**
 * The site as a traditional-Chinese reader sees it: every piece of Chinese text (names,
 * navigation, footer, categories, figures, article titles and bodies) converted with OpenCC,
 * and Chinese content marked as written in zh-Hant. Converting the data rather than the finished
 * HTML keeps the language links' own labels (简) and every URL as they are.
 */
export function traditionalSite(
  site: Site,
  variant: TraditionalVariant,
  /** Where converted articles are kept by their digest (the build's parse cache). */
  kept?: ParseCache['derived'],
): Site {
  const convert = converterOf(variant);
  const walk = (value: unknown, key?: string): unknown => {
    if (key && verbatim.has(key)) return value;
    if (typeof value === 'string')
      return key === 'lang' && value === 'zh-CN' ? 'zh-Hant' : convert(value);
    if (Array.isArray(value)) return value.map((v) => walk(v));
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  const converted = walk({ ...site, articles: [] }) as Site;
  // An article is its file's text: its conversion is kept, without the fields kept as they
  // are (the body's HTML and Markdown above all), and merged back over it.
  const fieldsOf = (article: Article) =>
    Object.fromEntries(convertible(article).map(([key, value]) => [key, walk(value, key)]));
  converted.articles = site.articles.map((article) => ({
    ...article,
    ...(kept
      ? kept(`zh-Hant ${variant}`, article.digest, () => fieldsOf(article))
      : fieldsOf(article)),
  }));
  return converted;
}

/**
 * The converted fields of each article of an edition `traditionalSite` made, by digest: what a
 * rendering worker is given (pool.ts) instead of converting every article's title and summary
 * again, which took each worker half a second at 10,000 articles.
 */
export function conversionsOf(edition: Site): Map<string, Partial<Article>> {
  return new Map(
    edition.articles.map((article) => [article.digest, Object.fromEntries(convertible(article))]),
  );
}

/** An article's fields that an edition converts: all but those kept as they are. */
const convertible = (article: Article) =>
  Object.entries(article).filter(([key]) => !verbatim.has(key));
