// A portal whose search index is split into many parts finds, in Chromium, what one whole
// Pagefind index of the same pages finds: the same pages, for words and for queries Pagefind
// splits into words, and the best match in the pop-up's first 8. The Jinshan site
// with 42 more articles over six years, built by the CLI with parts of at most 12 pages; the
// whole index is written by Pagefind's Node API from the same built pages, as builds did
// before the split. Both portals served on 127.0.0.1, searched on their search pages.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { close, createIndex } from 'pagefind';
import puppeteer from 'puppeteer-core';
import { chromePath, chromiumArgs, newTab } from '../../../scripts/chromium.js';
import { mountOf, serveStatic } from '../dist/serve.js';
import { cli } from './support/cli.js';
import { copySite } from './helpers/site-copy.js';

let temp;
const servers = [];
let browser;
const origins = {};

/**
 * Article `i` of 42: 7 a year from 2019, every sixth in English. Words spread over the years,
 * each with one article about it (the word in its title), which a search should list first.
 */
function article(i) {
  const year = 2019 + Math.floor(i / 7);
  const day = `${year}-${String((i % 7) + 3).padStart(2, '0')}-1${i % 9}`;
  if (i % 6 === 0) {
    const title = { 12: 'Volunteers thanked', 30: 'Tea harvest shared' }[i] ?? 'Federation news';
    return `---\ntitle: ${title} ${year} number ${i}\npublished: '${day}'\ncategory: qldt\nlang: en\n---\n\nThe federation ${i % 12 === 0 ? 'thanked its volunteers' : 'met overseas friends'} in ${year}. Tea growers ${i % 5 === 0 ? 'shared their harvest' : 'were invited'}.\n`;
  }
  const about = { 5: '茶叶', 9: '志愿者', 17: '联谊会' }[i];
  const title = about ? `${about}专题` : '工作简报';
  const words = [
    about ? `本期专题：${about}。${about}是归侨侨眷关心的事，区侨联介绍了${about}的情况。` : '',
    i % 3 === 0 ? '侨联组织开展志愿者服务活动。' : '',
    i % 5 === 0 ? '归侨侨眷品尝家乡茶叶，交流种植经验。' : '',
    i % 4 === 1 ? '海外侨胞参加联谊会，共叙乡情。' : '',
  ].join('');
  return `---\ntitle: 金山区侨联${year}年${title}第${i}期\npublished: '${day}'\ncategory: ${i % 2 ? 'gzzs' : 'qldt'}\n---\n\n${year}年，区侨联团结服务归侨侨眷。${words}\n\n本期简报编号${i}。\n`;
}

