/**
 * What one saved article page says, in order of trust: the meta tags of 《政府网站发展指引》
 * (those site-kit itself writes, see render/gov-meta.ts), then the visible patterns of such pages
 * (fields.ts), then the page's `<h1>` and `<title>`. The main text is found by Mozilla's
 * Readability, after the parts read here (title, trail, 发布时间 line, source note) and the
 * page's chrome are taken out, so they are not repeated in the body.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import {
  columnOfTrail,
  isSourceNote,
  isSubtitle,
  isTrailLine,
  keywordsOf,
  readInfoLine,
  splitTitle,
  squash,
  trailItems,
} from './fields.js';

export interface PageFacts {
  title?: string;
  subtitle?: string;
  /** The publish date as written (the PubDate tag's, or the 发布时间 line's). */
  dateText?: string;
  author?: string;
  source?: string;
  sourceNote?: string;
  column?: string;
  keywords?: string[];
  summary?: string;
  lang: 'zh-CN' | 'en';
  /** The page's own absolute address, when it says it (canonical link or the Url tag). */
  canonical?: string;
  /** The address of the page this one translates (its hreflang zh-CN alternate), if another. */
  editionOf?: string;
  /** The main text as HTML, its links and pictures as the page wrote them. */
  content: string;
}

/** Longest line of text read as a trail, a 发布时间 line or a source note. */
const lineMax = 200;

/** Chrome that is never article text: parsed away before Readability looks. */
const chrome = [
  'script, style, noscript, template, nav, header, footer, form, button, input, select',
  'textarea, iframe, object, embed, qx-article-tools, qx-article-meta, qx-attachment-list',
  'qx-stat-group, .print-only, img[src^="data:"]',
].join(', ');

export function readPage(html: string): PageFacts {
  // No scripts run and nothing is fetched: jsdom's defaults; its console stays quiet.
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  try {
    return factsOf(doc);
  } finally {
    dom.window.close();
  }
}

function factsOf(doc: Document): PageFacts {
  for (const el of doc.querySelectorAll('script, style, noscript, template')) el.remove();
  const meta = metaTags(doc);
  const lang = /^en\b/i.test(doc.documentElement.getAttribute('lang') ?? '') ? 'en' : 'zh-CN';
  const taken: Element[] = [];
  const take = <T extends Element | undefined>(el: T): T => {
    if (el) taken.push(el);
    return el;
  };

  const titleEl = take(titleElement(doc, meta.get('articletitle')));
  const subtitleEl = take(subtitleElement(doc, titleEl));
  const written = meta.get('articletitle') ?? text(titleEl) ?? titleOfDocument(doc);
  const split = written ? splitTitle(written) : undefined;
  const subtitle = text(subtitleEl) ?? split?.subtitle;

  const trailEl = take(trailElement(doc));
  const trail = trailEl && itemsOf(trailEl);
  const infoEl = take(lineElement(doc, /时间|日期/, (t) => readInfoLine(t) !== undefined));
  const info = infoEl ? readInfoLine(infoEl.textContent ?? '') : undefined;
  const noteEl = take(lineElement(doc, /来源|转自|转载/, isSourceNote, true));

  const siteName = meta.get('sitename');
  const declaredSource = meta.get('contentsource');
  // site-kit writes the site's own name as ContentSource of an unattributed article.
  const source =
    info?.source ?? (declaredSource && declaredSource !== siteName ? declaredSource : undefined);

  for (const el of taken) el.remove();
  for (const el of doc.querySelectorAll(chrome)) el.remove();
  unwrapQiaoxinElements(doc);
  const article = new Readability(doc, { keepClasses: false }).parse();
  const content = article?.content ?? doc.body?.innerHTML ?? '';

  const description = meta.get('description');
  const keywords = meta.get('keywords');
  const title = split?.title;
  const canonical = canonicalOf(doc, meta.get('url'));
  return {
    ...(title && { title }),
    ...(subtitle && { subtitle }),
    lang,
    ...optional('dateText', meta.get('pubdate') ?? info?.date),
    ...optional('author', meta.get('author') ?? info?.author),
    ...optional('source', source),
    ...optional('sourceNote', text(noteEl)),
    ...optional('column', meta.get('columnname') ?? (trail && columnOfTrail(trail, title))),
    ...(keywords && keywordsOf(keywords).length ? { keywords: keywordsOf(keywords) } : {}),
    ...optional('summary', summaryOf(description, article?.textContent ?? '')),
    ...optional('canonical', canonical),
    ...optional('editionOf', editionOf(doc, canonical)),
    content,
  };
}

const optional = <K extends string>(key: K, value: string | undefined) =>
  (value ? { [key]: value } : {}) as Partial<Record<K, string>>;

const text = (el: Element | undefined) =>
  el ? squash(el.textContent ?? '') || undefined : undefined;

