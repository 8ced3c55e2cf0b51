import { parseFragment, serialize, type DefaultTreeAdapterTypes as T } from 'parse5';

/**
 * Lit's server rendering writes two things the Nu Html Checker rejects, though browsers read
 * them as intended:
 * - `<template shadowroot="open" shadowrootmode="open">`: `shadowroot` is the pre-standard name
 *   of `shadowrootmode`, for browsers before 2023. A browser that knows `shadowrootmode` turns
 *   the template into the shadow root, so the template and its attributes never reach the DOM.
 * - `<?>`, the marker a template ending in a binding leaves: HTML parsers read it as a comment
 *   whose text is `?` (a "bogus comment"), which is exactly what `<!--?-->` is.
 * The body is parsed with parse5 (the parser jsdom uses, WHATWG-conformant) and written back
 * with the attribute dropped; serialising writes each comment as `<!--…-->`. So the document a
 * browser builds is node for node the one Lit rendered, and hydration finds every marker.
 */
export function standardMarkup(body: string): string {
  const fragment = parseFragment(body);
  strip(fragment);
  return serialize(fragment);
}

function strip(node: T.ParentNode): void {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    if ('content' in child) {
      child.attrs = child.attrs.filter((a) => a.name !== 'shadowroot');
      strip(child.content);
    }
    strip(child);
  }
}
