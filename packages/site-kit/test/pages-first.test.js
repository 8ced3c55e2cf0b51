// A rebuild for the dev server applies its pages first and then its search index (the browser
// reloads in between, BuildOptions.onPages): when it is told the pages are in place, the edited
// page is, and the search index is still the previous one; once it is done, the output is byte
// for byte what a cold build of the same folder writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../dist/build.js';
import { edit, useCopies, useTemp } from './helpers/site-copy.js';
import { assertSameTree, tree } from './helpers/trees.js';

const copy = useCopies('qx-pages-first-');
const temp = useTemp('qx-pages-first-out-');
const article = 'content/articles/five-year-review.md';

test('pages are applied before the search index, and the rebuild ends as a cold build', async () => {
  const site = await copy('site');
  const out = join(temp.path, 'out');
  await buildSite(site, { outDir: out });
  const index = () => readFileSync(join(out, 'pagefind/parts.json'), 'utf8');
  const before = index();
  await edit(site, article, (text) => `${text}\n新增的一段：瑶琴湾侨心驿站揭牌。\n`);

  let seen;
  await buildSite(site, {
    outDir: out,
    onPages: () => {
      seen = {
        page: readFileSync(join(out, 'gzzs/five-year-review/index.html'), 'utf8'),
        index: index(),
      };
    },
  });
  assert.ok(seen, 'told when the pages were in place');
  assert.match(seen.page, /瑶琴湾侨心驿站/, 'the edited page is in place');
  assert.equal(seen.index, before, 'the search index is not written yet');
  assert.notEqual(index(), before, 'then the search index follows');

  const cold = join(temp.path, 'cold');
  await buildSite(site, { outDir: cold });
  assertSameTree(await tree(out), await tree(cold), 'after a pages-first rebuild');
});

test('a first build, with nothing to build on, writes pages and index together', async () => {
  const site = await copy('first');
  let called = false;
  await buildSite(site, { outDir: join(temp.path, 'first'), onPages: () => (called = true) });
  assert.equal(called, false);
});

test('a search index abandoned once the pages are in place leaves the previous one, and the next rebuild ends as a cold build', async () => {
  const site = await copy('abandoned');
  const out = join(temp.path, 'abandoned');
  await buildSite(site, { outDir: out });
  const searchFiles = async () =>
    Object.fromEntries(Object.entries(await tree(out)).filter(([f]) => f.startsWith('pagefind/')));
  const before = await searchFiles();
  await edit(site, article, (text) => `${text}\n新增的一段：瑶琴湾侨心驿站揭牌。\n`);

  // What the dev server does when a change is saved while the search index follows the pages.
  const newer = new AbortController();
  await buildSite(site, { outDir: out, onPages: () => newer.abort(), searchSignal: newer.signal });
  assert.match(readFileSync(join(out, 'gzzs/five-year-review/index.html'), 'utf8'), /瑶琴湾/);
  assert.deepEqual(await searchFiles(), before, 'the previous search index, untouched');
  const left = readdirSync(temp.path).filter((name) => name.startsWith('abandoned.'));
  assert.deepEqual(left, [], 'nothing staged is left beside the output');

  await edit(site, article, (text) => `${text}\n又一段：侨界青年联谊会成立。\n`);
  await buildSite(site, { outDir: out, onPages: () => undefined });
  const cold = join(temp.path, 'abandoned-cold');
  await buildSite(site, { outDir: cold });
  assertSameTree(await tree(out), await tree(cold), 'after the next rebuild');
});
