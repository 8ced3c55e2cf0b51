/**
 * Markdown as Qiaoxin reads it: markdown-it with the portal's own rules in one place (safe
 * links, section ids, figures, site links, published image URLs and sizes). A body is parsed at
 * load, for its checks, and again per edition when its page is rendered, with an env that
 * carries what only the build knows (see `RenderEnv`): no rule edits HTML after it is written.
 */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { escapeAttr } from '../html.js';
import { assetKey } from '../site/site-assets.js';
import { isFileLink, isVideo, videoHtml, videoPoster, type PublishedFile } from './media.js';

export interface Heading {
  id: string;
  text: string;
}
export interface Figure {
  src: string;
  alt: string;
  caption: string;
}
/** A URL in the body, with the 0-based body line of the block it is in, for checks. */
export interface Reference {
  url: string;
  line: number;
}
/** A link to a file of content/ (an attachment): its text is the attachment's name. */
export interface FileLink extends Reference {
  name: string;
}
/** A ```video block: its YAML, and the 0-based body line of its opening fence. */
export interface VideoBlock {
  line: number;
  text: string;
}
export interface Rendered {
  html: string;
  /** The `##` section headings, in order, for a table of contents. */
  headings: Heading[];
  figures: Figure[];
  images: Reference[];
  links: Reference[];
  /** Relative links: attachments in content/files/ (see media.ts), in order of appearance. */
  files: FileLink[];
  videos: VideoBlock[];
}

/** A picture the build published: where it is on the portal, and its size. */
export interface PublishedImage {
  url: string;
  width: number;
  height: number;
}

/** What rendering a body for one page of one edition knows beyond the Markdown. */
export interface RenderEnv {
  /** The portal URL of a site-absolute link that leads to a page of the site, else undefined. */
  resolveLink?: (href: string) => string | undefined;
  /** Published pictures by their URL as written (markdown-it's normalised `src`). */
  published?: ReadonlyMap<string, PublishedImage>;
  /** Converts reader-facing text (OpenCC for the traditional edition); URLs are left alone. */
  convert?: (text: string) => string;
  /** Published attachments, videos and captions, by their path in content/ (see `assetKey`). */
  publishedFiles?: ReadonlyMap<string, PublishedFile>;
}

type Env = Rendered & RenderEnv;

// Raw HTML is escaped (html: false) rather than filtered: a filter is a list of what is
// known to be dangerous, escaping needs no such list. No linkify or typographer either:
// the articles are kept word for word, quotes included, even where the scrape broke them.
export const md = new MarkdownIt({
  html: false,
  linkify: false,
  typographer: false,
  breaks: false,
});

/**
 * Only these schemes may become a link or an image; anything else (javascript:, data:,
 * vbscript:, file:, or a scheme invented tomorrow) is left as plain text. A URL with no
 * scheme is relative. Control characters and spaces are ignored as browsers ignore them.
 */
const schemeAllowed = /^(?:https?|mailto|tel)$/;
md.validateLink = (url: string): boolean => {
  // eslint-disable-next-line no-control-regex
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''));
  return !scheme || schemeAllowed.test((scheme[1] ?? '').toLowerCase());
};

/** An image with a title is a figure, the title its caption. */
export const isFigure = (token: Token): boolean =>
  token.type === 'image' && !!token.attrGet('title');

/** The `<img>` of an image token: published URL and size when the build published it. */
export function imageTag(token: Token, env: RenderEnv): string {
  const src = token.attrGet('src') ?? '';
  const alt = token.children ? md.renderer.renderInlineAsText(token.children, md.options, env) : '';
  const image = env.published?.get(src);
  const size = image ? ` width="${image.width}" height="${image.height}"` : '';
  return `<img src="${escapeAttr(image?.url ?? src)}"${size} alt="${escapeAttr(alt)}" loading="lazy">`;
}

md.renderer.rules.image = (tokens, idx, _options, env: Env) => {
  const token = tokens[idx] as Token;
  const img = imageTag(token, env);
  return isFigure(token)
    ? `<qx-figure caption="${escapeAttr(token.attrGet('title') ?? '')}">${img}</qx-figure>`
    : img;
};

/**
 * Site-absolute links (`/about/`, which load checked resolve to exactly a page of the site)
 * point into the portal under its base path, in the page's language. Only those: any other
 * link is written as markdown-it writes it.
 */
