/**
 * The one place text becomes HTML (or XML) outside Lit's templates, for the whole repository:
 * the document head, the sitemap, the attributes the Markdown rules write, the emblem, and
 * (through the package index) the repository's scripts. Lit escapes what it renders itself;
 * every string concatenated into markup elsewhere goes through here. The work is done by
 * `entities` (the escaper of htmlparser2 and markdown-it), not by a hand-written list.
 */
import { escapeUTF8 } from 'entities';

/**
 * Text for an element's content. `&`, `<`, `>`, `"` and `'` are all escaped, as in attributes,
 * so the output is also valid XML (the sitemap) and safe in any quoting.
 */
export const escapeText = (text: string): string => escapeUTF8(text);

/** A value for a quoted attribute (`href="…"`): nothing in it can end the quotes or the tag. */
export const escapeAttr = (text: string): string => escapeUTF8(text);
