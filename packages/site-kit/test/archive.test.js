// The navigation a big archive needs, in a real build (the real CLI) of a copy of sites/jinshan
// given articles across several years: yearly archives /<section>/<year>/ in every edition, the
// 按年份 links on section pages and the site map grouped by year. Its feeds and sitemap.xml are
// in feeds.test.js.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assertRefused, copySite, read, runCli, useTemp } from './helpers/site-copy.js';
import { builtArchiveSite, editions, qldt } from './helpers/archive-site.js';
import { elementsOf } from './helpers/light-dom.js';

const temp = useTemp('qx-archive-');

/** Newest first, as every list of the site is. */
const byDate = (list) => [...list].sort((a, b) => b[1].localeCompare(a[1]));
const yearOf = ([, published]) => Number(published.slice(0, 4));
const slugsOf = (year) =>
  byDate(qldt)
    .filter((a) => yearOf(a) === year)
    .map(([slug]) => slug);

/** The qx-news-item links of a list and of its later pages, followed through pagination. */
async function listed(out, folder) {
  const hrefs = [];
  for (let page = 1; ; page++) {
    const file = `${folder}${page > 1 ? `page/${page}/` : ''}index.html`;
    if (!existsSync(join(out, file))) return hrefs;
    const items = elementsOf(await read(out, file), 'qx-news-item', 'main');
    hrefs.push(...items.map((i) => i.attrs.href));
  }
}

describe('a site with years of articles', () => {
  let out;
  before(async () => {
    out = await builtArchiveSite(temp.path);
  });

  test('each yearly archive lists exactly its year’s articles, newest first, in every edition', async () => {
    for (const [folder] of editions) {
      for (const year of [2019, 2020, 2021, 2022, 2023]) {
        const hrefs = await listed(out, `${folder}qldt/${year}/`);
        assert.deepEqual(
          hrefs,
          slugsOf(year).map((slug) => `/jinshan/${folder}qldt/${slug}/`),
          `${folder}qldt/${year}/`,
        );
      }
      // 2020 has nine articles: two pages of five.
      assert.ok(existsSync(join(out, `${folder}qldt/2020/page/2/index.html`)));
      assert.ok(!existsSync(join(out, `${folder}qldt/2020/page/3/index.html`)));
      // No page for a year without articles, nor for a section's empty years.
      assert.ok(!existsSync(join(out, `${folder}qldt/2024/index.html`)));
      assert.deepEqual(await listed(out, `${folder}gzzs/2022/`), [
        `/jinshan/${folder}gzzs/five-year-review/`,
      ]);
    }
  });

  test('a yearly archive has its title and breadcrumbs in each edition', async () => {
    const expected = {
      '': ['2021年侨联动态', ['首页', '侨联动态', '2021年']],
      'zh-hant/': ['2021年僑聯動態', ['首頁', '僑聯動態', '2021年']],
      'en/': ['Federation News, 2021', ['Home', 'Federation News', '2021']],
    };
    for (const [folder, [h1, trail]] of Object.entries(expected)) {
      const html = await read(out, `${folder}qldt/2021/index.html`);
      assert.equal(elementsOf(html, 'h1', 'main')[0].text, h1);
      assert.match(html, new RegExp(`<title>${h1}[_ -]`));
      const crumbs = elementsOf(html, 'qx-breadcrumb-item', 'main');
      assert.deepEqual(
        crumbs.map((c) => c.text),
        trail,
      );
      assert.equal(crumbs[1].attrs.href, `/jinshan/${folder}qldt/`);
      const page2 = await read(out, `${folder}qldt/2020/page/2/index.html`);
      assert.match(elementsOf(page2, 'h1', 'main')[0].text, /2020.*(2|page 2)/);
    }
  });

  test('section pages link to their years, with counts, in a labelled navigation', async () => {
    for (const [folder, label, counts] of [
      [
        '',
        '按年份',
        ['2023年（5篇）', '2022年（2篇）', '2021年（2篇）', '2020年（9篇）', '2019年（7篇）'],
      ],
      ['en/', 'By year', ['2023 (5)', '2022 (2)', '2021 (2)', '2020 (9)', '2019 (7)']],
    ]) {
      for (const page of [`${folder}qldt/`, `${folder}qldt/page/3/`, `${folder}qldt/2020/`]) {
        const html = await read(out, `${page}index.html`);
        const [nav] = elementsOf(html, 'nav.year-nav', 'main');
        assert.ok(nav, `${page} has the year navigation`);
        const [heading] = elementsOf(html, 'h2', 'nav.year-nav');
        assert.equal(heading.text, label);
        assert.equal(nav.attrs['aria-labelledby'], heading.attrs.id);
        const links = elementsOf(html, 'a', 'nav.year-nav');
        assert.deepEqual(
          links.map((l) => l.text),
          counts,
        );
        assert.deepEqual(
          links.map((l) => l.attrs.href),
          [2023, 2022, 2021, 2020, 2019].map((y) => `/jinshan/${folder}qldt/${y}/`),
        );
        assert.equal(elementsOf(html, 'li', 'nav.year-nav').length, 5, 'a list of years');
        const current = links.filter((l) => l.attrs['aria-current'] === 'page');
        assert.deepEqual(
          current.map((l) => l.attrs.href),
          page.endsWith('2020/') ? [`/jinshan/${folder}qldt/2020/`] : [],
        );
      }
    }
  });

  test('the site map lists each section’s years, not every article', async () => {
    for (const [folder] of editions) {
      const html = await read(out, `${folder}sitemap/index.html`);
      const links = elementsOf(html, 'a', 'main').map((a) => a.attrs.href);
      for (const year of [2019, 2020, 2021, 2022, 2023])
        assert.ok(links.includes(`/jinshan/${folder}qldt/${year}/`), `${folder}: qldt ${year}`);
      assert.ok(links.includes(`/jinshan/${folder}gzzs/2022/`));
      assert.ok(links.includes(`/jinshan/${folder}qldt/`) && links.includes(`/jinshan/${folder}`));
      assert.ok(!links.some((l) => /\/qldt\/y20/.test(l)), 'no article is listed one by one');
    }
  });
});

test('an article named like a year is refused: its URL is the yearly archive’s', async () => {
  const dir = await copySite(join(temp.path, 'year-slug'));
  await writeFile(
    join(dir, 'content/articles/2023.md'),
    `---\ntitle: 年度总结\npublished: '2023-12-31'\ncategory: gzzs\n---\n\n正文。\n`,
  );
  await assertRefused(dir, [
    'content/articles/2023.md: file name must not be a year alone: /<section>/2023/ is the section’s yearly archive; add a word, e.g. 2023-review',
  ]);
  const zh = await runCli(['build', dir, '--lang', 'zh'], { cwd: dir });
  assert.equal(zh.code, 1);
  assert.match(
    zh.stderr,
    /content\/articles\/2023\.md: 文件名不能只是年份：\/栏目\/2023\/ 是栏目的年份归档页/,
  );
});
