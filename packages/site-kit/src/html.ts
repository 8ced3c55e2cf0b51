/**
 * The one place text becomes HTML (or XML) outside Lit's templates: the document head, the
 * sitemap, and the rewrites of rendered Markdown. Lit escapes what it renders itself; every
 * string concatenated into markup elsewhere goes through here. The work is done by `entities`
 * (the escaper of htmlparser2 and markdown-it), not by a hand-written list of replacements.
 */
import { decodeHTMLAttribute, escapeUTF8 } from 'entities';

/**
 * Text for an element's content. `&`, `<`, `>`, `"` and `'` are all escaped, as in attributes,
 * so the output is also valid XML (the sitemap) and safe in any quoting.
 */
export const escapeText = (text: string): string => escapeUTF8(text);

/** A value for a quoted attribute (`href="…"`): nothing in it can end the quotes or the tag. */
export const escapeAttr = (text: string): string => escapeUTF8(text);

/**
 * The value of an attribute as written in HTML (`images/a&amp;b.png` → `images/a&b.png`): the
 * rewrites read markdown-it's escaped attributes, work on the real value, and escape it again.
 */
export const unescapeAttr = (value: string): string => decodeHTMLAttribute(value);
