// The navigation a big archive needs, in a real build (the real CLI) of a copy of sites/jinshan
// given articles across several years: yearly archives /<section>/<year>/ in every edition, the
// 按年份 links on section pages, the site map grouped by year, RSS feeds per site and section
// per edition (parsed with a real XML parser), and sitemap.xml split into a sitemap index above
// the limit (lowered with QIAOXIN_SITEMAP_LIMIT, the build's testing knob).
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  assertRefused,
  buildWithCli,
  copySite,
  edit,
  englishEnv,
  files,
  read,
  runCli,
  useTemp,
} from './helpers/site-copy.js';
import { elementsOf } from './helpers/light-dom.js';

const temp = useTemp('qx-archive-');
const base = 'https://www.example.org/jinshan/';
const editions = [
  ['', '侨联动态'],
  ['zh-hant/', '僑聯動態'],
  ['en/', 'Federation News'],
];

// qldt's articles, by year: 25 in all, so its feed is cut at 20 and a year fills two pages.
// '2022-01-01 07:00' in China is still 2021 in UTC: it belongs to 2022 all the same.
const qldt = [
  ...Array.from({ length: 7 }, (_, i) => [`y2019-${i + 1}`, `2019-0${i + 1}-15`]),
  ...Array.from({ length: 9 }, (_, i) => [`y2020-${i + 1}`, `2020-0${i + 1}-10 09:00`]),
  ['y2021-1', '2021-03-01'],
  ['y2021-2', '2021-12-31 23:30'],
  ['y2022-new-year', '2022-01-01 07:00'],
  ['y2022-2', '2022-06-30'],
  ['y2023-1', '2023-02-01'],
  ['y2023-2', '2023-05-04'],
  ['y2023-3', '2023-08-08'],
  ['y2023-4', '2023-10-01'],
  ['y2023-5', '2023-11-11'],
];
/** Newest first, as every list of the site is. */
const byDate = (list) => [...list].sort((a, b) => b[1].localeCompare(a[1]));
const yearOf = ([, published]) => Number(published.slice(0, 4));
const slugsOf = (year) =>
  byDate(qldt)
    .filter((a) => yearOf(a) === year)
    .map(([slug]) => slug);

async function archiveSite(into) {
  const dir = await copySite(join(temp.path, into));
  await edit(dir, 'site.config.json', (text) =>
    text.replace('"traditional": "hk"', '"traditional": "hk",\n  "pageSize": 5'),
  );
  for (const [slug, published] of qldt) {
    // Titles in simplified characters, with markup characters the feed must escape.
    const body = `侨联${slug}的报道。`;
    await writeFile(
      join(dir, 'content/articles', `${slug}.md`),
      `---\ntitle: 侨联活动 ${slug} <&>\npublished: '${published}'\ncategory: qldt\n${
        slug === 'y2023-5' ? 'summary: 国际侨联的年度总结\n' : ''
      }---\n\n${body}\n`,
    );
  }
  return dir;
}

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

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });

/** The file a site URL is served from, in `out`. */
const fileOfUrl = (url) => {
  assert.ok(url.startsWith(base), `${url} is absolute on the site's address`);
  const path = url.slice(base.length);
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
};

