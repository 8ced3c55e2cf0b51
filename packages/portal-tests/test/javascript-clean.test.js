// Every page with JavaScript on, as a visitor's browser runs it: nothing in the console, no
// script error, no failed or refused request, no CSP violation.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { allPages, closePortals, newContext, newPage, portals } from '../lib/browser.js';

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

/**
 * Runs in the page: resolves once every upgraded element has rendered, and every stat counter
 * that the reader can see has finished counting up (late warnings count too).
 */
async function settled() {
  // The page's module scripts, which define the elements it upgrades, ran before `load`; the
  // rest stay as the server rendered them.
  const upgraded = [...document.querySelectorAll('*')].filter((el) =>
    customElements.get(el.localName),
  );
  await Promise.all(upgraded.map((el) => el.updateComplete));
  // A counter starts when its IntersectionObserver first reports it. One made now reports every
  // counter in the same rendering step, and a message posted then arrives after the counters'
  // own reports and the renders they asked for.
  const counters = [...document.querySelectorAll('qx-stat-counter')];
  await new Promise((resolve) => {
    if (!counters.length) return resolve();
    const seen = new Set();
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) seen.add(entry.target);
      if (seen.size < counters.length) return;
      observer.disconnect();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(channel.port1.close());
      channel.port2.postMessage(undefined);
    });
    for (const counter of counters) observer.observe(counter);
  });
  await Promise.all(counters.map((counter) => counter.updateComplete));
  // Counting shows a number other than the final one (kept, invisible, in .reserve).
  const counting = counters.filter((counter) => {
    const root = counter.shadowRoot;
    const live = root?.querySelector('[part=value]')?.textContent;
    return live !== undefined && live !== root.querySelector('.reserve')?.textContent;
  });
  await Promise.all(
    counting.map(
      (c) => new Promise((resolve) => c.addEventListener('qx-count-end', resolve, { once: true })),
    ),
  );
}

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
