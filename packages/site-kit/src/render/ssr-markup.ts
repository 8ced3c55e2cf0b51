/**
 * Lit's server rendering writes two things the Nu Html Checker rejects, though browsers read
 * them as intended:
 * - `<template shadowroot="open" shadowrootmode="open">`: `shadowroot` is the pre-standard name
 *   of `shadowrootmode`, for browsers before 2023. A browser that knows `shadowrootmode` turns
 *   the template into the shadow root, so the template and its attributes never reach the DOM.
 * - `<?>`, the marker a template ending in a binding leaves: HTML parsers read it as a comment
 *   whose text is `?` (a "bogus comment"), which is exactly what `<!--?-->` is.
 * Both are rewritten in Lit's chunks as they are collected (collect.ts), rather than by parsing
 * the body and writing it back, which cost about 1.5 ms a page, a third of its rendering.
 * Neither can come from content: Lit escapes `<` in every text and attribute value it binds, and
 * Markdown bodies are put in after (raw-html.ts), as markdown-it writes them, whose raw HTML is
 * off and which escapes `<` everywhere too. So the document a browser builds is node for node the one Lit rendered, and hydration finds
 * every marker.
 */
export function standardChunk(chunk: string): string {
  // `<?>` ends a template's chunk.
  const opened = chunk.startsWith(shadowRootOpening)
    ? chunk.replace(/^<template shadowroot="(?:open|closed)" (?=shadowrootmode=)/, '<template ')
    : chunk;
  return opened.includes('<?>') ? opened.replaceAll('<?>', '<!--?-->') : opened;
}

/** How Lit's server rendering opens a declarative shadow root: a chunk of its own (collect.ts). */
export const shadowRootOpening = '<template shadowroot="';
