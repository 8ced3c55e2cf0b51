/**
 * Whether `href` may be rendered as a link. Relative URLs are fine; absolute ones must use
 * http, https, mailto or tel. Browsers ignore whitespace and control characters inside a
 * scheme (`java\tscript:`), so those are removed before the scheme is read.
 */
export function isSafeUrl(href: string): boolean {
  // eslint-disable-next-line no-control-regex
  const normalised = href.replace(/[\u0000-\u0020\u007f]/g, '');
  // No scheme at all, or one of the four (the ":" right after it, so "https2:" is refused).
  return !/^[a-z][a-z0-9+.-]*:/i.test(normalised) || /^(https?|mailto|tel):/i.test(normalised);
}
