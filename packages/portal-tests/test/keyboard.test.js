// The portal by keyboard alone: skip link first, then the header, the switches and the nav;
// at phone width the menu button opens the nav.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { awake, closePortals, focused, newContext, newPage, portals } from '../lib/browser.js';

after(closePortals);

async function open(path, viewport) {
  const { origin } = await portals();
  const page = await newPage(await newContext(), viewport ? { viewport } : {});
  await page.goto(origin + path);
  await page.evaluate(awake);
  return page;
}

test('Tab reaches the visible skip link first, and Enter moves focus to main', async () => {
  const page = await open('/chongqing/llxx/five-year-review/');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).className, 'skip-link');
  const box = await page.$eval('.skip-link', (a) => a.getBoundingClientRect().toJSON());
  const view = page.viewport();
  assert.ok(box.width > 1 && box.height > 1, 'the skip link has a size');
  assert.ok(
    box.left >= 0 && box.top >= 0 && box.right <= view.width && box.bottom <= view.height,
    `the skip link is inside the viewport: ${JSON.stringify(box)}`,
  );
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).id, 'main');
});

test('Tab goes through the home link, search, elder switch, 无障碍, 简 | 繁 | EN and nav; Enter follows a link', async () => {
  const page = await open('/chongqing/llxx/five-year-review/');
  const order = [];
  for (let i = 0; i < 13; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    order.push(f.href ?? `${f.host}>${f.tag}`);
  }
  assert.deepEqual(order, [
    '#main',
    '/chongqing/',
    'qx-search>input',
    'qx-search>button',
    'qx-elder-mode>button',
    'qx-a11y-toolbar>button',
    '/chongqing/llxx/five-year-review/',
    '/chongqing/zh-hant/llxx/five-year-review/',
    '/chongqing/en/llxx/five-year-review/',
    '/chongqing/',
    '/chongqing/llxx/',
    '/chongqing/qldt/',
    '/chongqing/about/',
  ]);
  // Back to 侨联动态, then Enter.
  await page.keyboard.down('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
  assert.equal((await focused(page)).text, '侨联动态');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.equal(new URL(page.url()).pathname, '/chongqing/qldt/');
});

test("at 375 px the header's 菜单 button opens the tools and the nav by keyboard", async () => {
  const page = await open('/jinshan/', { width: 375, height: 800 });
  const visible = (selector) =>
    page.$$eval(selector, (els) => els.map((el) => el.checkVisibility()));
  assert.deepEqual(await visible('qx-site-nav a'), [false, false, false, false], 'closed at first');
  assert.deepEqual(await visible('qx-search, qx-elder-mode'), [false, false]);
  let f;
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    f = await focused(page);
    if (f.host === 'qx-bilingual-header' && f.tag === 'summary') break;
  }
  assert.equal(f.part, 'menu-button');
  assert.equal(f.text, '菜单');
  await page.keyboard.press('Enter');
  const isOpen = await page.$eval(
    'qx-bilingual-header',
    (h) => h.shadowRoot.querySelector('details').open,
  );
  assert.equal(isOpen, true);
  assert.deepEqual(await visible('qx-site-nav a'), [true, true, true, true]);
  // Next in Tab order, as on screen below the button: the tools, the languages, then the links.
  const order = [];
  for (let i = 0; i < 9; i++) {
    await page.keyboard.press('Tab');
    const g = await focused(page);
    order.push(g.href ?? `${g.host}>${g.tag}`);
  }
  assert.deepEqual(order, [
    'qx-search>input',
    'qx-search>button',
    'qx-elder-mode>button',
    'qx-a11y-toolbar>button',
    '/jinshan/',
    '/jinshan/zh-hant/',
    '/jinshan/en/',
    '/jinshan/',
    '/jinshan/qldt/',
  ]);
  assert.equal((await focused(page)).text, '侨联动态');
});
