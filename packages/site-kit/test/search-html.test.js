// Pagefind is sent each page's head and main region without its shadow roots (search-html.ts):
// the index it writes must be the very one the whole pages give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
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

/** Every page's search fragment in `dist`: a fragment is gzip of `pagefind_dcd` and its JSON. */
async function fragmentsOf(dist) {
  const names = await readdir(join(dist, 'pagefind'), { recursive: true });
  const fragments = [];
  for (const name of names.filter((n) => n.endsWith('.pf_fragment'))) {
    // Chinese words are split by zero-width spaces.
    const text = gunzipSync(await readFile(join(dist, 'pagefind', name)))
      .toString('utf8')
      .replaceAll('\u200b', '');
    fragments.push(JSON.parse(text.slice(text.indexOf('{'))));
  }
  return fragments;
}

test('the printed page address is not searchable: a search for the domain would list every page', async () => {
  for (const [id, dist] of Object.entries(built)) {
    const fragments = await fragmentsOf(dist);
    // Home, about and an article at least, in each of three editions.
    assert.ok(fragments.length >= 9, `${id}: the index has its pages (${fragments.length})`);
    for (const { url, content } of fragments) {
      assert.ok(content.length > 0, `${id} ${url}: indexed text`);
      for (const label of ['本页网址', '本頁網址', 'Address of this page', 'https://'])
        assert.ok(!content.includes(label), `${id} ${url}: "${label}" is not indexed`);
    }
  }
});

test('a result is its page: not the share QR code for a picture, not the trail before the text', async () => {
  for (const [id, dist] of Object.entries(built)) {
    const fragments = await fragmentsOf(dist);
    const articlePaths = (await pagesOf(dist))
      .filter(({ kind }) => kind === 'article')
      .map(({ file }) => `/${file.replace(/index\.html$/, '')}`);
    const articles = fragments.filter(({ url }) => articlePaths.some((p) => url.endsWith(p)));
    assert.ok(articles.length >= 3, `${id}: an article in each edition (${articles.length})`);
    for (const { url, meta } of fragments) {
      // Pagefind takes the first image for a result's picture; the QR code is one on every
      // article, a 4.7 KB data: URL in every fragment a reader downloads.
      assert.ok(
        !meta.image?.startsWith('data:'),
        `${id} ${url}: picture ${meta.image?.slice(0, 40)}`,
      );
    }
    for (const { url, content } of articles)
      for (const home of ['首页', '首頁', 'Home'])
        assert.ok(!content.startsWith(home), `${id} ${url}: begins "${content.slice(0, 20)}"`);
  }
});
