// The traditional-Chinese edition of both portals: converted text readable without JavaScript,
// and the header's 简 | 繁 | EN switch leading between the editions of the same page.
// (axe, no-JavaScript chrome and clean-console checks cover zh-hant/ pages with all the others.)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  closePortals,
  newContext,
  newPage,
  portals,
  site,
  siteDir,
  traditionalOf,
  visibleText,
} from '../lib/browser.js';

let origin;
before(async () => {
  ({ origin } = await portals());
});
after(closePortals);

const seeds = [
  ['chongqing', 'llxx/five-year-review'],
  ['jinshan', 'gzzs/five-year-review'],
];

/** The article's title as its Markdown gives it. */
function titleOf(s) {
  const markdown = readFileSync(join(siteDir(s), 'content/articles/five-year-review.md'), 'utf8');
  return /^title: (.+)$/m.exec(markdown)[1];
}

describe('the traditional article pages, without JavaScript', () => {
  let page;
  before(async () => {
    page = await newPage(await newContext());
    await page.setJavaScriptEnabled(false);
  });

  for (const [id, article] of seeds) {
    test(`/${id}/zh-hant/${article}/`, async () => {
      const response = await page.goto(`${origin}/${id}/zh-hant/${article}/`);
      assert.equal(response.status(), 200);
      assert.equal(await page.$eval('html', (h) => h.lang), 'zh-Hant');
      const s = await site(id);
      const title = titleOf(s);
      const traditional = traditionalOf(s)(title);
      assert.notEqual(traditional, title, 'the title has characters to convert');
      assert.equal(await page.$eval('main h1', (h) => h.textContent.trim()), traditional);
      const text = await visibleText(page);
      assert.ok(text.includes('僑聯'), '侨联 is shown as 僑聯');
      assert.ok(!text.includes('侨联'), 'no simplified 侨联 is left');
      assert.match(text, /發[佈布]時間/, 'the meta line speaks traditional Chinese');
    });
  }
});

describe('the language switch', () => {
  let page;
  before(async () => {
    page = await newPage(await newContext());
  });

  test('leads from 简 to 繁 to EN and back, on the same article, by keyboard', async () => {
    const [id, article] = seeds[0];
    await page.goto(`${origin}/${id}/${article}/`);
    const current = () =>
      page.$eval('nav.languages a[aria-current="page"]', (a) => a.textContent.trim());
    // The visible label first, then the full name for screen readers (WCAG 2.5.3).
    assert.equal(await current(), '简 简体中文');
    for (const [label, path, lang] of [
      ['繁', `/${id}/zh-hant/${article}/`, 'zh-Hant'],
      ['EN', `/${id}/en/${article}/`, 'en'],
      ['简', `/${id}/${article}/`, 'zh-CN'],
    ]) {
      const link = await page.evaluateHandle(
        (text) =>
          [...document.querySelectorAll('nav.languages a')].find(
            (a) => a.firstElementChild.textContent === text,
          ),
        label,
      );
      await link.focus();
      const outline = await link.evaluate((a) => getComputedStyle(a).outlineStyle);
      assert.notEqual(outline, 'none', `${label} shows where the focus is`);
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      assert.equal(new URL(page.url()).pathname, path);
      assert.equal(await page.$eval('html', (h) => h.lang), lang);
      const full = { 繁: '繁體中文', EN: 'English', 简: '简体中文' }[label];
      assert.equal(await current(), `${label} ${full}`);
    }
    assert.deepEqual(page.problems, []);
  });
});
