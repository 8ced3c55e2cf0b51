// The header's geometry, measured in the built portals: at a laptop width (1366 × 768) the
// search box, the 长者模式 switch, the 无障碍 button and the language switch sit on one line, centred on one
// another and evenly spaced; at a phone width (375 px) the 菜单 button's focus ring, drawn in
// the band's text colour, lies wholly on the nav band and inside anything that clips it.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { awake, closePortals, focused, newContext, newPage, portals } from '../lib/browser.js';

after(closePortals);

async function open(path, viewport) {
  const { origin } = await portals();
  const page = await newPage(await newContext(), { viewport });
  await page.goto(origin + path);
  // Laid out once the elements with behaviour are running (the header itself is server-rendered
  // only) and the fonts are in, as a reader sees it.
  await page.evaluate(awake);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

for (const path of ['/chongqing/', '/chongqing/en/', '/jinshan/']) {
  test(`at 1366 × 768 the header's search, elder switch, 无障碍 and language switch line up: ${path}`, async () => {
    const page = await open(path, { width: 1366, height: 768 });
    const boxes = await page.evaluate(() => {
      const header = document.querySelector('qx-bilingual-header');
      // 简 | 繁 | EN on a site with three editions, otherwise the header's own toggle.
      const languages =
        document.querySelector('.languages') ?? header.shadowRoot.querySelector('[part=toggle]');
      return [
        document.querySelector('qx-search'),
        document.querySelector('qx-elder-mode'),
        document.querySelector('qx-a11y-toolbar'),
        languages,
      ].map((element) => {
        const { left, right, top, bottom } = element.getBoundingClientRect();
        return { name: element.localName, left, right, middle: (top + bottom) / 2 };
      });
    });
    const [search, elder, a11y, languages] = boxes;
    const where = JSON.stringify(boxes);
    for (const box of [elder, a11y, languages])
      assert.ok(
        Math.abs(box.middle - search.middle) <= 1,
        `${box.name} is centred on the search box's line (within 1 px): ${where}`,
      );
    assert.ok(
      search.right < elder.left && elder.right < a11y.left && a11y.right < languages.left,
      `search, elder switch, 无障碍, languages in that order, left to right: ${where}`,
    );
    const gaps = [elder.left - search.right, a11y.left - elder.right, languages.left - a11y.right];
    assert.ok(
      gaps.every((gap) => Math.abs(gap - gaps[0]) <= 1),
      `equal gaps between them (within 1 px): ${gaps}`,
    );
  });
}

test('at 375 px the 菜单 button focused by keyboard shows its whole focus ring on the band', async () => {
  const page = await open('/jinshan/', { width: 375, height: 800 });
  let f;
  for (let i = 0; i < 15 && f?.host !== 'qx-site-nav'; i++) {
    await page.keyboard.press('Tab');
    f = await focused(page);
  }
  assert.equal(f.text, '菜单');
  const { ring, focusVisible, covers } = await page.evaluate(() => {
    const button = document.querySelector('qx-site-nav').shadowRoot.querySelector('[part=toggle]');
    const style = getComputedStyle(button);
    // The outline's outer edge: the border box grown by the offset and the outline's width.
    const grow = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
    const box = button.getBoundingClientRect();
    const ring = {
      top: box.top - grow,
      right: box.right + grow,
      bottom: box.bottom + grow,
      left: box.left - grow,
    };
    // Up the composed tree: every ancestor that clips what it paints must hold the ring, and so
    // must the first one with a background, the band the ring's colour was chosen to show on.
    const covers = [];
    let band = false;
    for (let el = button.parentElement ?? button.getRootNode().host; el;) {
      const s = getComputedStyle(el);
      const clips =
        s.overflowX !== 'visible' ||
        s.overflowY !== 'visible' ||
        /paint|strict|content/.test(s.contain) ||
        s.clipPath !== 'none';
      const painted = !band && !/rgba\(.*, 0\)|transparent/.test(s.backgroundColor);
      if (clips || painted) {
        const r = el.getBoundingClientRect();
        const name = `${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}`;
        covers.push({ name: `${name} (${clips ? 'clips' : 'band'})`, ...r.toJSON() });
      }
      band ||= painted;
      el = el.assignedSlot ?? el.parentElement ?? el.getRootNode().host;
    }
    return { ring, focusVisible: button.matches(':focus-visible'), covers };
  });
  assert.ok(focusVisible, 'the button shows its keyboard focus ring');
  assert.ok(
    covers.some((c) => c.name.endsWith('(band)')),
    'the band behind the button is found',
  );
  for (const c of covers)
    assert.ok(
      c.top <= ring.top && c.left <= ring.left && c.bottom >= ring.bottom && c.right >= ring.right,
      `the focus ring ${JSON.stringify(ring)} lies inside ${c.name} ${JSON.stringify(c)}`,
    );
});
