// Builds real site folders (copies of sites/jinshan and sites/chongqing) and reads the output
// as a crawler and a browser would: every page in both languages, head metadata, JSON-LD,
// sitemap, CSP hashes, list pages. Broken site folders are in build-broken.test.js.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSite } from '../dist/index.js';
import { copySite as copyReal, files, read, useTemp } from './helpers/site-copy.js';

const temp = useTemp('qx-build-');
const copySite = (id, into) => copyReal(join(temp.path, into), id);

const jsonLd = (html) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) =>
    JSON.parse(m[1]),
  );
const attr = (html, pattern) => pattern.exec(html)?.[1];

describe('the Jinshan portal', () => {
  let out;
  before(async () => {
    const dir = await copySite('jinshan', 'good');
    out = (await buildSite(dir)).outDir;
  });

  test('has every page in Chinese and under /en/ in English, with sitemap.xml and robots.txt', async () => {
    const all = await files(out);
    for (const page of [
      'index.html',
      'about/index.html',
      'gzzs/index.html',
      'qldt/index.html',
      'gzzs/five-year-review/index.html',
      'sitemap/index.html',
      '404.html',
    ]) {
      assert.ok(all.includes(page), page);
      assert.ok(all.includes(`en/${page}`), `en/${page}`);
    }
    assert.ok(all.includes('sitemap.xml') && all.includes('robots.txt'));
    assert.ok(all.includes('images/performance.svg'));
    assert.ok(!all.some((f) => f.includes('manifest')), 'no build manifest is published');
  });

  test('article head: lang, title, description, canonical, hreflang, Open Graph', async () => {
    const zh = await read(out, 'gzzs/five-year-review/index.html');
    const en = await read(out, 'en/gzzs/five-year-review/index.html');
    assert.match(zh, /<html lang="zh-CN">/);
    assert.match(en, /<html lang="en">/);
    assert.match(
      zh,
      /<title>铸牢“根”“魂”“梦” 凝聚侨心侨力 为金山转型新发展塑造新形象而努力奋斗_上海市金山区归国华侨联合会<\/title>/,
    );
    assert.match(
      attr(zh, /<meta name="description" content="([^"]+)"/),
      /^自2017年12月金山区第五次归侨侨眷代表大会/,
    );
    const page = 'https://www.example.org/jinshan/gzzs/five-year-review/';
    const enPage = 'https://www.example.org/jinshan/en/gzzs/five-year-review/';
    assert.equal(attr(zh, /<link rel="canonical" href="([^"]+)"/), page);
    assert.equal(attr(en, /<link rel="canonical" href="([^"]+)"/), enPage);
    for (const html of [zh, en]) {
      assert.equal(attr(html, /hreflang="zh-CN" href="([^"]+)"/), page);
      assert.equal(attr(html, /hreflang="en" href="([^"]+)"/), enPage);
      assert.equal(attr(html, /hreflang="x-default" href="([^"]+)"/), page);
    }
    assert.equal(attr(zh, /property="og:type" content="([^"]+)"/), 'article');
    assert.equal(attr(zh, /property="og:url" content="([^"]+)"/), page);
    assert.equal(attr(en, /property="og:locale" content="([^"]+)"/), 'en_US');
    assert.match(
      attr(zh, /property="og:image" content="([^"]+)"/),
      /^https:\/\/www\.example\.org\/jinshan\/assets\/card-\w+\.png$/,
    );
  });

  test('article JSON-LD: a NewsArticle and the BreadcrumbList of the trail shown', async () => {
    const [article, trail] = jsonLd(await read(out, 'gzzs/five-year-review/index.html'));
    assert.equal(article['@type'], 'NewsArticle');
    assert.equal(
      article.headline,
      '铸牢“根”“魂”“梦” 凝聚侨心侨力 为金山转型新发展塑造新形象而努力奋斗',
    );
    assert.equal(article.datePublished, '2022-12-01T00:00:00+08:00');
    assert.equal(article.publisher.name, '上海市金山区归国华侨联合会');
    assert.deepEqual(article.image, ['https://www.example.org/jinshan/images/performance.svg']);
    assert.equal(trail['@type'], 'BreadcrumbList');
    assert.deepEqual(
      trail.itemListElement.map((i) => [i.position, i.name, i.item]),
      [
        [1, '首页', 'https://www.example.org/jinshan/'],
        [2, '工作综述', 'https://www.example.org/jinshan/gzzs/'],
        [3, '正文', 'https://www.example.org/jinshan/gzzs/five-year-review/'],
      ],
    );
    const [list] = jsonLd(await read(out, 'en/gzzs/index.html'));
    assert.deepEqual(
      list.itemListElement.map((i) => i.name),
      ['Home', 'Work Reviews'],
    );
    assert.deepEqual(jsonLd(await read(out, 'about/index.html')), [], 'no trail, no JSON-LD');
  });

  test('the article body: breadcrumbs with the last step current, section headings, the figure with its size', async () => {
    const zh = await read(out, 'gzzs/five-year-review/index.html');
    assert.match(zh, /<qx-breadcrumb-item[^>]*current[^>]*>[\s\S]*?正文/);
    for (const heading of ['着力打造“凝心工程”', '着力打造“聚力工程”']) {
      assert.ok(zh.includes(heading), heading);
    }
    const figure =
      /<qx-figure[^>]*caption="区侨界人士喜迎建党100周年文艺汇演"[^>]*>[\s\S]*?<\/qx-figure\s*>/.exec(
        zh,
      )?.[0];
    assert.ok(figure, 'figure with its caption attribute');
    assert.match(
      figure,
      /<figcaption[^>]*>[\s\S]*区侨界人士喜迎建党100周年文艺汇演/,
      'caption server-rendered',
    );
    assert.match(figure, /<img src="\/jinshan\/images\/performance\.svg" width="\d+" height="\d+"/);
  });

  test('an English page of a Chinese-only article says so and marks the article zh-Hans', async () => {
    const en = await read(out, 'en/gzzs/five-year-review/index.html');
    assert.match(
      en,
      /<p class="notice">(<!--[^>]*-->)*This article is available in Chinese only\./,
    );
    assert.match(en, /<article lang="zh-Hans">/);
    assert.match(en, /<qx-article-meta[^>]*lang="zh-Hans"/);
    assert.match(en, /Skip to main content/);
    const zh = await read(out, 'gzzs/five-year-review/index.html');
    assert.doesNotMatch(zh, /class="notice"/);
    assert.match(zh, /<article\s*>/);
  });

  test('the navigation marks the current section without JavaScript', async () => {
    const html = await read(out, 'gzzs/five-year-review/index.html');
    const nav = /<qx-site-nav[\s\S]*?<\/qx-site-nav>/.exec(html)[0];
    const links = [...nav.matchAll(/<a href="([^"]+)"(?: aria-current="(\w+)")?/g)].map((m) => [
      m[1],
      m[2],
    ]);
    assert.deepEqual(
      links.filter(([, current]) => current),
      [['/jinshan/gzzs/', 'true']],
    );
    const home = await read(out, 'index.html');
    assert.match(home, /<a href="\/jinshan\/" aria-current="page"/);
  });

  test('every inline style and script is allowed by the page CSP, and nothing else is inline', async () => {
    for (const file of (await files(out)).filter((f) => f.endsWith('.html'))) {
      const html = await read(out, file);
      const csp = attr(html, /http-equiv="Content-Security-Policy" content="([^"]+)"/);
      const hash = (t) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;
      const styles = new Set();
      for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
        assert.ok(csp.includes(hash(css)), `${file}: a <style> is not in the CSP`);
        styles.add(hash(css));
      }
      const allowed = /style-src 'self'([^;]*)/.exec(csp)?.[1].trim().split(' ').filter(Boolean);
      assert.deepEqual(new Set(allowed), styles, `${file}: the CSP allows only the page's styles`);
      const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
      assert.equal(
        inline.length,
        1,
        `${file}: one inline script, the elder-mode and accessibility boot`,
      );
      assert.ok(csp.includes(hash(inline[0][1])));
      assert.doesNotMatch(html, /\son[a-z]+=/i, `${file}: no event-handler attribute`);
      assert.doesNotMatch(html, /\sstyle="/, `${file}: no style attribute (CSP would block it)`);
    }
  });

  test('sitemap.xml lists every page in every edition with alternates; robots.txt points to it', async () => {
    const xml = await read(out, 'sitemap.xml');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    // 8 pages × 3 editions (zh-CN, zh-Hant, en), the yearly archive /gzzs/2022/ among them; 404
    // and search left out
    assert.equal(locs.length, 24);
    assert.ok(locs.includes('https://www.example.org/jinshan/en/gzzs/five-year-review/'));
    assert.ok(!locs.some((l) => l.includes('404')));
    assert.match(xml, /<lastmod>2022-12-01<\/lastmod>/);
    assert.match(
      await read(out, 'robots.txt'),
      /^Sitemap: https:\/\/www\.example\.org\/jinshan\/sitemap\.xml$/m,
    );
  });

  test('the 404 pages are not indexed and offer both languages', async () => {
    const zh = await read(out, '404.html');
    assert.match(zh, /<meta name="robots" content="noindex">/);
    assert.doesNotMatch(zh, /rel="canonical"/);
    assert.match(zh, /页面不存在/);
    assert.match(zh, /<p lang="en">/);
  });

  test('scripts: one module entry on every page, the same; behaviour loads when needed', async () => {
    const article = await read(out, 'gzzs/five-year-review/index.html');
    const about = await read(out, 'about/index.html');
    const scripts = (html) =>
      [...html.matchAll(/<script([^>]*) src="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    for (const [attrs] of [...scripts(article), ...scripts(about)])
      assert.match(attrs, /type="module"/);
    // The figures' and article tools' code is no longer a script of their own: the one entry
    // loads it when the reader gets to them (page-weight.test.js weighs what loads at once).
    assert.equal(scripts(article).length, 1);
    assert.deepEqual(scripts(article), scripts(about));
    const all = await files(out);
    for (const [, src] of scripts(article))
      assert.ok(all.includes(src.replace('/jinshan/', '')), src);
  });
});

