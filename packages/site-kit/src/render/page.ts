import { html, nothing } from 'lit';
import '@qiaoxin/components';
// The traditional strings, there before a zh-hant/ page renders (its elements carry
// lang="zh-Hant"; on the server nothing else would load them in time).
import '@qiaoxin/components/zh-hant.js';
import type { Locale } from '@qiaoxin/i18n';
import type { Site } from '../site/types.js';
import { layout } from './chrome.js';
import { renderDocument, type SocialImage } from './head.js';
import { govMetaOf } from './gov-meta.js';
import { jsonLdOf } from './json-ld.js';
import { articleTrail } from './article.js';
import { yearTrail } from './archive.js';
import { feedsOf } from './feed-links.js';
import { content } from './pages.js';
import {
  absolute,
  absoluteUrlOf,
  localeText,
  searchBundleOf,
  urlOf,
  type PageSpec,
} from './routes.js';
import { siteText } from './strings.js';
import { converterOf } from './traditional.js';
import { RawHtml } from './raw-html.js';
import type { PublishedImage } from '../markdown/markdown.js';
import type { PublishedFile } from '../markdown/media.js';
import { editionsOf } from '../site/editions.js';
import type { Article } from '../site/types.js';

/** What the build made beside the pages, for the pages to refer to. */
export interface Assets {
  stylesheet: string;
  /**
   * The module entry every page runs (client/portal.ts, which loads each element's behaviour
   * when the reader first needs it) and the chunks it imports at once, to preload.
   */
  scripts: { entry: string; preload: string[] };
  logo?: { src: string; width: number; height: number };
  icon?: string;
  /** The icon's MIME type, e.g. `image/svg+xml`. */
  iconType?: string;
  /** The pictures Markdown bodies show, by their URL as written, published with their sizes. */
  images: ReadonlyMap<string, PublishedImage>;
  /** Attachments, videos and captions, by their path in content/ (see write/files.ts). */
  files: ReadonlyMap<string, PublishedFile>;
  /** The header banner and the WeChat QR code (site.config.json), when the site has them. */
  banner?: { src: string; width?: number; height?: number };
  wechat?: { src: string; width?: number; height?: number };
  /** Each edition's social card (og:image), a PNG: see write/og-card.ts. */
  cards: Partial<Record<Locale, SocialImage>>;
}

/** Renders one page in one language to a complete HTML document. */
export async function renderPage(
  site: Site,
  spec: PageSpec,
  locale: Locale,
  assets: Assets,
): Promise<string> {
  // No page-wide switch: every element is given the page's language (`lang`), so pages of
  // different languages could be rendered side by side.
  const { route, path } = spec;
  const notFound = route.kind === 'not-found';
  const noindex = notFound || route.kind === 'search';
  const ctx = { site, locale, images: assets.images, files: assets.files };
  const raw = new RawHtml();
  const { title, main } = raw.collect(() => content(ctx, route));
  const editions = editionsOf(site.config);
  const chrome = {
    site,
    locale,
    path,
    // The 404 page is served at any address, so it cannot know the same page's other editions.
    ...(!notFound && {
      editions: Object.fromEntries(editions.map((l) => [l, urlOf(site, l, path)])),
    }),
    // The search page has its own search field; a second one in the header would be noise.
    ...(route.kind !== 'search' && {
      search: { page: urlOf(site, locale, '/search/'), bundle: searchBundleOf(site) },
    }),
    ...(assets.logo && { logo: assets.logo }),
    ...(assets.banner && { banner: assets.banner }),
    ...(assets.wechat && { wechat: assets.wechat }),
  };
  const canonical = absoluteUrlOf(site, locale, path);
  const body = raw.render(
    raw.collect(() =>
      layout(chrome, html`${siteNote(site, locale)}${main}${printUrl(locale, canonical)}`),
    ),
  );
  const siteName = localeText(locale, site.config.name);
  const article = route.kind === 'article' ? route.article : undefined;
  const description = describe(site, locale, spec);
  const image = (article && coverOf(article, assets)) ?? assets.cards[locale];
  return renderDocument({
    locale,
    title: route.kind === 'home' ? title : siteText(locale, 'pageTitle', { title, site: siteName }),
    description,
    siteName,
    canonical,
    alternates: {
      ...Object.fromEntries(editions.map((l) => [l, absoluteUrlOf(site, l, path)])),
      'x-default': absoluteUrlOf(site, 'zh-CN', path),
    },
    type: article ? 'article' : 'website',
    ...(image && { image: { ...image, src: absolute(site, image.src) } }),
    govMeta: notFound ? [] : govMetaOf({ site, locale, route, canonical, description }),
    ...(assets.icon && { icon: assets.icon }),
    ...(assets.iconType && { iconType: assets.iconType }),
    noindex,
    feeds: feedsOf(site, locale, route),
    ...(site.config.traditional && { variant: site.config.traditional }),
    jsonLd: noindex
      ? []
      : jsonLdOf({
          site,
          locale,
          canonical,
          ...(article && { article }),
          trail:
            route.kind === 'article'
              ? articleTrail(ctx, route.category)
              : route.kind === 'list'
                ? articleTrail(ctx, route.category).slice(0, 2)
                : route.kind === 'year'
                  ? yearTrail(ctx, route)
                  : route.kind === 'topic'
                    ? [
                        [siteText(locale, 'home'), urlOf(site, locale, '/')],
                        [localeText(locale, route.topic), ''],
                      ]
                    : undefined,
          ...(assets.logo && { logo: absolute(site, assets.logo.src) }),
        }),
    stylesheet: assets.stylesheet,
    scripts: { entries: [assets.scripts.entry], preload: assets.scripts.preload },
    body,
    ...(raw.styles && { styles: raw.styles }),
  });
}

