// The accessibility toolbar on a built portal, under its strict CSP: opened from the header,
// a scheme and a size chosen by keyboard, kept on the next page and after a reload from its
// first paint (no layout shift) and in the other language's edition, the large cursor served by
// the site, and axe clean while open.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  awake,
  axeViolations,
  clickInShadow,
  closePortals,
  layoutShifts,
  newContext,
  newPage,
  portals,
  recordLayoutShifts,
} from '../lib/browser.js';

after(closePortals);

const attributes = (page) =>
  page.evaluate(() =>
    ['data-qx-scale', 'data-qx-scheme', 'data-qx-cursor'].map((n) =>
      document.documentElement.getAttribute(n),
    ),
  );

test('chosen on one page, the toolbar settings hold on the next and after a reload, with CLS 0', async () => {
  const { origin } = await portals();
  const page = await newPage(await newContext());
  await recordLayoutShifts(page);
  await page.goto(`${origin}/chongqing/`);
  await page.evaluate(awake);
  await clickInShadow(page, 'qx-a11y-toolbar', 'button');
  await page.waitForFunction(
    () =>
      document.querySelector('qx-a11y-panel')?.shadowRoot?.activeElement?.textContent?.trim() ===
      '100%',
  );
  assert.deepEqual(await axeViolations(page), []);
  // By keyboard: 150 %, then the colour scheme 黑底黄字, then the black cursor.
  const press = async (label) => {
    for (let i = 0; i < 20; i++) {
      const text = await page.evaluate(() =>
        document.querySelector('qx-a11y-panel').shadowRoot.activeElement?.textContent?.trim(),
      );
      if (text === label) return page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
    }
    throw new Error(`no ${label} in the bar`);
  };
  await press('150%');
  await press('黑底黄字');
  await press('黑色');
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-qx-cursor'));
  assert.deepEqual(await attributes(page), ['1.5', 'yellow-on-black', 'black']);
  const cursor = await page.$eval('qx-site-nav a', (a) => getComputedStyle(a).cursor);
  const url = /url\("([^"]+)"\) 4 2, auto/.exec(cursor)?.[1];
  assert.ok(url?.includes('/chongqing/assets/cursor-black-'), cursor);
  const svg = await page.evaluate(async (u) => (await fetch(u)).headers.get('content-type'), url);
  assert.match(svg, /image\/svg\+xml/);
  await page.keyboard.press('Escape');

  const link = await page.$('qx-site-nav a[href="/chongqing/llxx/"]');
  await Promise.all([page.waitForNavigation(), link.click()]);
  assert.deepEqual(await attributes(page), ['1.5', 'yellow-on-black', 'black']);
  const { color, background, size } = await page.$eval('main', (m) => ({
    color: getComputedStyle(m).color,
    background: getComputedStyle(document.body).backgroundColor,
    size: parseFloat(getComputedStyle(m).fontSize),
  }));
  assert.equal(color, 'rgb(255, 255, 0)');
  assert.equal(background, 'rgb(0, 0, 0)');
  assert.ok(size >= 24, `main text ${size}px at 150 %`);
  await page.reload({ waitUntil: 'load' });
  await page.evaluate(awake);
  assert.deepEqual(await attributes(page), ['1.5', 'yellow-on-black', 'black']);
  const cls = (await layoutShifts(page)).reduce((a, b) => a + b, 0);
  assert.equal(cls, 0, 'no layout shift: the settings apply before first paint');
  assert.deepEqual(await axeViolations(page), []);
  // The language switch keeps them: the English edition opens with the same settings.
  await page.goto(`${origin}/chongqing/en/`, { waitUntil: 'load' });
  assert.deepEqual(await attributes(page), ['1.5', 'yellow-on-black', 'black']);
  await page.evaluate(awake);
  const label = await page.evaluate(async () => {
    return document.querySelector('qx-a11y-toolbar').shadowRoot.querySelector('button').innerText;
  });
  assert.match(label, /Accessibility/);
  assert.deepEqual(page.problems, []);
});

test('at 200 % and 320 px wide, portal pages need no sideways scrolling (WCAG 1.4.10)', async () => {
  const { origin } = await portals();
  const page = await newPage(await newContext(), { viewport: { width: 320, height: 640 } });
  await page.evaluateOnNewDocument(() => localStorage.setItem('qx-a11y', '{"scale":"2"}'));
  for (const path of ['/chongqing/', '/chongqing/llxx/five-year-review/', '/jinshan/en/']) {
    await page.goto(origin + path, { waitUntil: 'load' });
    const { scale, wide, font } = await page.evaluate(() => ({
      scale: document.documentElement.getAttribute('data-qx-scale'),
      wide: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      font: parseFloat(getComputedStyle(document.querySelector('main')).fontSize),
    }));
    assert.equal(scale, '2', path);
    assert.ok(font >= 32, `${path}: text at 200 % (${font}px)`);
    assert.equal(wide, 0, `${path} scrolls sideways by ${wide}px`);
  }
  assert.deepEqual(page.problems, []);
});
