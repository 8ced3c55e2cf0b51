// axe-core (WCAG 2.1 A/AA and best practices) on every page, in both languages, in the
// default look and in elder mode.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  awake,
  allPages,
  axeViolations,
  closePortals,
  newContext,
  newPage,
  portals,
} from '../lib/browser.js';

let origin;
after(closePortals);

for (const elder of [false, true]) {
  describe(elder ? 'axe in elder mode' : 'axe in the default mode', () => {
    let page;
    before(async () => {
      ({ origin } = await portals());
      page = await newPage(await newContext());
      if (elder) {
        // Saved as the switch saves it; every later page of the origin opens in elder mode.
        await page.goto(`${origin}/chongqing/`);
        await page.evaluate(() => localStorage.setItem('qx-elder-mode', 'on'));
        await page.goto(`${origin}/jinshan/`);
      }
    });
    for (const p of allPages()) {
      test(p.path, async () => {
        await page.goto(origin + p.path, { waitUntil: 'load' });
        await page.evaluate(awake);
        const isElder = await page.evaluate(() =>
          document.documentElement.hasAttribute('data-qx-elder'),
        );
        assert.equal(isElder, elder, elder ? '<html data-qx-elder>' : 'not in elder mode');
        assert.equal(await page.$eval('html', (h) => h.lang), p.lang);
        assert.deepEqual(await axeViolations(page), []);
      });
    }
  });
}
