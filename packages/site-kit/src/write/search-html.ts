/**
 * What Pagefind is sent of a page: its head (language, title) and its `<main
 * data-pagefind-body>` without the declarative shadow roots in it. Pagefind indexes nothing
 * outside the body region and nothing inside a `<template>`, so the index it writes is byte for
 * byte the same (search-html.test.js), but a page is sent and parsed at a third of its size:
 * the shadow roots' styles are most of a page. Indexing took a tenth less time.
 * A page without that shape (never one the build writes) is sent whole.
 */
export function searchableHtml(page: string): string {
  const body = page.indexOf('<body>');
  const start = page.indexOf('<main', body);
  const end = page.lastIndexOf('</main>');
  if (body < 0 || start < 0 || end < start) return page;
  const main = withoutShadowRoots(page.slice(start, end + '</main>'.length));
  return main === undefined ? page : `${page.slice(0, body)}<body>${main}</body></html>`;
}

const open = '<template';
const close = '</template>';

/**
 * `html` without its `<template shadowrootmode>` elements, nested templates and all; undefined
 * when one is not closed. Text and attribute values cannot hold `<template`: Lit and
 * markdown-it escape every `<` they are given.
 */
function withoutShadowRoots(html: string): string | undefined {
  let out = '';
  let from = 0;
  for (;;) {
    const root = html.indexOf(`${open} shadowrootmode=`, from);
    if (root < 0) return out + html.slice(from);
    out += html.slice(from, root);
    let depth = 1;
    let at = root + open.length;
    while (depth > 0) {
      const closing = html.indexOf(close, at);
      if (closing < 0) return undefined;
      const opening = html.indexOf(open, at);
      if (opening >= 0 && opening < closing) {
        depth++;
        at = opening + open.length;
      } else {
        depth--;
        at = closing + close.length;
      }
    }
    from = at;
  }
}
