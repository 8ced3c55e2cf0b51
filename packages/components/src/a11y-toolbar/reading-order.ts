/** One block of an article to be read aloud: its text, its language and the element it is. */
export interface ReadingBlock {
  /** The block's text as a screen reader would get it, whitespace collapsed. */
  text: string;
  /** The block's language: the nearest `lang` attribute, else the fallback. */
  lang: string;
  /** The element the text comes from, e.g. for highlighting what is being read. */
  element: Element;
}

/**
 * The elements read as blocks, in document order. `qx-article-meta` is a block of its own: its
 * text lives in its shadow root. A block inside another block is read as part of the outer one.
 */
const blockSelector = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'li',
  'dt',
  'dd',
  'blockquote',
  'figcaption',
  'caption',
  'th',
  'td',
  'pre',
  'qx-article-meta',
].join(',');

/** Never read: not text, or not shown. */
const skippedTags = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Whether `el` and what it holds are left out: hidden, aria-hidden, or marked `data-qx-no-read`. */
function isSkipped(el: Element): boolean {
  return (
    skippedTags.has(el.tagName) ||
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    el.hasAttribute('data-qx-no-read') ||
    // display: none or content-visibility: hidden by a style sheet; visually hidden text (clip)
    // stays readable, as it does for screen readers.
    (typeof el.checkVisibility === 'function' && !el.checkVisibility())
  );
}

/**
 * The text of `node` the way assistive technology gets it: shadow roots instead of light
 * children (slots give their assigned nodes), `alt` of images, nothing hidden. A hidden element
 * (often a visual separator like "|") counts as a space, so the words around it stay apart.
 */
export function accessibleText(node: Node): string {
  const parts: string[] = [];
  const visit = (current: Node): void => {
    if (current.nodeType === Node.TEXT_NODE) {
      parts.push(current.textContent ?? '');
      return;
    }
    if (!(current instanceof Element || current instanceof DocumentFragment)) return;
    if (current instanceof Element) {
      if (isSkipped(current)) {
        parts.push(' ');
        return;
      }
      if (current instanceof HTMLImageElement) {
        parts.push(` ${current.alt} `);
        return;
      }
      if (current instanceof HTMLSlotElement) {
        const assigned = current.assignedNodes({ flatten: true });
        (assigned.length ? assigned : [...current.childNodes]).forEach(visit);
        return;
      }
      if (current instanceof HTMLBRElement) parts.push(' ');
    }
    const children =
      current instanceof Element && current.shadowRoot ? current.shadowRoot : current;
    children.childNodes.forEach(visit);
  };
  visit(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * The blocks of `root` in reading order — title, meta line, body, captions — as document order
 * gives them, without hidden, aria-hidden or `[data-qx-no-read]` parts and without empty blocks.
 * `root` itself is a block when it matches (reading a single paragraph). `fallbackLang` is the
 * language of text with no `lang` around it (the page's, else zh-CN).
 */
export function readingOrder(root: Element, fallbackLang?: string): ReadingBlock[] {
  const fallback = fallbackLang || document.documentElement.lang || 'zh-CN';
  const blocks: ReadingBlock[] = [];
  const add = (element: Element) => {
    const text = accessibleText(element);
    const lang = element.closest('[lang]')?.getAttribute('lang') || fallback;
    if (text) blocks.push({ text, lang, element });
  };
  if (root.matches(blockSelector)) {
    if (!isSkipped(root)) add(root);
    return blocks;
  }
  for (const element of root.querySelectorAll(blockSelector)) {
    // Left out when hidden, or when inside another block whose text already holds it.
    let inside = false;
    for (let up = element.parentElement; up && up !== root && !inside; up = up.parentElement) {
      inside = up.matches(blockSelector) || isSkipped(up);
    }
    if (!inside && !isSkipped(element)) add(element);
  }
  return blocks;
}

/** Pieces of `text` of at most about `limit` characters, cut after sentence ends where it can. */
export function chunk(text: string, limit = 160): string[] {
  if (text.length <= limit) return [text];
  // After 。！？；and their ASCII forms (followed by a space, so "3.5" stays whole).
  const sentences = text.split(/(?<=[。！？；…]+[”’」』）)]*)|(?<=[.!?;]["')\]]*\s)/u);
  const pieces: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if (current && current.length + sentence.length > limit) {
      pieces.push(current.trim());
      current = '';
    }
    current += sentence;
    // A sentence longer than the limit by itself is cut after a comma, or anywhere.
    while (current.length > limit) {
      const comma = Math.max(
        ...['，', '、', ', '].map((mark) => current.lastIndexOf(mark, limit - 1)),
      );
      const cut = comma > limit / 2 ? comma + 1 : limit;
      pieces.push(current.slice(0, cut).trim());
      current = current.slice(cut);
    }
  }
  if (current.trim()) pieces.push(current.trim());
  return pieces;
}
