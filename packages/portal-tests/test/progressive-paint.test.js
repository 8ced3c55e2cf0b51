// A page painted while it is still arriving: on a slow connection (or a busy machine) Chromium
// paints the header before the parser has reached all of its parts. Here the page is sent one
// header part at a time, each painted before the next is sent, and no part painted earlier may
// move when a later one arrives (CLS 0), in the reader's saved size and colours as well.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { parse } from 'parse5';
import {
  awake,
  closePortals,
  layoutShifts,
  newContext,
  newPage,
  portals,
  recordLayoutShifts,
} from '../lib/browser.js';

after(closePortals);

/**
 * Where the page is cut: before each part of the bilingual header (its languages, banner,
 * logo, tools and navigation, as the HTML lists them) and before `<main>`, found by an HTML
 * parser from the page's own source.
 */
function cutsOf(html) {
  const elements = [];
  const walk = (node) => {
    if (node.tagName) elements.push(node);
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(parse(html, { sourceCodeLocationInfo: true }));
  const header = elements.find((e) => e.tagName === 'qx-bilingual-header');
  const main = elements.find((e) => e.tagName === 'main');
  const parts = header.childNodes.filter((n) => n.tagName && n.tagName !== 'template');
  return [...parts, main].map((e) => e.sourceCodeLocation.startOffset);
}

/**
 * A loopback server in front of the portals: the page at `path` is sent in the parts `cutsOf`
 * gives, the next one when `send()` is called; every other request is passed to the portals.
 */
async function partByPart(origin, path) {
  const html = await (await fetch(origin + path)).text();
  const cuts = cutsOf(html);
  const chunks = [0, ...cuts].map((start, i) => html.slice(start, cuts[i] ?? html.length));
  let response;
  let arrived;
  const asked = new Promise((resolve) => (arrived = resolve));
  const server = createServer(async (req, res) => {
    if (req.url === path) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response = res;
      arrived();
      return;
    }
    const upstream = await fetch(origin + req.url);
    res.writeHead(upstream.status, {
      'Content-Type': upstream.headers.get('content-type') ?? 'application/octet-stream',
    });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  let sent = 0;
  return {
    url: `http://127.0.0.1:${server.address().port}${path}`,
    parts: chunks.length,
    /** Sends the next part (the last one ends the page). */
    async send() {
      await asked;
      const chunk = chunks[sent++];
      if (sent === chunks.length) response.end(chunk);
      else response.write(chunk);
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const cases = [
  ['/chongqing/', {}],
  ['/jinshan/', {}],
  ['/chongqing/', { scale: '1.5', scheme: 'yellow-on-black', elder: true }],
];
for (const [path, saved] of cases) {
  const as = Object.keys(saved).length ? ' at 150 %, 黑底黄字, in elder mode' : '';
  test(`${path} arriving one header part at a time: nothing painted moves (CLS 0)${as}`, async () => {
    const { origin } = await portals();
    const page = await newPage(await newContext());
    const server = await partByPart(origin, path);
    try {
      await recordLayoutShifts(page);
      if (saved.scale) {
        await page.evaluateOnNewDocument((settings) => {
          localStorage.setItem('qx-a11y', JSON.stringify(settings));
          localStorage.setItem('qx-elder-mode', 'on');
        }, saved);
      }
      const loaded = page.goto(server.url, { waitUntil: 'load' });
      for (let part = 0; part < server.parts - 1; part++) {
        await server.send();
        // Parsed up to the cut (the header holds `part` parts), then painted.
        await page.waitForFunction(
          (n) => document.querySelector('qx-bilingual-header')?.children.length === n,
          {},
          part,
        );
        await page.evaluate(
          () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
        );
      }
      await server.send();
      await loaded;
      await page.evaluate(awake);
      const shifts = await layoutShifts(page);
      assert.deepEqual(shifts, [], 'no layout shift while the header arrived');
      assert.deepEqual(page.problems, []);
    } finally {
      await server.close();
      await page.close();
    }
  });
}