md.renderer.rules.link_open = (tokens, idx, options, env: Env, self) => {
  const token = tokens[idx] as Token;
  const written = token.attrGet('href') ?? '';
  const href = isFileLink(written)
    ? env.publishedFiles?.get(assetKey(written) ?? '')?.url
    : env.resolveLink?.(written);
  if (href === undefined) return self.renderToken(tokens, idx, options);
  const title = token.attrGet('title');
  return `<a href="${escapeAttr(href)}"${title === null ? '' : ` title="${escapeAttr(title)}"`}>`;
};

/** A ```video block becomes a `<video>` (media.ts); other fences are code, as markdown-it writes them. */
const fence = md.renderer.rules.fence;
md.renderer.rules.fence = (tokens, idx, options, env: Env, self) => {
  const token = tokens[idx] as Token;
  if (isVideo(token)) return videoHtml(token.content, env);
  return fence ? fence(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
};

/** Text a reader sees, converted for the edition; ids are made from the converted text. */
md.core.ruler.push('qiaoxin_convert', (state) => {
  const { convert } = state.env as Env;
  if (!convert) return;
  for (const token of walk(state.tokens)) {
    // A video block's file names stay as written; its title is converted as it is rendered.
    if (['text', 'code_inline', 'code_block', 'fence'].includes(token.type) && !isVideo(token))
      token.content = convert(token.content);
    const title = token.attrGet('title');
    if (title && (token.type === 'image' || token.type === 'link_open'))
      token.attrSet('title', convert(title));
  }
});

md.core.ruler.push('qiaoxin', (state) => {
  const env = state.env as Env;
  const ids = new Set<string>();
  state.tokens.forEach((token, i) => {
    const line = token.map?.[0] ?? 0;
    const inline = state.tokens[i + 1];
    if (token.type === 'heading_open' && token.tag === 'h2' && inline) {
      const text = md.renderer.renderInlineAsText(inline.children ?? [], md.options, env).trim();
      const id = uniqueId(text, ids);
      token.attrSet('id', id);
      env.headings.push({ id, text });
    }
    if (isVideo(token)) {
      env.videos.push({ line, text: token.content });
      const poster = videoPoster(token.content);
      if (poster) env.images.push({ url: poster, line });
    }
    if (token.type !== 'inline') return;
    const children = [...walk(token.children ?? [])];
    children.forEach((child, c) => {
      if (child.type === 'image') env.images.push({ url: child.attrGet('src') ?? '', line });
      if (child.type !== 'link_open') return;
      const url = child.attrGet('href') ?? '';
      env.links.push({ url, line });
      if (!isFileLink(url)) return;
      const end = children.findIndex((k, j) => j > c && k.type === 'link_close');
      const text = children.slice(c + 1, end < 0 ? undefined : end);
      const name = md.renderer.renderInlineAsText(text, md.options, env).trim();
      env.files.push({ url, line, name });
    });
    for (const child of children) {
      if (isFigure(child)) {
        const alt = md.renderer.renderInlineAsText(child.children ?? [], md.options, env);
        const src = child.attrGet('src') ?? '';
        env.figures.push({ src, alt, caption: child.attrGet('title') ?? '' });
      }
    }
    // A paragraph holding nothing but a figure: a <figure> may not sit inside a <p>.
    const kids = token.children ?? [];
    const prev = state.tokens[i - 1];
    const next = state.tokens[i + 1];
    if (kids.length === 1 && kids[0] && isFigure(kids[0])) {
      if (prev?.type === 'paragraph_open' && next?.type === 'paragraph_close') {
        prev.hidden = next.hidden = true;
      }
    }
  });
});

function* walk(tokens: Token[]): Generator<Token> {
  for (const t of tokens) {
    yield t;
    if (t.children) yield* walk(t.children);
  }
}

/** Keeps Chinese (any letter or digit) so ids stay readable in a URL fragment. */
function uniqueId(text: string, taken: Set<string>): string {
  const base =
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, '')
      .trim()
      .replace(/[\s-]+/g, '-') || 'section';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Parses a body: its tokens, and what the checks and the page need around it. */
export function parseMarkdown(source: string, env: RenderEnv = {}) {
  const full: Env = {
    ...env,
    html: '',
    headings: [],
    figures: [],
    images: [],
    links: [],
    files: [],
    videos: [],
  };
  return { tokens: md.parse(source, full), env: full };
}

/** Renders an article or page body to safe HTML and collects what the page needs around it. */
export function renderMarkdown(source: string): Rendered {
  const { tokens, env } = parseMarkdown(source);
  const { headings, figures, images, links, files, videos } = env;
  const html = md.renderer.render(tokens, md.options, env);
  return { html, headings, figures, images, links, files, videos };
}
