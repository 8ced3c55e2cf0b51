// The two switches in the header: the language switch leads to the same page in another
// edition, and elder mode, once chosen, stays on (or off) from page to page.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  awake,
  clickInShadow,
  closePortals,
  newContext,
  newPage,
  portals,
} from '../lib/browser.js';

after(closePortals);

async function fresh() {
  const { origin } = await portals();
  const page = await newPage(await newContext());
  return { origin, page };
}

const pathOf = (page) => new URL(page.url()).pathname;
const skipText = (page) => page.$eval('.skip-link', (a) => a.textContent.trim());

/** Follows the header's link to the page's edition in `hreflang`. */
const switchTo = (page, hreflang) =>
  Promise.all([page.waitForNavigation(), page.click(`nav.languages a[hreflang="${hreflang}"]`)]);

test('the language switch leads from the Chinese article to the English one and back', async () => {
  const { origin, page } = await fresh();
  await page.goto(`${origin}/chongqing/llxx/five-year-review/`);
  await switchTo(page, 'en');
  assert.equal(pathOf(page), '/chongqing/en/llxx/five-year-review/');
  assert.equal(await page.$eval('html', (h) => h.lang), 'en');
  assert.equal(await skipText(page), 'Skip to main content');
  const nav = await page.$$eval('qx-site-nav a', (as) => as.map((a) => a.textContent.trim()));
  assert.deepEqual(nav, ['Home', 'Theory Study', 'Federation News', 'About']);
  assert.equal(
    await page.$eval('main .notice', (p) => p.textContent.trim()),
    'This article is available in Chinese only.',
  );
  assert.equal(await page.$eval('main article', (a) => a.lang), 'zh-Hans');
  assert.equal(
    await page.$eval('main article h1', (h) => h.textContent.trim()),
    '奋力书写“侨”文章 凝心聚力启新程',
  );

  await switchTo(page, 'zh-Hans');
  assert.equal(pathOf(page), '/chongqing/llxx/five-year-review/');
  assert.equal(await page.$eval('html', (h) => h.lang), 'zh-CN');
  assert.equal(await skipText(page), '跳到主要内容');
  assert.equal(await page.$('main .notice'), null, 'no notice on the Chinese page');
  assert.deepEqual(page.problems, []);
});

test('elder mode, switched on, stays on across pages; switched off, stays off', async () => {
  const { origin, page } = await fresh();
  const bodySize = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  const isElder = () => page.evaluate(() => document.documentElement.hasAttribute('data-qx-elder'));
  const follow = async (href) => {
    const link = await page.$(`qx-site-nav a[href="${href}"]`);
    await Promise.all([page.waitForNavigation(), link.click()]);
    await page.evaluate(awake);
  };

  await page.goto(`${origin}/jinshan/`);
  await page.evaluate(awake);
  const normal = await bodySize();
  assert.equal(await isElder(), false);

  await clickInShadow(page, 'qx-elder-mode', 'button');
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-qx-elder'));
  await follow('/jinshan/gzzs/');
  assert.equal(pathOf(page), '/jinshan/gzzs/');
  assert.equal(await isElder(), true, 'the next page opens in elder mode');
  const large = await bodySize();
  assert.ok(large >= normal * 1.25, `body text ${large}px ≥ 1.25 × ${normal}px`);

  await clickInShadow(page, 'qx-elder-mode', 'button');
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-qx-elder'));
  await follow('/jinshan/about/');
  assert.equal(await isElder(), false, 'the next page opens in the default mode');
  assert.equal(await bodySize(), normal);
  assert.deepEqual(page.problems, []);
});

test('a page opened in elder mode shows its switch as on', async () => {
  const { origin, page } = await fresh();
  await page.goto(`${origin}/jinshan/`);
  // Pressed before its code has arrived: the press is held and replayed once it has.
  await clickInShadow(page, 'qx-elder-mode', 'button');
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-qx-elder'));
  await page.reload();
  // Not woken: a page opening in elder mode hydrates its switch at once.
  await page.evaluate(() => customElements.whenDefined('qx-elder-mode'));
  assert.equal(
    await page.evaluate(() => document.documentElement.hasAttribute('data-qx-elder')),
    true,
  );
  // What a screen reader announces and what the ✓ shows must match the mode the page is in
  // (once the element has run).
  await page.waitForFunction(() => {
    const b = document.querySelector('qx-elder-mode').shadowRoot.querySelector('button');
    return b.getAttribute('aria-pressed') === 'true' && b.textContent.includes('✓');
  });
  // A press on the hydrated switch is announced in its live region.
  await clickInShadow(page, 'qx-elder-mode', 'button');
  const status = await page.$eval('qx-elder-mode', (el) =>
    el.shadowRoot.querySelector('[part=status]').textContent.trim(),
  );
  assert.match(status, /长者模式/);
  assert.equal(
    await page.evaluate(() => document.documentElement.hasAttribute('data-qx-elder')),
    false,
  );
});
