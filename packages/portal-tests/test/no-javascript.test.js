// Every page of both portals read with JavaScript disabled: the server-rendered HTML (with
// declarative shadow DOM) must carry all the text, and its links must work on their own.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  closePortals,
  configOf,
  newContext,
  newPage,
  pagesOf,
  portals,
  site,
  siteDir,
  traditionalOf,
  visibleText,
  visibleTexts,
} from '../lib/browser.js';
import { builtSites } from '../../../scripts/serve-portals.js';

let context, page, origin, sites;

before(async () => {
  ({ origin, sites } = await portals());
  context = await newContext();
  page = await newPage(context);
  await page.setJavaScriptEnabled(false);
});
after(closePortals);

/** What no page may ever show: leaked template values and untranslated i18n keys. */
const broken = [
  /\bundefined\b/,
  /\bNaN\b/,
  /Invalid Date/,
  /\b(site|header|footer|nav)\.[a-z]\w*/i,
];

/** The `##` headings of an article, read from its Markdown source. */
function sectionHeadings(dir, slug) {
  const source = readFileSync(join(dir, 'content', 'articles', `${slug}.md`), 'utf8');
  return [...source.matchAll(/^## (.+)$/gm)].map((m) => m[1].trim());
}

/** Text expected on every page of a site in a language: the chrome. */
function chrome(s, lang) {
  const config = configOf(s);
  const en = lang === 'en';
  // Chinese as the page writes it: converted with OpenCC in the traditional edition.
  const zh = lang === 'zh-Hant' ? traditionalOf(s) : (text) => text;
  return [
    en ? 'Skip to main content' : zh('跳到主要内容'),
    zh(config.name.zh),
    config.name.en,
    ...config.nav.map((n) => (en ? n.en : zh(n.zh))),
    zh(config.footer.icp),
    en ? 'Site map' : zh('网站地图'),
    en ? 'ICP licence' : zh('ICP备案号'),
  ];
}

async function open(path) {
  const response = await page.goto(origin + path, { waitUntil: 'load' });
  assert.equal(response.status(), 200, `${path} loads`);
  return visibleText(page);
}

const lines = (text) => text.split('\n');
/** The trail of a breadcrumb as one string: 首页>理论学习>正文. */
const trail = async () =>
  (await visibleText(page, 'qx-breadcrumbs')).replace(/\s+/g, '').replace(/^[^:：]*[:：]/, '');

describe('every page shows its text without JavaScript', () => {
  for (const s of builtSites()) {
    for (const p of pagesOf(s)) {
      test(p.path, async () => {
        const text = await open(p.path);
        for (const expected of chrome(s, p.lang))
          assert.ok(text.includes(expected), `${p.path} shows “${expected}”`);
        for (const pattern of broken)
          assert.doesNotMatch(text, pattern, `${p.path} shows no ${pattern}`);
        const h1 = await page.$eval('main h1', (h) => h.textContent.trim()).catch(() => '');
        assert.ok(h1 && text.includes(h1), `${p.path} shows its <h1> “${h1}”`);
      });
    }
  }
});

describe('the Chongqing article without JavaScript', () => {
  for (const en of [false, true]) {
    const path = `/chongqing/${en ? 'en/' : ''}llxx/five-year-review/`;
    test(path, async () => {
      const text = await open(path);
      const cq = await site('chongqing');
      assert.ok(text.includes('奋力书写“侨”文章 凝心聚力启新程'), 'the title');
      assert.ok(text.includes('——重庆市侨联五年工作综述'), 'the subtitle');
      const headings = sectionHeadings(siteDir(cq), 'five-year-review');
      assert.equal(headings.length, 3);
      for (const h of headings) assert.ok(lines(text).includes(h), `the section heading “${h}”`);
      // The article is Chinese on both pages, so is its meta line.
      assert.match(
        text,
        /发布时间[:：]\s*2023-06-02 15:38\s+作者[:：]\s*本站编辑\s+来源[:：]\s*本站原创/,
      );
      assert.ok(text.includes('(来源:重庆日报)'), 'the source note');
      assert.equal(await trail(), en ? 'Home>TheoryStudy>Article' : '首页>理论学习>正文');
      const counters = await page.$$eval('qx-stat-counter', (els) => els.length);
      assert.equal(counters, 4, 'the four organisation figures');
      for (const [value, zh, label] of [
        ['67', '各级侨联组织', 'federation organisations at all levels'],
        ['41', '各级涉侨平台', 'overseas Chinese affairs platforms at all levels'],
        ['380', '侨联分会、侨联小组', 'federation branches and groups'],
        ['110', '侨胞之家', 'Homes for Overseas Chinese'],
      ]) {
        // The figure on a line of its own (not the same number in the prose), then its label.
        const shown = en ? `${value}\n${label}` : `${value}个\n${zh}`;
        assert.ok(text.includes(shown), `the figure ${value} with “${en ? label : zh}”`);
      }
    });
  }

  test('English stat figures carry no Chinese units', async () => {
    for (const path of ['/chongqing/en/', '/chongqing/en/llxx/five-year-review/', '/jinshan/en/']) {
      await open(path);
      const figures = await visibleTexts(page, 'qx-stat-counter');
      assert.ok(figures.length > 0, `${path} has figures`);
      for (const f of figures)
        assert.doesNotMatch(f, /[\u3400-\u9fff]/, `${path}: the English figure “${f}”`);
    }
  });
});

describe('the Jinshan article without JavaScript', () => {
  test('shows the title, every section heading and the figure with its caption', async () => {
    const text = await open('/jinshan/gzzs/five-year-review/');
    const js = await site('jinshan');
    assert.ok(text.includes('铸牢“根”“魂”“梦” 凝聚侨心侨力 为金山转型新发展塑造新形象而努力奋斗'));
    for (const h of sectionHeadings(siteDir(js), 'five-year-review'))
      assert.ok(lines(text).includes(h), `the section heading “${h}”`);
    assert.ok(lines(text).includes('区侨界人士喜迎建党100周年文艺汇演'), 'the figure caption');
    assert.match(text, /发布时间[:：]\s*2022-12-01/);
    assert.equal(await trail(), '首页>工作综述>正文');
    const image = await page.$eval('qx-figure img', (img) => ({
      loaded: img.complete && img.naturalWidth > 0,
      alt: img.alt,
    }));
    assert.deepEqual(image, { loaded: true, alt: '演出现场示意图' });
  });

  test('the home pages show the highlight and the figures', async () => {
    const cq = await open('/chongqing/');
    for (const v of ['67个', '41个', '380个', '110个'])
      assert.ok(lines(cq).includes(v), `Chongqing home shows ${v}`);
    assert.ok(cq.includes('奋力书写“侨”文章 凝心聚力启新程'));
    const js = await open('/jinshan/');
    assert.ok(lines(js).includes('1658个'), 'Jinshan home shows 1658个');
  });
});

describe('links work without JavaScript', () => {
  test('a nav link and the breadcrumb lead to their pages', async () => {
    await open('/chongqing/llxx/five-year-review/');
    const nav = await page.$('qx-site-nav a[href="/chongqing/qldt/"]');
    await Promise.all([page.waitForNavigation(), nav.click()]);
    assert.equal(new URL(page.url()).pathname, '/chongqing/qldt/');
    assert.equal(await page.$eval('main h1', (h) => h.textContent.trim()), '侨联动态');

    await open('/chongqing/llxx/five-year-review/');
    const crumb = await page.evaluateHandle(() =>
      [...document.querySelectorAll('qx-breadcrumb-item')]
        .find((item) => item.textContent.trim() === '理论学习')
        ?.shadowRoot.querySelector('a'),
    );
    assert.ok(crumb.asElement(), 'the breadcrumb 理论学习 is a link');
    await Promise.all([page.waitForNavigation(), crumb.asElement().click()]);
    assert.equal(new URL(page.url()).pathname, '/chongqing/llxx/');
    assert.equal(await page.$eval('main h1', (h) => h.textContent.trim()), '理论学习');
    // And the list links to the article again.
    const item = await page.evaluateHandle(() =>
      document.querySelector('qx-news-item')?.shadowRoot.querySelector('a'),
    );
    await Promise.all([page.waitForNavigation(), item.asElement().click()]);
    assert.equal(new URL(page.url()).pathname, '/chongqing/llxx/five-year-review/');
  });
});

// A page added to a dist is tested above without edits; this guards the discovery itself.
test('finds every page of both portals', async () => {
  // Both seed portals at least; a webmaster's new site is covered too.
  const ids = sites.map((s) => s.id);
  assert.ok(ids.includes('chongqing') && ids.includes('jinshan'), ids.join());
  for (const s of sites) {
    const found = pagesOf(s);
    assert.ok(found.length >= 14, `${s.id}: ${found.length} pages`);
    assert.ok(found.some((p) => p.path === `${s.basePath}en/404.html`));
    assert.ok(readdirSync(s.dist).includes('404.html'));
  }
});
