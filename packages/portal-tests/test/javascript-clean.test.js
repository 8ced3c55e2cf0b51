// Every page with JavaScript on, as a visitor's browser runs it: nothing in the console, no
// script error, no failed or refused request, no CSP violation.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { allPages, closePortals, newContext, newPage, portals, settled } from '../lib/browser.js';

let page, origin;

before(async () => {
  ({ origin } = await portals());
  page = await newPage(await newContext());
  // Recorded before any page script runs, so a violation during parsing is seen too.
  await page.evaluateOnNewDocument(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`),
    );
  });
});
after(closePortals);

/** Loads `path`, lets the components upgrade and the figures count up, and returns what went wrong. */
async function problemsOf(path) {
  page.problems.length = 0;
  const response = await page.goto(origin + path, { waitUntil: 'load' });
  await page.evaluate(settled);
  const csp = await page.evaluate(() => window.__csp);
  return { status: response.status(), problems: [...page.problems, ...csp.map((c) => `CSP ${c}`)] };
}

describe('every page runs cleanly with JavaScript', () => {
  for (const p of allPages()) {
    test(p.path, async () => {
      const { status, problems } = await problemsOf(p.path);
      assert.equal(status, 200);
      assert.deepEqual(problems, []);
      // The components did upgrade: the client script ran.
      assert.ok(await page.evaluate(() => customElements.get('qx-elder-mode') !== undefined));
    });
  }
});

test('an unknown path: only the document itself is a 404', async () => {
  for (const path of ['/chongqing/no-such-page/', '/jinshan/en/no-such-page/']) {
    const { status, problems } = await problemsOf(path);
    assert.equal(status, 404);
    const url = origin + path;
    assert.deepEqual(problems, [
      `HTTP 404: ${url}`,
      // Chromium's own note on any 404 document, not something the page did.
      `console error: Failed to load resource: the server responded with a status of 404 (Not Found) (${url})`,
    ]);
  }
});
