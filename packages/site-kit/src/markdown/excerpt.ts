/** The text of a rendered Markdown body, for excerpts (descriptions, feeds). */

/**
 * How much of a body's text a page keeps for its excerpts: an excerpt is cut to 120 characters
 * (render/page.ts), from the first 160, which the zh-Hant edition converts before cutting.
 */
export const leadLength = 160;

/**
 * The first `leadLength` characters of a body's text (`textOf`): all its excerpts need of it.
 * A page keeps this instead of its rendered HTML, which nothing else reads: the build's parse
 * cache held 9 million characters of HTML at 10,000 articles, read back at every rebuild.
 */
export const leadOf = (html: string): string => textStart(html, leadLength).slice(0, leadLength);

/**
 * The start of `textOf(html)`, at least `length` characters of it when it has them. Every
 * article page, in each edition, and every feed item needs an excerpt, and taking the text of
 * the whole body for it was 4 % of rendering 10,000 articles: this takes the text of a growing
 * lead of the HTML instead. A lead that ends just after a tag (markdown-it escapes `<` and `>`
 * in text), with no heading left open, has the text of the whole body as far as it goes, but
 * for the spaces at its end (trimmed): its first `length` characters are the whole body's.
 */
export function textStart(html: string, length: number): string {
  for (let size = 2048; size < html.length; size *= 4) {
    const end = html.indexOf('>', size) + 1;
    if (end === 0) break;
    const lead = html.slice(0, end).replace(headings, '');
    // A heading left open, whose text is not the body's, or a `<` markdown-it would have escaped.
    if (/<h\d/.test(lead)) continue;
    const text = textOf(lead);
    if (text.length > length && !text.includes('<')) return text;
  }
  return textOf(html);
}

const headings = /<h\d[\s\S]*?<\/h\d>/g;

/** A body's text, without its headings. */
export const textOf = (html: string) =>
  html
    .replace(headings, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&[a-z#0-9]+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