/** `<meta name>` tags by lower-cased name (sites write `pubdate` and `PubDate` alike). */
function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta[name][content]')) {
    const name = (el.getAttribute('name') ?? '').toLowerCase();
    const value = squash(el.getAttribute('content') ?? '');
    if (value && !tags.has(name)) tags.set(name, value);
  }
  return tags;
}

/** `<title>` without the site's name after it: 「标题_某某网站」, 「标题 - 某某网站」. */
function titleOfDocument(doc: Document): string | undefined {
  const whole = squash(doc.title);
  return whole.split(/\s*(?:_|\||｜| - | — |-{2})\s*/)[0] || undefined;
}

/** The element showing the title: the one matching ArticleTitle or `<title>`, else the `<h1>`. */
function titleElement(doc: Document, declared: string | undefined): Element | undefined {
  const fromTitle = titleOfDocument(doc);
  const candidates = [...doc.querySelectorAll('h1, h2, h3, [class*="title"], [id*="title"]')];
  const wanted = declared ?? fromTitle;
  const same = candidates.find(
    (el) => wanted && text(el) && splitTitle(text(el) ?? '').title === splitTitle(wanted).title,
  );
  return same ?? (declared ? undefined : (doc.querySelector('body h1') ?? undefined));
}

/** A subtitle just after the title: site-kit's `<p class="subtitle">` or a 「——…」 line. */
function subtitleElement(doc: Document, title: Element | undefined): Element | undefined {
  const marked = doc.querySelector('.subtitle');
  if (marked && text(marked)) return marked;
  const next = title?.nextElementSibling ?? undefined;
  return next && isSubtitle(next.textContent ?? '') && (text(next)?.length ?? 0) < lineMax
    ? next
    : undefined;
}

/** The trail: site-kit's breadcrumbs, a 「您的当前位置：」 line, or a breadcrumb-like element. */
function trailElement(doc: Document): Element | undefined {
  return (
    doc.querySelector('qx-breadcrumbs') ??
    lineElement(doc, /位置/, isTrailLine) ??
    [...doc.querySelectorAll('[class*="crumb"], [class*="position"], [class*="location"]')].find(
      (el) => (text(el)?.length ?? lineMax) < lineMax && /[>»›→＞]/.test(el.textContent ?? ''),
    )
  );
}

function itemsOf(trail: Element): string[] {
  const items = trail.querySelectorAll('qx-breadcrumb-item');
  return items.length
    ? [...items].map((el) => el.textContent ?? '')
    : trailItems(trail.textContent ?? '');
}

/**
 * The element holding one short line of the page that passes `test`: found from a text node
 * with `word` in it, then its ancestors as long as they stay short and still pass (the label
 * and the values of a line are often in sibling `<span>`s). The first such line, or the last.
 */
function lineElement(
  doc: Document,
  word: RegExp,
  test: (line: string) => boolean,
  last = false,
): Element | undefined {
  if (!doc.body) return undefined;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let found: Element | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!word.test(node.nodeValue ?? '')) continue;
    let best: Element | undefined;
    for (let el = node.parentElement; el && el !== doc.body; el = el.parentElement) {
      const line = el.textContent ?? '';
      if (squash(line).length > lineMax) break;
      if (test(line)) best = el;
    }
    if (best && !last) return best;
    if (best) found = best;
  }
  return found;
}

/** site-kit's own elements, as the plain HTML Readability and Turndown know. */
function unwrapQiaoxinElements(doc: Document): void {
  for (const el of doc.querySelectorAll('qx-figure')) {
    const figure = doc.createElement('figure');
    figure.append(...el.childNodes);
    const caption = el.getAttribute('caption');
    if (caption) {
      const figcaption = doc.createElement('figcaption');
      figcaption.textContent = caption;
      figure.append(figcaption);
    }
    el.replaceWith(figure);
  }
}

/**
 * 《指引》's Description, unless it is only a piece of the text cut short (as site-kit and most
 * CMSs write it, from the opening paragraphs, when an article has no summary of its own).
 */
function summaryOf(description: string | undefined, body: string): string | undefined {
  if (!description) return undefined;
  const bare = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');
  const opening = bare(description).replace(/(…|\.\.\.)$/, '');
  return bare(body).includes(opening) ? undefined : description;
}

function canonicalOf(doc: Document, declared: string | undefined): string | undefined {
  const link = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? declared;
  return link && /^https?:\/\//i.test(link) ? link : undefined;
}

/** The Chinese original a language edition names (`<link rel="alternate" hreflang="zh-CN">`). */
function editionOf(doc: Document, own: string | undefined): string | undefined {
  if (!own) return undefined;
  const original = [...doc.querySelectorAll('link[rel="alternate"][hreflang][href]')].find((el) =>
    /^(zh|zh-cn|zh-hans)$/i.test(el.getAttribute('hreflang') ?? ''),
  );
  const href = original?.getAttribute('href');
  return href && href !== own ? href : undefined;
}