before(async () => {
  // Made here, not with useTemp: its own root-level hook may not have run yet.
  temp = await mkdtemp(join(tmpdir(), 'qx-search-split-'));
  const dir = await copySite(temp);
  for (let i = 0; i < 42; i++)
    await writeFile(join(dir, 'content/articles', `brief-${i}.md`), article(i));
  const out = join(temp, 'split');
  const built = await cli(['build', dir, '--out', out], {
    env: { QIAOXIN_SEARCH_PART_SIZE: '12' },
  });
  assert.equal(built.code, 0, built.stderr);

  // The whole index: every page the parts hold, read from the built portal, in one index.
  const whole = join(temp, 'whole');
  await cp(out, whole, { recursive: true });
  await rm(join(whole, 'pagefind'), { recursive: true });
  const manifests = [join(out, 'pagefind/part.json')];
  for (const dir of await readdir(join(out, 'pagefind/parts')))
    manifests.push(join(out, 'pagefind/parts', dir, 'part.json'));
  const urls = [];
  for (const file of manifests)
    urls.push(...JSON.parse(await readFile(file, 'utf8')).pages.map(([url]) => url));
  try {
    const { index } = await createIndex({});
    for (const url of urls.sort()) {
      const file = join(out, url.replace(/^\/jinshan\//, ''), 'index.html');
      await index.addHTMLFile({ url, content: await readFile(file, 'utf8') });
    }
    for (const { path, content } of (await index.getFiles()).files) {
      await mkdir(dirname(join(whole, 'pagefind', path)), { recursive: true });
      await writeFile(join(whole, 'pagefind', path), content);
    }
    await writeFile(join(whole, 'pagefind/parts.json'), '{}'); // nothing to merge
  } finally {
    await close();
  }

  for (const [name, dist] of [
    ['split', out],
    ['whole', whole],
  ]) {
    const server = serveStatic([mountOf('/jinshan/', dist)]);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    origins[name] = `http://127.0.0.1:${server.address().port}`;
  }
  browser = await puppeteer.launch({ executablePath: chromePath, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  if (temp) await rm(temp, { recursive: true, force: true });
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** The result links the search page lists for `q`, once its search is done. */
async function resultsOf(origin, edition, q) {
  const page = await newTab(browser);
  const problems = [];
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  page.on('pageerror', (e) => problems.push(e.message));
  try {
    await page.goto(`${origin}/jinshan/${edition}search/?q=${encodeURIComponent(q)}`);
    // Done: a count in the live region, or the nothing-found message.
    await page.waitForFunction(() => {
      const root = document.querySelector('main qx-search')?.shadowRoot;
      const message = root?.querySelector('[part=message]')?.textContent ?? '';
      return root?.querySelector('[part=status]')?.textContent?.trim() || /“/.test(message);
    });
    const links = await page.$eval('main qx-search', (el) =>
      [...el.shadowRoot.querySelectorAll('a[part=link]')].map((a) => a.getAttribute('href')),
    );
    assert.deepEqual(problems, [], `${edition}search/?q=${q}`);
    return links;
  } finally {
    await page.close();
  }
}

test('the split index has several parts in each edition', async () => {
  const response = await fetch(`${origins.split}/jinshan/pagefind/parts.json`);
  const parts = await response.json();
  for (const lang of ['zh-cn', 'zh-hant', 'en'])
    assert.ok(parts[lang]?.length >= 4, `${lang}: ${parts[lang]}`);
});

// [query, the page that should come first]: words of many pages, each with one page about it.
// Words on many pages with none about them (侨联, federation) only have to find the same pages.
for (const [edition, queries] of [
  [
    '',
    [
      ['侨联'],
      ['茶叶', 'gzzs/brief-5/'],
      ['志愿者', 'gzzs/brief-9/'],
      ['联谊会', 'gzzs/brief-17/'],
    ],
  ],
  ['en/', [['federation'], ['volunteers', 'qldt/brief-12/'], ['tea', 'qldt/brief-30/']]],
  ['zh-hant/', [['僑聯'], ['茶葉', 'gzzs/brief-5/'], ['聯誼會', 'gzzs/brief-17/']]],
]) {
  test(`/${edition}search/: the same pages as one whole index, the best match among the first`, async (t) => {
    const sameFirst = [];
    for (const [q, about] of queries) {
      const split = await resultsOf(origins.split, edition, q);
      const whole = await resultsOf(origins.whole, edition, q);
      assert.ok(whole.length > 1, `${q}: found in several pages (${whole.length})`);
      assert.deepEqual([...split].sort(), [...whole].sort(), `${edition} ${q}: the same pages`);
      if (!about) continue;
      assert.equal(whole[0], `/jinshan/${edition}${about}`, `${edition} ${q}: first in one index`);
      // First in one index, and in the split one among the 8 the pop-up lists: each part
      // weighs a word by how many of its own pages have it, so the order of close matches
      // can differ (the more so, the smaller the parts: here about 10 pages, at most 250 in
      // a real build).
      assert.ok(split.slice(0, 8).includes(whole[0]), `${edition} ${q}: ${split.slice(0, 8)}`);
      if (split[0] === whole[0]) sameFirst.push(`${edition}${q}`);
    }
    t.diagnostic(`the same first result: ${sameFirst.join(', ')}`);
  });
}
