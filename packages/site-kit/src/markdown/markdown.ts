import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

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
export interface Rendered {
  html: string;
  /** The `##` section headings, in order, for a table of contents. */
  headings: Heading[];
  figures: Figure[];
  images: Reference[];
  links: Reference[];
}

// Raw HTML is escaped (html: false) rather than filtered: a filter is a list of what is
// known to be dangerous, escaping needs no such list. No linkify or typographer either:
// the articles are kept word for word, quotes included, even where the scrape broke them.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });
const { escapeHtml } = md.utils;

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

md.renderer.rules.image = (tokens, idx, _options, env: Rendered) => {
  const token = tokens[idx] as Token;
  const src = token.attrGet('src') ?? '';
  const alt = token.children ? md.renderer.renderInlineAsText(token.children, md.options, env) : '';
  const title = token.attrGet('title');
  const img = `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}" loading="lazy">`;
  if (!title) return img;
  env.figures.push({ src, alt, caption: title });
  return `<qx-figure caption="${escapeHtml(title)}">${img}</qx-figure>`;
};

md.core.ruler.push('qiaoxin', (state) => {
  const env = state.env as Rendered;
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
    if (token.type !== 'inline') return;
    for (const child of walk(token.children ?? [])) {
      if (child.type === 'image') env.images.push({ url: child.attrGet('src') ?? '', line });
      if (child.type === 'link_open') env.links.push({ url: child.attrGet('href') ?? '', line });
    }
    // A paragraph holding nothing but a figure: a <figure> may not sit inside a <p>.
    const kids = token.children ?? [];
    const prev = state.tokens[i - 1];
    const next = state.tokens[i + 1];
    if (kids.length === 1 && kids[0]?.type === 'image' && kids[0].attrGet('title')) {
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

/** Renders an article or page body to safe HTML and collects what the page needs around it. */
export function renderMarkdown(source: string): Rendered {
  const env: Rendered = { html: '', headings: [], figures: [], images: [], links: [] };
  env.html = md.render(source, env);
  return env;
}
