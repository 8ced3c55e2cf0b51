// 字号 / 分享 on a built article page, under the portal's strict CSP: the server-rendered
// <qx-article-tools> comes alive (article pages load its entry; other pages do not), 大 makes
// the body text larger, and 分享 shows the QR code the build made for this page. The tools
// coming alive moves nothing (they keep their server-rendered place: CLS 0).
import { after, before, test } from 'node:test';
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

let page, origin;
const errors = [];
before(async () => {
  ({ origin } = await portals());
  page = await newPage(await newContext());
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await recordLayoutShifts(page);
});
after(closePortals);

const bodySize = () =>
  page.$eval('#article-body p', (p) => parseFloat(getComputedStyle(p).fontSize));

test('the article tools work on an article page, and only article pages load them', async () => {
  await page.goto(`${origin}/jinshan/gzzs/five-year-review/`, { waitUntil: 'load' });
  await page.evaluate(awake);
  const before = await bodySize();
  await page.waitForNetworkIdle();
  assert.deepEqual(await layoutShifts(page), [], 'no layout shift on load');
  await clickInShadow(page, 'qx-article-tools', '[part=size-button]');
  await page.waitForFunction(
    () =>
      document
        .querySelector('qx-article-tools')
        .shadowRoot.querySelector('[part=size-button]')
        .getAttribute('aria-pressed') === 'true',
  );
  assert.ok((await bodySize()) >= before * 1.2, `大 enlarges the body text from ${before}px`);

  await clickInShadow(page, 'qx-article-tools', '[part=share]');
  await page.waitForFunction(() => {
    const img = document.querySelector('qx-article-tools img[slot=qr]');
    return img?.checkVisibility() && img.complete && img.naturalWidth > 0;
  });
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, [], 'no script or CSP errors');

  // The home page has no article tools, so it does not load them.
  await page.goto(`${origin}/jinshan/`, { waitUntil: 'load' });
  const defined = await page.evaluate(() => !!customElements.get('qx-article-tools'));
  assert.equal(defined, false);
});