/**
 * site.config.json's `siteNote` (e.g. that the portal is a demonstration) at the top of every
 * page. Inside `<main>`, so no text sits outside a landmark; left out of the search index, or
 * every page would match it.
 */
function siteNote(site: Site, locale: Locale) {
  const note = site.config.siteNote;
  return note
    ? html`<p class="site-note" data-pagefind-ignore>${localeText(locale, note)}</p>`
    : nothing;
}

/**
 * The page's address, printed under the content (print.css shows it on paper only), so a
 * printed page says where it came from. Left out of the search index: every page has one, so
 * a search for the site's domain (or 网址) would list them all.
 */
function printUrl(locale: Locale, canonical: string) {
  return html`<p class="print-only print-url" data-pagefind-ignore>
    ${siteText(locale, 'pageUrl')}<span>${canonical}</span>
  </p>`;
}

/** The article's cover as its social card, when WeChat and Weibo can show it (PNG or JPEG). */
function coverOf(article: Article, assets: Assets): SocialImage | undefined {
  const cover = article.cover && assets.images.get(article.cover);
  if (!cover) return undefined;
  const type = /\.png$/i.test(cover.url)
    ? 'image/png'
    : /\.jpe?g$/i.test(cover.url)
      ? 'image/jpeg'
      : undefined;
  return type && { src: cover.url, width: cover.width, height: cover.height, type };
}

/** The summary a search result or a shared link shows. */
function describe(site: Site, locale: Locale, { route }: PageSpec): string {
  const name = localeText(locale, site.config.name);
  const excerpt = (lead: string) => excerptOf(site, locale, lead);
  switch (route.kind) {
    case 'article':
      return articleDescription(site, locale, route.article);
    case 'about':
      return site.about?.summary ?? excerpt(site.about?.lead ?? '');
    case 'list':
      return `${localeText(locale, route.category)} - ${name}`;
    case 'year': {
      const category = localeText(locale, route.category);
      return `${siteText(locale, 'yearTitle', { category, year: route.year })} - ${name}`;
    }
    case 'topic':
      return localeText(locale, route.topic.intro);
    case 'home':
      return site.about?.summary ?? (excerpt(site.about?.lead ?? '') || name);
    default:
      return name;
  }
}

/** The summary of an article a search result, a shared link or a feed shows. */
export const articleDescription = (site: Site, locale: Locale, article: Article) =>
  article.summary ?? excerptOf(site, locale, article.lead);

/** The start of a body's text (its `lead`), in the edition's characters. */
function excerptOf(site: Site, locale: Locale, lead: string): string {
  // Leads stay simplified in the zh-Hant edition's data (see traditional.ts): convert the cut.
  const variant = locale === 'zh-Hant' ? site.config.traditional : undefined;
  return cut(variant ? converterOf(variant)(lead) : lead);
}

/** The first 120 characters of a text. */
const cut = (text: string) => (text.length > 120 ? `${text.slice(0, 119)}…` : text);