describe('a site with years of articles', () => {
  let dir, out;
  before(async () => {
    dir = await archiveSite('site');
    const built = await buildWithCli(dir);
    assert.equal(built.code, 0, built.stderr);
    out = join(dir, 'dist');
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

  test('feeds: well-formed RSS 2.0 with every required field, newest first, links that resolve', async () => {
    for (const [folder, section] of editions) {
      for (const [feedFile, count, first] of [
        [`${folder}feed.xml`, 20, 'y2023-5'],
        [`${folder}qldt/feed.xml`, 20, 'y2023-5'],
        [`${folder}gzzs/feed.xml`, 1, 'five-year-review'],
      ]) {
        const xml = await read(out, feedFile);
        assert.equal(XMLValidator.validate(xml), true, `${feedFile} is well-formed XML`);
        const { rss } = parser.parse(xml);
        assert.equal(rss['@_version'], '2.0');
        const { channel } = rss;
        for (const field of ['title', 'link', 'description', 'language'])
          assert.ok(channel[field], `${feedFile}: channel ${field}`);
        assert.ok(existsSync(join(out, fileOfUrl(channel.link))), channel.link);
        if (feedFile.includes('qldt')) assert.match(channel.title, new RegExp(section));
        assert.equal(channel.item.length, count, feedFile);
        for (const item of channel.item) {
          for (const field of ['title', 'link', 'guid', 'pubDate', 'description'])
            assert.ok(item[field], `${feedFile}: item ${field}`);
          assert.ok(existsSync(join(out, fileOfUrl(item.link))), `${item.link} was built`);
          assert.equal(item.guid['#text'], item.link);
          assert.ok(!Number.isNaN(Date.parse(item.pubDate)), item.pubDate);
        }
        assert.equal(
          channel.item[0].link,
          `${base}${folder}${first === 'five-year-review' ? 'gzzs' : 'qldt'}/${first}/`,
        );
        const dates = channel.item.map((i) => Date.parse(i.pubDate));
        assert.deepEqual(
          dates,
          [...dates].sort((a, b) => b - a),
          `${feedFile}: newest first`,
        );
      }
    }
  });

  test('feed items: languages, China time, escaped titles, summaries, traditional characters', async () => {
    const feeds = {};
    for (const [folder] of editions)
      feeds[folder] = parser.parse(await read(out, `${folder}qldt/feed.xml`)).rss.channel;
    assert.equal(feeds[''].language, 'zh-CN');
    assert.equal(feeds['zh-hant/'].language, 'zh-HK');
    assert.equal(feeds['en/'].language, 'en');
    const item = (folder, slug) => feeds[folder].item.find((i) => i.link.endsWith(`/${slug}/`));
    assert.equal(item('', 'y2022-new-year').pubDate, 'Fri, 31 Dec 2021 23:00:00 GMT');
    assert.equal(item('', 'y2023-5').title, '侨联活动 y2023-5 <&>');
    assert.equal(item('', 'y2023-5').description, '国际侨联的年度总结');
    assert.equal(item('', 'y2023-4').description, '侨联y2023-4的报道。');
    assert.equal(item('zh-hant/', 'y2023-5').title, '僑聯活動 y2023-5 <&>');
    assert.equal(item('zh-hant/', 'y2023-5').description, '國際僑聯的年度總結');
    assert.match(feeds['zh-hant/'].title, /僑聯動態 - 上海市金山區歸國華僑聯合會/);
  });

  test('every page announces its edition’s feed; section pages their section’s too', async () => {
    const alternates = (html) =>
      elementsOf(html, 'link')
        .filter((l) => l.attrs.type === 'application/rss+xml')
        .map((l) => [l.attrs.rel, l.attrs.href, l.attrs.title]);
    for (const [folder, section] of editions) {
      for (const file of (await files(out)).filter(
        (f) => f.startsWith(folder) && f.endsWith('.html') && !f.startsWith('pagefind'),
      )) {
        if (folder === '' && /^(en|zh-hant)\//.test(file)) continue;
        const links = alternates(await read(out, file));
        assert.equal(links[0][0], 'alternate', file);
        assert.equal(links[0][1], `/jinshan/${folder}feed.xml`, file);
        assert.ok(existsSync(join(out, `${folder}feed.xml`)));
        const inSection =
          /^(?:en\/|zh-hant\/)?(qldt|gzzs)\/(?:\d{4}\/)?(?:page\/\d+\/)?index\.html$/.exec(file);
        if (inSection) {
          assert.equal(links.length, 2, file);
          assert.equal(links[1][1], `/jinshan/${folder}${inSection[1]}/feed.xml`);
          if (inSection[1] === 'qldt') assert.match(links[1][2], new RegExp(section));
        } else assert.equal(links.length, 1, file);
      }
    }
  });

  test('sitemap.xml is one urlset up to the limit, with the yearly archives in it', async () => {
    const xml = await read(out, 'sitemap.xml');
    assert.equal(XMLValidator.validate(xml), true);
    assert.match(xml, /^<\?xml[^>]*>\n<urlset /);
    assert.ok(xml.includes(`<loc>${base}zh-hant/qldt/2021/</loc>`));
    assert.ok(xml.includes(`<loc>${base}en/qldt/2020/page/2/</loc>`));
    assert.ok(!existsSync(join(out, 'sitemap-1.xml')));
  });

  test('above the limit, sitemap.xml is an index of parts that hold every URL once', async () => {
    const whole = locsOf(await read(out, 'sitemap.xml'));
    const limit = 40;
    assert.ok(whole.length > 2 * limit, `${whole.length} URLs make three parts or more`);
    const copy = await archiveSite('split');
    const built = await runCli(['build', copy], {
      cwd: copy,
      env: englishEnv({ QIAOXIN_SITEMAP_LIMIT: String(limit) }),
    });
    assert.equal(built.code, 0, built.stderr);
    const split = join(copy, 'dist');
    const index = await read(split, 'sitemap.xml');
    assert.equal(XMLValidator.validate(index), true);
    assert.match(
      index,
      /<sitemapindex xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/,
    );
    const parts = locsOf(index);
    assert.deepEqual(
      parts,
      Array.from(
        { length: Math.ceil(whole.length / limit) },
        (_, i) => `${base}sitemap-${i + 1}.xml`,
      ),
    );
    const listedUrls = [];
    for (const part of parts) {
      const xml = await read(split, fileOfUrl(part));
      assert.equal(XMLValidator.validate(xml), true, part);
      assert.match(xml, /<urlset /);
      const locs = locsOf(xml);
      assert.ok(locs.length <= limit && locs.length > 0, `${part}: ${locs.length}`);
      listedUrls.push(...locs);
    }
    assert.deepEqual(listedUrls, whole, 'every URL once, in the same order');
    assert.equal(new Set(listedUrls).size, listedUrls.length);
    assert.equal(await read(split, 'robots.txt'), await read(out, 'robots.txt'));
    assert.match(
      await read(split, 'robots.txt'),
      /^Sitemap: https:\/\/www\.example\.org\/jinshan\/sitemap\.xml$/m,
    );
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

const locsOf = (xml) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
