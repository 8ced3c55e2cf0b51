import { createHash } from 'node:crypto';
import type { Locale } from '@qiaoxin/i18n';
import { a11yBootScript } from '@qiaoxin/components/a11y-toolbar/apply.js';
import { escapeAttr, escapeText } from '../html.js';

export interface SocialImage {
  src: string;
  width: number;
  height: number;
  /** MIME type: image/png or image/jpeg. */
  type: string;
}

export interface DocumentParts {
  locale: Locale;
  title: string;
  description: string;
  siteName: string;
  /** Absolute when the site has a `siteUrl`. */
  canonical: string;
  /** hreflang → URL of every language version, this one included. */
  alternates: Record<string, string>;
  type: 'website' | 'article';
  /** og:image: a PNG or JPEG (WeChat and Weibo show no SVG), absolute when the site can say so. */
  image?: SocialImage;
  /** 《政府网站发展指引》's `<meta name>` tags (gov-meta.ts), in order. */
  govMeta?: [string, string][];
  icon?: string;
  /** The icon's MIME type, written as the link's `type`. */
  iconType?: string;
  noindex?: boolean;
  /** RSS feeds to announce: the edition's site feed and, on a section's pages, the section's. */
  feeds?: { title: string; href: string }[];
  /** The site's traditional-Chinese usage, for `og:locale` of zh-Hant pages. */
  variant?: 'tw' | 'hk';
  jsonLd: object[];
  stylesheet: string;
  /** Module entries this page runs, and the chunks they import, to preload. */
  scripts: { entries: string[]; preload: string[] };
  /** The server-rendered body. */
  body: string;
  /** The CSP sources of the body's `<style>`s (collect.ts), when known: else the body is read. */
  styles?: Set<string>;
}

/**
 * Opens a page in the visitor's elder mode and accessibility-toolbar settings (text size,
 * colours, cursor) before its first paint, so large text never flashes small. It is inline
 * because a file would cost a render-blocking request; the CSP allows it by its hash.
 */
const elderBoot = a11yBootScript;

const hashes = new Map<string, string>();

/**
 * A CSP source for an inline script or style. Kept per text: every page carries the same few
 * component styles, and hashing them again for each of thousands of pages was measurable.
 */
export function cspHash(text: string): string {
  let hash = hashes.get(text);
  if (!hash) {
    hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    if (hashes.size < 1000) hashes.set(text, hash);
  }
  return hash;
}

/** JSON inside `<script>`: `<` is escaped so no string can close the element. */
const jsonScript = (data: object) =>
  `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;

/**
 * The policy every page satisfies: scripts and styles only from the site itself or, inline,
 * by hash (declarative shadow DOM carries each component's `<style>`), no plugins, no
 * foreign forms or base URLs. 'wasm-unsafe-eval' lets the search compile Pagefind's
 * WebAssembly (from the site itself); it does not allow eval() of JavaScript.
 */
export function contentSecurityPolicy(body: string, known?: Set<string>): string {
  const styles =
    known ??
    new Set([...body.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => cspHash(css ?? '')));
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${cspHash(elderBoot)}`,
    `style-src 'self' ${[...styles].join(' ')}`.trim(),
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Open Graph wants a territory: zh-Hant pages are read as Taiwan or Hong Kong usage. */
function ogLocale({ locale, variant }: DocumentParts): string {
  if (locale === 'zh-Hant') return variant === 'hk' ? 'zh_HK' : 'zh_TW';
  return locale === 'en' ? 'en_US' : 'zh_CN';
}

export function renderDocument(p: DocumentParts): string {
  const meta = (attr: 'name' | 'property', key: string, value?: string) =>
    value ? `<meta ${attr}="${key}" content="${escapeAttr(value)}">` : '';
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(p.body, p.styles)}">`,
    `<title>${escapeText(p.title)}</title>`,
    meta('name', 'description', p.description),
    p.noindex ? meta('name', 'robots', 'noindex') : '',
    p.noindex ? '' : `<link rel="canonical" href="${escapeAttr(p.canonical)}">`,
    ...(p.noindex ? [] : Object.entries(p.alternates)).map(
      ([lang, href]) =>
        `<link rel="alternate" hreflang="${escapeAttr(lang)}" href="${escapeAttr(href)}">`,
    ),
    ...(p.feeds ?? []).map(
      ({ title, href }) =>
        `<link rel="alternate" type="application/rss+xml" title="${escapeAttr(title)}" href="${escapeAttr(href)}">`,
    ),
    `<script>${elderBoot}</script>`,
    `<link rel="stylesheet" href="${escapeAttr(p.stylesheet)}">`,
    p.icon
      ? `<link rel="icon"${p.iconType ? ` type="${escapeAttr(p.iconType)}"` : ''} href="${escapeAttr(p.icon)}">`
      : '',
    ...p.scripts.preload.map((href) => `<link rel="modulepreload" href="${escapeAttr(href)}">`),
    ...p.scripts.entries.map((src) => `<script type="module" src="${escapeAttr(src)}"></script>`),
    meta('property', 'og:type', p.type),
    meta('property', 'og:title', p.title),
    meta('property', 'og:description', p.description),
    meta('property', 'og:site_name', p.siteName),
    meta('property', 'og:locale', ogLocale(p)),
    p.noindex ? '' : meta('property', 'og:url', p.canonical),
    ...(p.govMeta ?? []).map(([key, value]) => meta('name', key, value)),
    meta('property', 'og:image', p.image?.src),
    meta('property', 'og:image:type', p.image?.type),
    meta('property', 'og:image:width', p.image && String(p.image.width)),
    meta('property', 'og:image:height', p.image && String(p.image.height)),
    ...p.jsonLd.map(jsonScript),
  ].filter(Boolean);
  return `<!doctype html>
<html lang="${escapeAttr(p.locale)}">
<head>
${head.join('\n')}
</head>
<body>
${p.body}
</body>
</html>
`;
}
