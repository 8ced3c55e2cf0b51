// Rendering on every core: a big site's pages are rendered by worker threads, which are given
// the site the build loaded. What they write is byte for byte what one thread writes, for a
// cold build and for a rebuild, and the search index built while they render is the same.
// They render with the portal i18n runtime, i18next-lite, as the build's own thread does: a
// worker refuses to render without it (render-worker.ts), and the threaded builds here fail.
// QIAOXIN_RENDER_THREADS_FROM and QIAOXIN_SEARCH_THREADS_FROM lower the number of pages from
// which threads render and index, so a small site takes those paths here; with parts of at most
// three pages (QIAOXIN_SEARCH_PART_SIZE), the first build has more parts than its threads are
// dealt, and they are indexed in runs, several in one Pagefind process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { edit, useCopies, useTemp } from './helpers/site-copy.js';
import { assertSameTree, tree } from './helpers/trees.js';
import { cli } from './support/cli.js';

const copy = useCopies('qx-threads-');
const temp = useTemp('qx-threads-out-');

async function build(site, out, threads) {
  const env = {
    QIAOXIN_SEARCH_PART_SIZE: '3',
    ...(threads && { QIAOXIN_RENDER_THREADS_FROM: '1', QIAOXIN_SEARCH_THREADS_FROM: '1' }),
  };
  const run = await cli(['build', site, '--out', out], { env });
  assert.equal(run.code, 0, run.stdout + run.stderr);
}

test('pages rendered by worker threads equal pages rendered in one thread', async () => {
  const site = await copy('threads');
  for (let i = 1; i <= 12; i++) {
    const day = `20${10 + i}-0${(i % 9) + 1}-1${i % 10}`;
    await writeFile(
      join(site, `content/articles/n${i}.md`),
      `---\ntitle: 第${i}篇动态\npublished: '${day}'\ncategory: qldt\n---\n\n侨联第${i}次活动的正文。\n`,
    );
  }
  const one = join(temp.path, 'one');
  const many = join(temp.path, 'many');
  await build(site, one, false);
  await build(site, many, true);
  assertSameTree(await tree(many), await tree(one), 'a cold build on threads');

  await edit(site, 'content/articles/n3.md', (t) => t.replace('正文', '改过的正文'));
  await build(site, one, false);
  await build(site, many, true);
  assertSameTree(await tree(many), await tree(one), 'a rebuild on threads');
});
