// Shared by media.test.js and media-errors.test.js (not a test itself): fresh copies of
// test/fixtures/media and its pages read with a real HTML parser (parse5).
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseHtml } from 'parse5';
import { read } from './site-copy.js';

const fixture = fileURLToPath(new URL('../fixtures/media/', import.meta.url));
/** The fixture's article: a notice with attachments and a video. */
export const article = 'content/articles/meeting.md';

/** A fresh copy of the fixture under `parent`, named `media` (its id) inside `name`. */
export async function copyMedia(parent, name) {
  const dir = join(parent, name, 'media');
  await cp(fixture, dir, { recursive: true });
  return dir;
}

/** Every element of a parse5 tree, template contents (declarative shadow DOM) included. */
export function* elements(node) {
  if (node.tagName) yield node;
  for (const child of node.childNodes ?? []) yield* elements(child);
  if (node.content) yield* elements(node.content);
}
export const attr = (el, name) => el.attrs.find((a) => a.name === name)?.value;
export const textOf = (el) =>
  (el.childNodes ?? []).map((c) => (c.nodeName === '#text' ? c.value : textOf(c))).join('');
/** Every element of a built page. */
export const page = async (out, file) => [...elements(parseHtml(await read(out, file)))];
export const all = (els, tag) => els.filter((e) => e.tagName === tag);
