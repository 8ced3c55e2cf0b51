// The webmaster guide's nginx example (docs/webmaster/nginx.conf) serving both built portals,
// as a district's server would. Only the listen address, root and access log are replaced, so
// what passes here is the file webmasters copy. Needs nginx (Debian: apt-get install -y nginx).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { chromePath, chromiumArgs } from '../../../scripts/chromium.js';
import { assertNotServed, assertSandboxedSvg } from '../../../scripts/server-probes.js';
import { builtSites } from '../../../scripts/serve-portals.js';
import { linksOnceFound } from '../lib/browser.js';
import {
  bodyText as text,
  fetchRaw,
  startNginx,
  visit as visitIn,
  writeProbe,
} from '../lib/nginx.js';

const year = 'public, max-age=31536000, immutable';

/** The seed portals, with an article each (the seed content is known). */
const portals = {
  jinshan: { article: 'gzzs/five-year-review/' },
  chongqing: { article: 'llxx/five-year-review/' },
};

let dir, origin, stop, browser;

/** GET (or HEAD) `path` from the nginx under test. */
const get = (path, headers, method) => fetchRaw(origin, path, headers, method);
/** `get`, with the body as text. */
const getText = async (path) => {
  const r = await get(path);
  return { ...r, text: text(r) };
};
/** Loads `path` in Chromium: the status, and every console error, failed request and CSP violation. */
const visit = (path, until) => visitIn(browser, origin, path, until);

