// Shared by the issue-15 portal tests (not a test itself): both real sites copied under
// os.tmpdir() and built with the real CLI, and what their pages' HTML says, read with parse5.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { access, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'parse5';
import { buildWithCli, copySite, sites } from './site-copy.js';

/** Every site folder in the repository's sites/ (the two real portals and any other). */
export async function allSiteIds() {
  const entries = await readdir(sites, { withFileTypes: true });
  const ids = [];
  for (const e of entries.filter((e) => e.isDirectory()))
    if (
      await access(join(sites, e.name, 'site.config.json')).then(
        () => true,
        () => false,
      )
    )
      ids.push(e.name);
  return ids.sort();
}

/**
 * The sites' built dist folders, by id; ready once the test file's `before` has run. By default
 * the two real portals; `ids` may name others, or be `allSiteIds` for every site folder.
 */
export function useBuiltSites(prefix, ids = ['chongqing', 'jinshan']) {
  const built = {};
  let temp;
  before(async () => {
    temp = await mkdtemp(join(tmpdir(), prefix));
    for (const id of typeof ids === 'function' ? await ids() : ids) {
      const dir = await copySite(temp, id);
      const { code, stderr } = await buildWithCli(dir);
      assert.equal(code, 0, `${dir}: ${stderr}`);
      built[id] = join(dir, 'dist');
    }
  });
  after(() => temp && rm(temp, { recursive: true, force: true }));
  return built;
}

/** The site's editions as output folders: each has every page. */
export const editions = { 'zh-CN': '', 'zh-Hant': 'zh-hant/', en: 'en/' };

/** A built page (`llxx/` → llxx/index.html) parsed into a parse5 document. */
export async function pageOf(dist, path) {
  const file = path.endsWith('.html') ? path : `${path}index.html`;
  return parse(await readFile(join(dist, file), 'utf8'));
}

/** Every element below `node` (light DOM and <template> content) for which `test` holds. */
export function findAll(node, test, found = []) {
  for (const child of [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])]) {
    if (child.tagName && test(child)) found.push(child);
    findAll(child, test, found);
  }
  return found;
}

export const attr = (el, name) => el.attrs.find((a) => a.name === name)?.value;

/** `<meta name>` (or `property`) → content, for the page's head. */
export function metaOf(doc, key = 'name') {
  const tags = findAll(doc, (el) => el.tagName === 'meta' && attr(el, key) !== undefined);
  return Object.fromEntries(tags.map((el) => [attr(el, key), attr(el, 'content')]));
}

/** The text of an element and everything in it. */
export function textOf(node) {
  if (node.nodeName === '#text') return node.value;
  return [...(node.childNodes ?? [])].map(textOf).join('');
}
