// Shared by the tests (not a test itself): a built page read as the browser's light DOM with
// parse5, shadow roots (declarative <template>s) set aside, so a test sees what site-kit wrote
// around the components, whether or not those components render shadow DOM yet.
import { parse } from 'parse5';

/** Every element below `node`, in document order, never entering a template's content. */
function* walk(node) {
  for (const child of node.childNodes ?? []) {
    if (child.nodeName === 'template') continue;
    if (child.tagName) yield child;
    yield* walk(child);
  }
}

/** The text of an element's light DOM, white space collapsed. */
export function textOf(node) {
  const parts = [];
  const visit = (n) => {
    for (const child of n.childNodes ?? []) {
      if (child.nodeName === '#text') parts.push(child.value);
      else if (child.nodeName !== 'template' && child.tagName) visit(child);
    }
  };
  visit(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The elements `tag` of a page (inside `within`, when given): their attributes and text. */
export function elementsOf(html, tag, within) {
  let root = parse(html);
  if (within) root = [...walk(root)].find((e) => matches(e, within)) ?? { childNodes: [] };
  return [...walk(root)]
    .filter((e) => matches(e, tag))
    .map((e) => ({
      attrs: Object.fromEntries(e.attrs.map((a) => [a.name, a.value])),
      text: textOf(e),
      node: e,
    }));
}

/** `tag` or `tag.class`. */
function matches(element, selector) {
  const [tag, cls] = selector.split('.');
  if (element.tagName !== tag) return false;
  if (!cls) return true;
  const classes = element.attrs.find((a) => a.name === 'class')?.value.split(/\s+/) ?? [];
  return classes.includes(cls);
}