before(async () => {
  const sites = builtSites();
  for (const id of Object.keys(portals)) {
    const site = sites.find((s) => s.id === id);
    if (!site) throw new Error(`sites/${id}/dist is not built: run \`npx turbo run build\``);
    Object.assign(portals[id], site);
  }
  ({ dir, origin, stop } = await startNginx(Object.values(portals), (root) =>
    writeProbe(join(root, 'probe')),
  ));
  browser = await puppeteer.launch({ executablePath: chromePath, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  await stop?.();
});

for (const id of Object.keys(portals)) {
  describe(`nginx example: ${id}`, () => {
    const site = () => portals[id];

    for (const [what, path] of [
      ['the home page', ''],
      ['an article', portals[id].article],
      ['the traditional-Chinese home page', 'zh-hant/'],
    ]) {
      test(`${what} runs in Chromium with no error, failed request or CSP violation`, async () => {
        const { status, problems, upgraded } = await visit(site().basePath + path);
        assert.equal(status, 200);
        assert.deepEqual(problems, []);
        assert.ok(upgraded, 'the client script ran');
      });
    }

    test('the search page finds pages with Pagefind under both policies', async () => {
      const url = `${site().basePath}search/?q=${encodeURIComponent('侨联')}`;
      const article = site().basePath + site().article;
      // Results are drawn only after the worker has read the index: wait for the article's.
      const found = (page) => linksOnceFound(page, 'main qx-search', article);
      const { status, problems } = await visit(url, found);
      assert.equal(status, 200);
      assert.deepEqual(problems, []);
      // Pagefind reads its index in a worker, whose requests the page does not see: the log does.
      const log = readFileSync(join(dir, 'access.log'), 'utf8');
      const base = site().basePath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const read = (file) => new RegExp(`"GET ${base}pagefind/${file} HTTP/[\\d.]+" (?:200|304) `);
      assert.match(log, read('pagefind-worker\\.js'), 'the worker loaded');
      assert.match(log, read('wasm\\.[\\w-]+\\.pagefind'), 'the WebAssembly loaded');
      assert.match(log, read('index/[\\w-]+\\.pf_index'), 'the index was read');
    });

    test('pages: CSP header with frame-ancestors, security headers, not cached long', async () => {
      for (const path of ['', site().article, 'en/']) {
        const r = await get(site().basePath + path);
        assert.equal(r.status, 200, path);
        assert.match(r.headers['content-type'], /^text\/html/);
        const csp = r.headers['content-security-policy'] ?? '';
        assert.match(csp, /frame-ancestors 'none'/);
        // A header policy with script or style rules would block each page's hashed inline parts.
        assert.doesNotMatch(csp, /(?:^|;\s*)(?:default-src|script-src|style-src)\b/);
        assert.equal(r.headers['cache-control'], 'no-cache');
        assert.equal(r.headers['x-content-type-options'], 'nosniff');
        assert.ok(r.headers['referrer-policy'], 'a Referrer-Policy');
        // The meta policy is still there, with its hashes: the two together are what the page gets.
        assert.match(text(r), /<meta http-equiv="Content-Security-Policy" content="[^"]*'sha256-/);
      }
    });

    test('hashed assets are immutable for a year; files that keep their names are not', async () => {
      const home = text(await get(site().basePath));
      const assets = [...home.matchAll(/(?:href|src)="([^"]*\/assets\/[^"]+)"/g)].map((m) => m[1]);
      assert.ok(assets.some((a) => a.endsWith('.css')) && assets.some((a) => a.endsWith('.js')));
      for (const asset of new Set(assets)) {
        // Safe only because the name changes with the content.
        assert.match(asset, /-[\w-]{8,}\.\w+$/, `${asset} has a content hash in its name`);
        const r = await get(asset);
        assert.equal(r.status, 200, asset);
        assert.equal(r.headers['cache-control'], year, asset);
      }
      const pagefind = readdirSync(join(site().dist, 'pagefind'));
      const meta = pagefind.find((f) => f.endsWith('.pf_meta'));
      assert.ok(meta, 'the Pagefind bundle has a .pf_meta file');
      assert.equal(
        (await get(`${site().basePath}pagefind/${meta}`)).headers['cache-control'],
        year,
      );
      for (const file of [
        'pagefind.js',
        'pagefind-entry.json',
        'pagefind-worker.js',
        'sitemap.xml',
      ]) {
        const path = `${site().basePath}${file.startsWith('pagefind') ? 'pagefind/' : ''}${file}`;
        const r = await get(path);
        assert.equal(r.status, 200, path);
        assert.equal(r.headers['cache-control'], 'no-cache', path);
      }
    });

    test('a missing page gets the portal’s own 404 page with status 404, in its edition', async () => {
      for (const [path, file] of [
        ['no-such-page/', '404.html'],
        ['assets/no-such-file.js', '404.html'],
        ['en/no-such-page', 'en/404.html'],
        ['zh-hant/no-such-page/', 'zh-hant/404.html'],
      ]) {
        const r = await get(site().basePath + path);
        assert.equal(r.status, 404, path);
        assert.equal(text(r), readFileSync(join(site().dist, file), 'utf8'), path);
        assert.equal(r.headers['cache-control'], 'no-cache', path);
        assert.match(r.headers['content-security-policy'] ?? '', /frame-ancestors 'none'/);
      }
      const { status, problems } = await visit(`${site().basePath}no-such-page/`);
      assert.equal(status, 404);
      // Only the document itself is missing: its styles and scripts load, nothing is refused.
      assert.deepEqual(
        problems.filter((p) => !p.includes(`${site().basePath}no-such-page/`)),
        [],
      );
    });

    test('a folder without its final slash is redirected to it', async () => {
      const r = await get(site().basePath + 'about');
      assert.equal(r.status, 301);
      assert.equal(r.headers.location, `${site().basePath}about/`);
    });

    test('text is gzipped for browsers that accept it', async () => {
      const home = text(await get(site().basePath));
      const css = /href="([^"]*\/assets\/[^"]+\.css)"/.exec(home)?.[1];
      const js = /src="([^"]*\/assets\/[^"]+\.js)"/.exec(home)?.[1];
      for (const path of [
        site().basePath,
        css,
        js,
        `${site().basePath}pagefind/pagefind-entry.json`,
        `${site().basePath}sitemap.xml`,
      ]) {
        const gzipped = await get(path, { 'Accept-Encoding': 'gzip' });
        assert.equal(gzipped.headers['content-encoding'], 'gzip', path);
        assert.match(gzipped.headers.vary ?? '', /Accept-Encoding/i, path);
        const plain = await get(path);
        assert.equal(plain.headers['content-encoding'], undefined, path);
        assert.equal(text(gzipped), text(plain), path);
      }
    });
  });
}

describe('nginx example: what must not be served', () => {
  test('SVG is sandboxed, whatever its name, and keeps its caching and security headers', async () => {
    const { jinshan } = portals;
    const logo = readdirSync(join(jinshan.dist, 'assets')).find((f) => f.endsWith('.svg'));
    assert.ok(logo, 'the portal has an SVG logo in assets/');
    for (const [path, cache] of [
      [`${jinshan.basePath}assets/${logo}`, year],
      [`${jinshan.basePath}images/performance.svg`, 'no-cache'],
      ['/probe/images/x.svg', 'no-cache'],
      ['/probe/images/Y.SVG', 'no-cache'],
    ]) {
      for (const headers of [{}, { 'Accept-Encoding': 'gzip' }]) {
        const r = await get(path, headers);
        assertSandboxedSvg(r, path);
        assert.equal(r.headers['cache-control'], cache, path);
        assert.equal(r.headers['x-content-type-options'], 'nosniff', path);
        assert.equal(r.headers['x-frame-options'], 'DENY', path);
        assert.ok(r.headers['referrer-policy'], `${path}: a Referrer-Policy`);
        // The build writes sanitised SVG as XML: an XML declaration may come first.
        assert.match(text(r), /^(?:<\?xml [^>]*\?>\s*)?<svg/, path);
      }
    }
  });

  test('hidden files and folders get 404, with the security headers', async () => {
    await assertNotServed(
      getText,
      [
        '/probe/.env',
        '/probe/.git/config',
        '/probe/.git/',
        '/probe/.git',
        '/probe/.qiaoxin-portal',
        '/probe/%2eenv',
        '/probe/%2Egit/config',
        '/probe/images/.hidden/x.txt',
        '/jinshan/.env',
      ],
      {
        leak: /SECRET_TOKEN/,
        also: (r, path) => assert.equal(r.headers['x-content-type-options'], 'nosniff', path),
      },
    );
  });

  test('encoded traversal never reaches a file outside the root', async () => {
    await assertNotServed(
      getText,
      [
        '/jinshan/..%2f..%2f..%2fetc/passwd',
        '/jinshan/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
        '/probe/..%5c..%5cetc/passwd',
        '/probe/index.html%00.svg',
      ],
      { statuses: [400, 404], leak: /root:/ },
    );
  });

  test(
    'a symlink planted by another account is not followed (/etc/passwd stays unread)',
    { skip: process.getuid?.() !== 0 && 'needs root to give the symlink to another account' },
    async () => {
      await assertNotServed(getText, ['/probe/images/etc/passwd', '/probe/images/etc/hostname'], {
        leak: /root:/,
      });
    },
  );
});