test('a category with more articles than pageSize is split into pages with qx-pagination', async () => {
  const dir = await copySite('chongqing', 'paged');
  const config = JSON.parse(await read(dir, 'site.config.json'));
  await writeFile(join(dir, 'site.config.json'), JSON.stringify({ ...config, pageSize: 2 }));
  for (const n of [1, 2, 3, 4]) {
    await writeFile(
      join(dir, `content/articles/notice-${n}.md`),
      `---\ntitle: 通知${n}\npublished: 2024-01-0${n}\ncategory: qldt\n---\n\n正文${n}。\n`,
    );
  }
  const { outDir } = await buildSite(dir);
  const first = await read(outDir, 'qldt/index.html');
  const second = await read(outDir, 'qldt/page/2/index.html');
  assert.match(first, /<qx-pagination[^>]*current="1"[^>]*total="2"/);
  assert.match(first, /first-href="\/chongqing\/qldt\/"/);
  assert.match(first, /href-template="\/chongqing\/qldt\/page\/\{page\}\/"/);
  assert.ok(
    first.includes('通知4') && first.includes('通知3') && !first.includes('通知2'),
    'newest first',
  );
  assert.ok(second.includes('通知2') && second.includes('通知1'));
  assert.match(second, /<title>侨联动态（第2页）_重庆市归国华侨联合会<\/title>/);
  const en = await read(outDir, 'en/qldt/page/2/index.html');
  assert.match(en, /<title>Federation News \(page 2\) - Chongqing Federation/);
});
