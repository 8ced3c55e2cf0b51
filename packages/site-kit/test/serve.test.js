// serveStatic (what `npm start` and the portal tests serve portals with) against the requests an
// attacker sends: real HTTP on 127.0.0.1, raw paths through http.request (fetch and the URL
// parser would normalise `..`, `\` and some escapes away before they reach the server), over a
// tiny portal in a temporary folder that holds a .env, a .git folder, a stamp file and a
// symlink to /etc.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  assertNotServed,
  assertSandboxedSvg,
  secret,
  writeTree,
} from '../../../scripts/server-probes.js';
import { mountOf, serveStatic } from '../dist/serve.js';

const files = {
  'index.html': '<h1>root index</h1>',
  '404.html': '<h1>root 404</h1>',
  'en/index.html': '<h1>en index</h1>',
  'en/404.html': '<h1>en 404</h1>',
  'en/.qiaoxin-portal': secret,
  'about/index.html': '<h1>about</h1>',
  '新闻/index.html': '<h1>news</h1>',
  'assets/x.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  'assets/app-abcdef12.js': 'console.log("app");'.repeat(20),
  '.env': secret,
  '.git/config': secret,
  '.qiaoxin-portal': secret,
  'images/.hidden/x.txt': secret,
};

let dir, portal;
/** Every response any test saw, so the nosniff test covers every kind of answer. */
const seen = [];
const servers = {};

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qx-serve-'));
  portal = join(dir, 'portal');
  await writeTree(portal, files);
  await writeFile(join(dir, 'secret.txt'), secret);
  // Symlinks out of the portal: a folder (/etc) and a file beside it.
  await symlink('/etc', join(portal, 'images/etc'));
  await symlink(join(dir, 'secret.txt'), join(portal, 'images/outside.txt'));
  // A symlink that stays inside the portal is fine.
  await symlink(join(portal, 'assets/x.svg'), join(portal, 'images/logo.svg'));
  const listen = async (server) => {
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return server;
  };
  // A portal mounted at "/" (basePath "/"), and one at "/jinshan/" beside an index document.
  servers.root = await listen(serveStatic([mountOf('/', portal)]));
  servers.site = await listen(
    serveStatic([mountOf('/jinshan/', portal)], {
      '/': { type: 'text/html; charset=utf-8', body: '<h1>portals</h1>' },
    }),
  );
});

