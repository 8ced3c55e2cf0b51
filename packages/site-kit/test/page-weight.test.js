// JavaScript per page: what a first visit downloads before the reader touches anything, for
// every page of every site and edition, is at most 12 KB gzip; it holds nothing for another
// edition (the traditional strings) and no element without behaviour. Counted from the files:
// each module entry, its static imports (read with es-module-lexer) and every modulepreload;
// then checked in Chromium, as requests a browser really makes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import puppeteer from 'puppeteer-core';
import { chromePath, chromiumArgs, newTab } from '../../../scripts/chromium.js';
import { mountOf, serveStatic } from '../dist/serve.js';
import { pagesOf } from './helpers/built-pages.js';
import { allSiteIds, useBuiltSites } from './helpers/portal-pages.js';

const KB = 1024;
const budget = 12 * KB;
const built = useBuiltSites('qx-weight-', allSiteIds);
/** The elements with behaviour (client/portal.ts's islands) and the toolbar's panel. */
const withBehaviour = [
  'qx-site-nav',
  'qx-elder-mode',
  'qx-a11y-toolbar',
  'qx-a11y-panel',
  'qx-search',
  'qx-article-tools',
  'qx-stat-counter',
];
/** A word only the traditional strings have (无障碍 in zh-CN). */
const traditional = '無障礙';

/** The URLs a page fetches at once: module entries, what they import statically, preloads. */
async function staticScripts(dist, base, html) {
  const tags = /<(?:script type="module" src|link rel="modulepreload" href)="([^"]+)"/g;
  const queue = [...html.matchAll(tags)].map((m) => m[1]);
  const seen = new Map();
  await init;
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    assert.ok(url.startsWith(base), `${url} is the site's own`);
    const code = await readFile(join(dist, url.slice(base.length)), 'utf8');
    seen.set(url, code);
    const [imports] = parse(code);
    // d === -1: a static import (a dynamic one, d > -1, waits for the reader).
    for (const i of imports.filter((i) => i.d === -1 && i.n))
      queue.push(new URL(i.n, `http://x${url}`).pathname);
  }
  return seen;
}

const gzipped = (code) => gzipSync(code).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

test('every page of every site, every edition: ≤ 12 KB gzip of JavaScript at load', async (t) => {
  const heaviest = {};
  for (const [id, dist] of Object.entries(built)) {
    for (const page of await pagesOf(dist)) {
      const scripts = await staticScripts(dist, `/${id}/`, await readFile(page.path, 'utf8'));
      assert.ok(scripts.size, `${id}/${page.file} runs the portal script`);
      const bytes = [...scripts.values()].reduce((sum, code) => sum + gzipped(code), 0);
      assert.ok(bytes <= budget, `${id}/${page.file}: ${kb(bytes)} > ${kb(budget)}`);
      for (const [url, code] of scripts)
        assert.ok(!code.includes(traditional), `${id}/${page.file} loads ${url} at once`);
      const key = `${page.kind} (${page.edition})`;
      heaviest[key] = Math.max(heaviest[key] ?? 0, bytes);
    }
  }
  t.diagnostic(
    Object.entries(heaviest)
      .map(([k, v]) => `${k}: ${kb(v)}`)
      .join('; '),
  );
});

test('no element without behaviour is in the client code at all', async () => {
  const manifest = JSON.parse(
    await readFile(
      new URL(import.meta.resolve('@qiaoxin/components/custom-elements.json')),
      'utf8',
    ),
  );
  const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName));
  const still = tags.filter((tag) => tag && !withBehaviour.includes(tag));
  assert.ok(still.includes('qx-breadcrumbs') && still.includes('qx-news-list'));
  for (const dist of Object.values(built)) {
    const files = (await readdir(join(dist, 'assets'))).filter((f) => f.endsWith('.js'));
    for (const file of files) {
      const code = await readFile(join(dist, 'assets', file), 'utf8');
      for (const tag of still)
        assert.ok(!new RegExp(`["'\`]${tag}["'\`]`).test(code), `${tag} in assets/${file}`);
    }
  }
});

let browser, server, origin;
before(async () => {
  browser = await puppeteer.launch({ executablePath: chromePath, args: chromiumArgs });
});
after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * Loads a page and records the JavaScript it fetches from then on: `read()` gives each file
 * (read from the served folder, so a body the browser has let go of is still weighed) by URL.
 */
async function visit(page, path) {
  const urls = new Set();
  const onResponse = (response) => {
    const url = new URL(response.url()).pathname;
    if (url.endsWith('.js')) urls.add(url);
  };
  page.on('response', onResponse);
  await page.goto(origin + path, { waitUntil: 'networkidle0' });
  const read = async () => {
    const files = new Map();
    for (const url of urls) {
      const body = await readFile(join(built.chongqing, url.replace('/chongqing/', '')));
      files.set(url, { body: body.toString(), gzip: gzipped(body) });
    }
    return files;
  };
  return { read, stop: () => page.off('response', onResponse) };
}

test('in Chromium: a page downloads ≤ 12 KB of JavaScript until touched; the traditional strings only on zh-hant/ pages', async () => {
  server = serveStatic([mountOf('/chongqing/', built.chongqing)]);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  for (const edition of ['', 'en/', 'zh-hant/']) {
    for (const path of ['', 'llxx/', 'llxx/five-year-review/', 'about/', 'search/']) {
      const url = `/chongqing/${edition}${path}`;
      // A tab of its own: in one reused tab, a request the last page left in flight when the
      // next was opened could keep the network from ever counting as idle (CI waited 120 s).
      const page = await newTab(browser);
      await page.setViewport({ width: 1366, height: 768 });
      const { read, stop } = await visit(page, url);
      const bytes = [...(await read()).values()].reduce((sum, s) => sum + s.gzip, 0);
      assert.ok(bytes <= budget, `${url}: ${kb(bytes)} of JavaScript before any touch`);
      // The reader's first touches: the pointer over every element with behaviour.
      await page.evaluate(async (tags) => {
        const hosts = tags.flatMap((tag) => [...document.querySelectorAll(tag)]);
        for (const host of hosts)
          host.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
        await Promise.all(hosts.map((h) => customElements.whenDefined(h.localName)));
      }, withBehaviour);
      await page.waitForNetworkIdle({ idleTime: 100 });
      stop();
      const hant = [...(await read()).values()].some((s) => s.body.includes(traditional));
      assert.equal(hant, edition === 'zh-hant/', `${url}: the traditional strings loaded`);
      await page.close();
    }
  }
});
