// Pagefind is sent each page's head and main region without its shadow roots (search-html.ts):
// the index it writes must be the very one the whole pages give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { close, createIndex } from 'pagefind';
import { searchableHtml } from '../dist/write/search-html.js';
import { pagesOf } from './helpers/built-pages.js';
import { useBuiltSites } from './helpers/portal-pages.js';

const built = useBuiltSites('qx-search-html-');

/** Pagefind's files for `pages`, each sent as `prepare` makes it: one digest of them all. */
async function indexDigest(pages, prepare) {
  const { index } = await createIndex({});
  for (const { url, html } of pages) {
    const added = await index.addHTMLFile({ url, content: prepare(html) });
    assert.deepEqual(added.errors, []);
  }
  const { files } = await index.getFiles();
  await index.deleteIndex();
  const hash = createHash('sha256');
  for (const file of files.sort((a, b) => (a.path < b.path ? -1 : 1)))
    hash.update(file.path).update(file.content);
  return { digest: hash.digest('hex'), files: files.length };
}

test('both portals, every page in every edition: the same search index from a third of the HTML', async (t) => {
  t.after(() => close());
  for (const [id, dist] of Object.entries(built)) {
    const pages = [];
    for (const { path } of await pagesOf(dist))
      pages.push({ url: path.slice(dist.length), html: await readFile(path, 'utf8') });
    const size = pages.reduce((n, { html }) => n + html.length, 0);
    const sent = pages.reduce((n, { html }) => n + searchableHtml(html).length, 0);
    assert.ok(sent < size / 2, `${id}: less than half is sent`);
    const whole = await indexDigest(pages, (html) => html);
    assert.ok(whole.files > 10, `${id}: Pagefind wrote its index`);
    assert.deepEqual(await indexDigest(pages, searchableHtml), whole, id);
  }
});

test('what Pagefind reads of a page stays; nested shadow roots go whole; other shapes are sent as they are', () => {
  const page =
    '<!doctype html><html lang="zh-CN"><head><title>标题</title></head><body>' +
    '<header>页眉</header><main data-pagefind-body><h1>正文标题</h1>' +
    '<qx-a><template shadowrootmode="open"><style>b{}</style><qx-b><template shadowrootmode="open">内</template></qx-b>外</template>光</qx-a>' +
    '<template id="t">普通模板</template><p>段落</p></main><footer>页脚</footer></body></html>';
  assert.equal(
    searchableHtml(page),
    '<!doctype html><html lang="zh-CN"><head><title>标题</title></head><body>' +
      '<main data-pagefind-body><h1>正文标题</h1><qx-a>光</qx-a>' +
      '<template id="t">普通模板</template><p>段落</p></main></body></html>',
  );
  for (const other of [
    '<p>没有 main</p>',
    '<body><main><template shadowrootmode="open">未闭合</main>',
  ])
    assert.equal(searchableHtml(other), other);
});
