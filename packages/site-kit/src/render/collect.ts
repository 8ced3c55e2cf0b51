/**
 * Lit's server rendering of a template, collected into one string as `collectResultSync` does,
 * with three more things done on the way, chunk by chunk, instead of in passes over the finished
 * page (some 46 KB, three passes for the markup and one for the styles took a twelfth of
 * rendering a page):
 * - The markup is made standard (ssr-markup.ts).
 * - The CSP source of each `<style>` is noted. Lit writes a shadow root's styles as chunks of
 *   their own (`<style>`, each stylesheet's text, `</style>`), the same strings page after page,
 *   so a style is known by those strings without hashing its text again or even reading it.
 * - Lit's hydration markers are left out of the page level (outside every shadow root): only
 *   the elements hydrate, each its own shadow root, whose markers stay; nothing hydrates the page
 *   itself, and its markers were 3–5 KB of every page (raw-html.ts).
 * Our own collector rather than `collectResultSync` because that one has no way to see chunks.
 */
import { render } from '@lit-labs/ssr';
import type { TemplateResult } from 'lit';
import { cspHash } from './head.js';
import { shadowRootOpening, standardChunk } from './ssr-markup.js';

/** What a template rendered to: its HTML and the CSP sources of its `<style>`s. */
export interface Collected {
  html: string;
  /** Undefined when a `<style>` came in a chunk of other markup: then the HTML must be read. */
  styles: Set<string> | undefined;
}

/** A style by the chunks it was written in: the same chunks, the same text, the same hash. */
interface StyleNode {
  next: Map<string, StyleNode>;
  source?: string;
}
const styleRoot: StyleNode = { next: new Map() };

function styleSource(parts: string[]): string {
  let node = styleRoot;
  for (const part of parts) {
    let next = node.next.get(part);
    if (!next) node.next.set(part, (next = { next: new Map() }));
    node = next;
  }
  return (node.source ??= cspHash(parts.join('')));
}

/** A hydration marker Lit writes as a chunk of its own: a part's start or end, a bound node. */
const isMarker = (chunk: string) =>
  chunk.startsWith('<!--') &&
  (chunk.startsWith('<!--lit-part') ||
    chunk === '<!--/lit-part-->' ||
    chunk.startsWith('<!--lit-node '));

/** Renders `template` with Lit's server renderer and collects it (see above). */
export function collectTemplate(template: TemplateResult): Collected {
  let html = '';
  let styles: Set<string> | undefined = new Set<string>();
  let style: string[] | undefined;
  // How many shadow roots the chunk is in: Lit writes each one's opening and closing tags as
  // chunks of their own.
  let depth = 0;
  for (const chunk of render(template)) {
    // Never: nothing the pages render is asynchronous.
    if (typeof chunk !== 'string') throw new Error('a page rendered something asynchronous');
    if (style) {
      if (chunk === '</style>') {
        styles?.add(styleSource(style));
        style = undefined;
      } else style.push(chunk);
      html += chunk;
      continue;
    }
    if (chunk === '<style>') style = [];
    else if (depth === 0 && isMarker(chunk)) continue;
    // Bound values are escaped, so only Lit's own markup has a `<`.
    else if (chunk.includes('<')) {
      if (chunk.startsWith(shadowRootOpening)) depth++;
      else if (chunk === '</template>' && depth > 0) depth--;
      else if (chunk.includes('<style')) styles = undefined;
      html += standardChunk(chunk);
      continue;
    }
    html += chunk;
  }
  return { html, styles };
}
