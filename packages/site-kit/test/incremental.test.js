// Incremental builds: after each kind of edit, a rebuild of the same output renders only what
// the edit touches, and what it leaves is byte for byte what a cold build of the same folder
// writes. A rebuild that fails leaves the previous output as it was; one killed while applying
// its changes is finished by the next build.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { edit, readJson, useCopies, useTemp, writeJson } from './helpers/site-copy.js';
import { assertSameTree, tree } from './helpers/trees.js';
import { cli, leftovers, printed, start } from './support/cli.js';

const copy = useCopies('qx-incremental-');
const temp = useTemp('qx-incremental-cold-');

async function build(site, out) {
  const run = await cli(['build', site, ...(out ? ['--out', out] : [])]);
  assert.equal(run.code, 0, run.stdout + run.stderr);
  return run;
}

const article = (slug, { title, category = 'qldt', day = '2024-03-01', body = '正文。' }) => [
  `content/articles/${slug}.md`,
  `---\ntitle: ${title}\npublished: '${day}'\ncategory: ${category}\n---\n\n${body}\n`,
];

/** When a page's file was last written: an incremental build leaves untouched pages alone. */
const written = async (site, file) => (await stat(join(site, 'dist', file))).mtimeMs;

describe('an incremental rebuild equals a cold build', () => {
  let site;
  let n = 0;
  /** Applies an edit, rebuilds incrementally, and compares with a cold build elsewhere. */
  async function after(what, change) {
    await change();
    await build(site);
    const cold = join(temp.path, `cold-${n++}`);
    await build(site, cold);
    assertSameTree(await tree(join(site, 'dist')), await tree(cold), what);
  }

  test('edits of articles touch only their pages, lists, home and the other site-wide pages', async () => {
    site = await copy('edits');
    for (const [file, text] of [
      article('first', { title: '第一篇', day: '2024-03-01' }),
      article('second', { title: '第二篇', day: '2023-05-02', category: 'gzzs' }),
      article('third', { title: '第三篇', day: '2022-07-03' }),
    ])
      await writeFile(join(site, file), text);
    await build(site);
    const untouched = await written(site, 'gzzs/five-year-review/index.html');
    const sitemap = await written(site, 'sitemap.xml');
    // Pages that show no article's title or text: an edit of one does not render them again.
    const noArticle = [
      'search/index.html',
      '404.html',
      'about/index.html',
      'en/sitemap/index.html',
    ];
    const noArticleTimes = await Promise.all(noArticle.map((file) => written(site, file)));

    await after('article body', () =>
      edit(site, 'content/articles/first.md', (t) => t.replace('正文。', '改过的正文。')),
    );
    assert.match(await readFile(join(site, 'dist/qldt/first/index.html'), 'utf8'), /改过的正文/);
    assert.equal(
      await written(site, 'gzzs/five-year-review/index.html'),
      untouched,
      'an article the edit does not touch is not written again',
    );
    await after('article title', () =>
      edit(site, 'content/articles/second.md', (t) => t.replace('第二篇', '改名的第二篇')),
    );
    assert.equal(
      await written(site, 'sitemap.xml'),
      sitemap,
      'edits of a body and a title leave the sitemap as it was, not written again',
    );
    assert.deepEqual(
      await Promise.all(noArticle.map((file) => written(site, file))),
      noArticleTimes,
      'edits of a body and a title leave the search, 404, about and site map pages alone',
    );
    await after('article category', () =>
      edit(site, 'content/articles/third.md', (t) => t.replace('category: qldt', 'category: gzzs')),
    );
    await after('article date', () =>
      edit(site, 'content/articles/first.md', (t) => t.replace('2024-03-01', '2021-01-09')),
    );
    // The same year: no page comes or goes, only the sitemap's <lastmod> changes.
    const beforeDay = await written(site, 'sitemap.xml');
    await after('article day', () =>
      edit(site, 'content/articles/first.md', (t) => t.replace('2021-01-09', '2021-01-10')),
    );
    assert.notEqual(await written(site, 'sitemap.xml'), beforeDay, 'a new day is written');
    await after('article deleted', () => unlink(join(site, 'content/articles/second.md')));
    await after('article added', async () => {
      const [file, text] = article('fourth', { title: '第四篇', day: '2025-02-02' });
      await writeFile(join(site, file), text);
    });
  });

  test('edits of the configuration, navigation, theme and figures', async () => {
    site = await copy('config');
    await build(site);
    await after('site name', async () => {
      const config = await readJson(site, 'site.config.json');
      config.name.zh = '上海市金山区归国华侨联合会（改名）';
      await writeJson(site, 'site.config.json', config);
    });
    await after('navigation', async () => {
      const config = await readJson(site, 'site.config.json');
      config.nav = config.nav.slice(0, 3);
      await writeJson(site, 'site.config.json', config);
    });
    await after('theme', async () => {
      const theme = await readJson(site, 'theme.json');
      theme.primary = '#8b1a1a';
      await writeJson(site, 'theme.json', theme);
    });
    await after('figures', async () => {
      const stats = await readJson(site, 'content/data/stats.json');
      stats.highlights.items[0].value = 1700;
      await writeJson(site, 'content/data/stats.json', stats);
    });
  });
});

describe('a rebuild that fails or is killed', () => {
  test('a content error leaves the previous output exactly as it was', async () => {
    const site = await copy('failing');
    await build(site);
    const before = await tree(join(site, 'dist'));
    await edit(site, 'content/articles/five-year-review.md', (t) =>
      t.replace(/^category: .*$/m, 'category: no-such-section'),
    );
    const run = await cli(['build', site]);
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /five-year-review\.md:\d+/);
    assertSameTree(await tree(join(site, 'dist')), before, 'after the failed rebuild');
    assert.deepEqual(await leftovers(join(site, 'dist')), []);
  });

  test('killed while applying its changes, it is finished by the next build', async () => {
    const site = await copy('killed');
    await build(site);
    await edit(site, 'content/articles/five-year-review.md', (t) => `${t}\n补充的一段。\n`);
    const run = start(['build', site], { env: { QIAOXIN_TEST_PAUSE: 'apply' } });
    await printed(run, /paused at apply/);
    run.child.kill('SIGKILL');
    await run.exited;
    assert.ok((await leftovers(join(site, 'dist'))).some((n) => /\.apply-\d+$/.test(n)));
    const next = await build(site);
    assert.match(next.stdout, /apply-\d+/, 'says it finished the interrupted build');
    const cold = join(temp.path, 'cold-killed');
    await build(site, cold);
    assertSameTree(await tree(join(site, 'dist')), await tree(cold), 'after the next build');
    assert.deepEqual(await leftovers(join(site, 'dist')), []);
    await rm(cold, { recursive: true });
  });
});