after(async () => {
  for (const server of Object.values(servers)) {
    await new Promise((resolve) => server.close(resolve));
  }
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** One raw request: the path goes on the request line exactly as given. */
function raw(path, { method = 'GET', headers = {}, server = 'root' } = {}) {
  return new Promise((resolve, reject) => {
    const { port } = servers[server].address();
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        const text = (
          res.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body
        ).toString();
        const response = { path, method, status: res.statusCode, headers: res.headers, text };
        seen.push(response);
        resolve(response);
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** `raw` on the server a path is for: /jinshan/… on the site server, the rest on the root one. */
const rawOn = (path) => raw(path, { server: path.startsWith('/jinshan/') ? 'site' : 'root' });

/** A Location a browser can only read as a path on the same origin. */
function assertSameOrigin(location, path) {
  assert.ok(location, `${path}: a redirect names where to`);
  // "//host", "/\host" and "\\host" are all read as another host by browsers.
  assert.match(location, /^\/(?![/\\])/, `${path} → ${location}`);
  // Percent-encoded: nothing a browser would unescape or reinterpret.
  assert.match(location, /^[\w\-.~!$&'()*+,;=:@%/?]*$/, `${path} → ${location}`);
  const origin = 'http://127.0.0.1';
  assert.equal(new URL(location, origin).origin, origin, `${path} → ${location}`);
}

describe('redirects', () => {
  test('never leave the origin, however the path is spelled', async () => {
    for (const path of [
      '/%2fevil.example%2f..%2fen',
      '/%2fevil.example%2fen',
      '/%2F%2Fevil.example%2Fen',
      '//evil.example/..%2fen',
      '/%5cevil.example/..%2fen',
      '/%5c%5cevil.example%2fen',
      '/\\evil.example/%2e%2e/en',
      '/%2f%2fen',
      '//en',
      '///en',
      '/%09/evil.example/..%2fen',
      '/en?next=//evil.example',
    ]) {
      const r = await raw(path);
      if (r.status >= 300 && r.status < 400) assertSameOrigin(r.headers.location, path);
      else assert.ok([400, 404].includes(r.status), `${path}: ${r.status}`);
    }
  });

  test('a folder without its slash goes to the normalised, percent-encoded folder', async () => {
    for (const [path, location] of [
      ['/about', '/about/'],
      ['/about?q=1', '/about/?q=1'],
      ['//about', '/about/'],
      ['/%2fabout', '/about/'],
      ['/新闻', '/%E6%96%B0%E9%97%BB/'],
    ]) {
      const r = await raw(encodeURI(path).replace(/%25/g, '%'));
      assert.equal(r.status, 301, path);
      assert.equal(r.headers.location, location, path);
    }
  });

  test('a portal’s base path without its slash is redirected to it', async () => {
    const r = await raw('/jinshan', { server: 'site' });
    assert.equal(r.status, 301);
    assert.equal(r.headers.location, '/jinshan/');
    assert.equal((await raw('/jinshan/', { server: 'site' })).text, files['index.html']);
    assert.equal((await raw('/', { server: 'site' })).text, '<h1>portals</h1>');
    assert.equal((await raw('/jinshanx', { server: 'site' })).status, 404);
  });
});

test('malformed percent-encoding is a bad request, not the home page', async () => {
  await assertNotServed(
    raw,
    ['/%', '/%E0%A4%A', '/%c0%ae', '/%c0%ae%c0%ae/etc/passwd', '/en/%zz', '/%ED%A0%80'],
    { statuses: [400], leak: /root index/ },
  );
});

test('methods other than GET and HEAD get 405 with Allow', async () => {
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
    for (const [server, path] of [
      ['root', '/'],
      ['root', '/en/'],
      ['root', '/no-such-page'],
      ['site', '/'],
      ['site', '/jinshan/'],
    ]) {
      const r = await raw(path, { method, server });
      assert.equal(r.status, 405, `${method} ${path}`);
      assert.equal(r.headers.allow, 'GET, HEAD', `${method} ${path}`);
    }
  }
  const head = await raw('/', { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(head.text, '');
});

describe('files that must not be served', () => {
  test('dotfiles and dot-folders anywhere in the path', async () => {
    await assertNotServed(
      rawOn,
      [
        '/.env',
        '/.git/config',
        '/.git/',
        '/.git',
        '/.qiaoxin-portal',
        '/en/.qiaoxin-portal',
        '/%2eenv',
        '/%2Egit/config',
        '/images/.hidden/x.txt',
        '/jinshan/.env',
      ],
      { leak: /SECRET_TOKEN/ },
    );
  });

  test('no symlink is followed out of the portal folder', async () => {
    await assertNotServed(
      raw,
      ['/images/etc/passwd', '/images/etc/hostname', '/images/etc', '/images/outside.txt'],
      { leak: /root:|SECRET_TOKEN/ },
    );
    // One that stays inside is served.
    const inside = await raw('/images/logo.svg');
    assert.equal(inside.status, 200);
    assert.equal(inside.text, files['assets/x.svg']);
  });

  test('encoded traversal is refused (400 or 404), never a file outside', async () => {
    await assertNotServed(
      rawOn,
      [
        '/%2e%2e/secret.txt',
        '/..%2fsecret.txt',
        '/%2e%2e%2fsecret.txt',
        '/..%5csecret.txt',
        '/en/..%5c..%5csecret.txt',
        '/images/%2e%2e/%2e%2e/secret.txt',
        '/../secret.txt',
        '/index.html%00.svg',
        '/%00',
        '/images/etc%2fpasswd',
        '/jinshan/..%2f..%2fsecret.txt',
        '/jinshan/%2e%2e/portal/.env',
      ],
      { statuses: [400, 404], leak: /SECRET_TOKEN|root:/ },
    );
  });
});

test('SVG cannot script: a sandbox CSP on every image/svg+xml response', async () => {
  for (const [path, options] of [
    ['/assets/x.svg', {}],
    ['/assets/x.svg', { headers: { 'Accept-Encoding': 'gzip' } }],
    ['/assets/x.svg', { method: 'HEAD' }],
    ['/images/logo.svg', {}],
  ]) {
    const r = await raw(path, options);
    assertSandboxedSvg(r, path);
  }
});

test('what still works: pages, each edition’s 404 page, caching, gzip', async () => {
  assert.equal((await raw('/')).text, files['index.html']);
  assert.equal((await raw('/en/')).text, files['en/index.html']);
  const missing = await raw('/no-such-page/');
  assert.equal(missing.status, 404);
  assert.equal(missing.text, files['404.html']);
  const missingEn = await raw('/en/no-such-page');
  assert.equal(missingEn.status, 404);
  assert.equal(missingEn.text, files['en/404.html']);
  const asset = await raw('/assets/app-abcdef12.js', { headers: { 'Accept-Encoding': 'gzip' } });
  assert.equal(asset.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.equal(asset.headers['content-encoding'], 'gzip');
  assert.match(asset.headers.vary ?? '', /Accept-Encoding/);
  assert.equal(asset.text, files['assets/app-abcdef12.js']);
  assert.equal((await raw('/')).headers['cache-control'], 'no-cache');
});

// Last: it checks every response the tests above received.
test('every response carries X-Content-Type-Options: nosniff', async () => {
  await raw('/robots.txt', { server: 'site' });
  await raw('/', { server: 'site' });
  const statuses = new Set(seen.map((r) => r.status));
  for (const status of [200, 301, 400, 404, 405]) assert.ok(statuses.has(status), `saw ${status}`);
  for (const r of seen) {
    assert.equal(
      r.headers['x-content-type-options'],
      'nosniff',
      `${r.method} ${r.path} (${r.status})`,
    );
  }
});
