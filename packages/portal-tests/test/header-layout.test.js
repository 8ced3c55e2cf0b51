// The header's geometry, measured in the built portals: at a laptop width (1366 × 768) the
// search box, the 长者模式 switch, the 无障碍 button and the language switch sit on one line, centred on one
// another and evenly spaced, in both modes; at a phone width (375 px) the header (names and the
// 菜单 button) is at most 120 px tall in every edition and mode, with JavaScript and without, and
// the button's focus ring shows whole.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { awake, closePortals, focused, newContext, newPage, portals } from '../lib/browser.js';

after(closePortals);

async function open(path, viewport, { elder = false, javaScript = true } = {}) {
  const { origin } = await portals();
  const page = await newPage(await newContext(), { viewport });
  // As <qx-elder-mode> remembers the reader's choice: the page opens in elder mode.
  if (elder) await page.evaluateOnNewDocument(() => localStorage.setItem('qx-elder-mode', 'on'));
  await page.setJavaScriptEnabled(javaScript);
  await page.goto(origin + path);
  if (!javaScript) return page;
  // Laid out once the elements with behaviour are running (the header itself is server-rendered
  // only) and the fonts are in, as a reader sees it.
  await page.evaluate(awake);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

const desktop = [
  ['/chongqing/', false],
  ['/chongqing/en/', false],
  ['/jinshan/', false],
  ['/jinshan/zh-hant/', true],
  ['/jinshan/en/', true],
];
for (const [path, elderMode] of desktop) {
  test(`at 1366 × 768 the header's search, elder switch, 无障碍 and language switch line up: ${path}${elderMode ? ' in elder mode' : ''}`, async () => {
    const page = await open(path, { width: 1366, height: 768 }, { elder: elderMode });
    const boxes = await page.evaluate(() => {
      const header = document.querySelector('qx-bilingual-header');
      // 简 | 繁 | EN on a site with three editions, otherwise the header's own toggle.
      const languages =
        document.querySelector('.languages') ?? header.shadowRoot.querySelector('[part=toggle]');
      const search = document.querySelector('qx-search').shadowRoot;
      return [
        search.querySelector('input'),
        search.querySelector('button'),
        document.querySelector('qx-elder-mode'),
        document.querySelector('qx-a11y-toolbar'),
        languages,
      ].map((element) => {
        const { left, right, top, bottom } = element.getBoundingClientRect();
        return { name: element.localName, left, right, middle: (top + bottom) / 2 };
      });
    });
    const [field, button, elder, a11y, languages] = boxes;
    const where = JSON.stringify(boxes);
    // The search field and its button too: a squeezed field once put the button under it.
    for (const box of [button, elder, a11y, languages])
      assert.ok(
        Math.abs(box.middle - field.middle) <= 1,
        `${box.name} is centred on the search field's line (within 1 px): ${where}`,
      );
    const search = { right: button.right };
    assert.ok(
      field.right < button.left &&
        search.right < elder.left &&
        elder.right < a11y.left &&
        a11y.right < languages.left,
      `search, elder switch, 无障碍, languages in that order, left to right: ${where}`,
    );
    assert.ok(
      field.right - field.left >= 160,
      `the search field is ${field.right - field.left} px wide`,
    );
    const gaps = [elder.left - search.right, a11y.left - elder.right, languages.left - a11y.right];
    assert.ok(
      gaps.every((gap) => Math.abs(gap - gaps[0]) <= 1),
      `equal gaps between them (within 1 px): ${gaps}`,
    );
  });
}

const editions = [
  '/chongqing/',
  '/chongqing/zh-hant/',
  '/chongqing/en/',
  '/jinshan/',
  '/jinshan/zh-hant/',
  '/jinshan/en/',
];
for (const path of editions)
  for (const elder of [false, true])
    test(`at 375 px the header is at most 120 px tall: ${path}${elder ? ' in elder mode' : ''}`, async () => {
      const page = await open(path, { width: 375, height: 800 }, { elder });
      const { height, mode, menu } = await page.evaluate(() => {
        const header = document.querySelector('header.site-header');
        const summary = header
          .querySelector('qx-bilingual-header')
          .shadowRoot.querySelector('summary');
        return {
          height: header.getBoundingClientRect().height,
          mode: document.documentElement.hasAttribute('data-qx-elder'),
          menu: summary.checkVisibility(),
        };
      });
      assert.equal(mode, elder, `the page is ${elder ? '' : 'not '}in elder mode`);
      assert.ok(menu, 'the 菜单 / Menu button is shown');
      assert.ok(height <= 120, `the header is ${height} px tall`);
    });

test('at 375 px without JavaScript the header is as compact, and its 菜单 opens the tools and the nav', async () => {
  const page = await open('/chongqing/', { width: 375, height: 800 }, { javaScript: false });
  const state = () =>
    page.evaluate(() => {
      const header = document.querySelector('header.site-header');
      const seen = (selector) =>
        [...header.querySelectorAll(selector)].map((el) => el.checkVisibility());
      return {
        height: header.getBoundingClientRect().height,
        links: seen('qx-site-nav a'),
        tools: seen('qx-search, .languages'),
      };
    });
  const closed = await state();
  assert.ok(closed.height <= 120, `the header is ${closed.height} px tall`);
  assert.deepEqual([...closed.links, ...closed.tools], Array(6).fill(false), 'closed at first');
  let f;
  for (let i = 0; i < 5 && f?.tag !== 'summary'; i++) {
    await page.keyboard.press('Tab');
    f = await focused(page);
  }
  assert.equal(f.text, '菜单');
  await page.keyboard.press('Enter');
  const opened = await state();
  assert.deepEqual([...opened.links, ...opened.tools], Array(6).fill(true), 'all shown once open');
});

for (const elder of [false, true])
  test(`at 375 px the 菜单 button focused by keyboard shows its whole focus ring${elder ? ' in elder mode' : ''}`, async () => {
    const page = await open('/jinshan/en/', { width: 375, height: 800 }, { elder });
    let f;
    for (let i = 0; i < 5 && f?.tag !== 'summary'; i++) {
      await page.keyboard.press('Tab');
      f = await focused(page);
    }
    assert.equal(f.text, 'Menu');
    const { ring, focusVisible, outline, header } = await page.evaluate(() => {
      const host = document.querySelector('qx-bilingual-header');
      const button = host.shadowRoot.querySelector('summary');
      const style = getComputedStyle(button);
      // The outline's outer edge: the border box grown by the offset and the outline's width.
      const grow = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
      const box = button.getBoundingClientRect();
      return {
        ring: {
          top: box.top - grow,
          right: box.right + grow,
          bottom: box.bottom + grow,
          left: box.left - grow,
        },
        focusVisible: button.matches(':focus-visible'),
        outline: style.outlineStyle,
        header: host.getBoundingClientRect().toJSON(),
      };
    });
    assert.ok(focusVisible && outline !== 'none', 'the button shows its keyboard focus ring');
    assert.ok(
      ring.top >= header.top &&
        ring.left >= header.left &&
        ring.bottom <= header.bottom &&
        ring.right <= header.right,
      `the focus ring ${JSON.stringify(ring)} lies on the header ${JSON.stringify(header)}`,
    );
  });
