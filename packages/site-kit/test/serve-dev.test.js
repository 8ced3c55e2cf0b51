// The dev server (Vite, as `qiaoxin-site dev` starts it) with devGuard: the same refusals as
// serveStatic. Without it Vite serves .qiaoxin-portal and follows images/etc -> /etc.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import { assertNotServed, secret, writeTree } from '../../../scripts/server-probes.js';
import { devGuard } from '../dist/serve/guard.js';

let dir, root, server, port;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qx-serve-dev-'));
  root = join(dir, 'root');
  const files = {
    'jinshan/index.html': '<h1>home</h1>',
    'jinshan/images/x.svg':
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    'jinshan/.qiaoxin-portal': secret,
    'jinshan/.env': secret,
    'jinshan/.git/config': secret,
  };
  await writeTree(root, files);
  await writeFile(join(dir, 'secret.txt'), secret);
  await symlink('/etc', join(root, 'jinshan/images/etc'));
  await symlink(join(dir, 'secret.txt'), join(root, 'jinshan/images/outside.txt'));
  // As dev.ts configures it, plus the guard.
  server = await createServer({
    configFile: false,
    root,
    appType: 'mpa',
    publicDir: false,
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1' },
    plugins: [devGuard(root)],
  });
  await server.listen();
  port = server.httpServer.address().port;
});

after(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function raw(path, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('the dev server serves no hidden file and follows no symlink out of its root', async () => {
  await assertNotServed(
    raw,
    [
      '/jinshan/.qiaoxin-portal',
      '/jinshan/.env',
      '/jinshan/.git/config',
      '/jinshan/%2eqiaoxin-portal',
      '/jinshan/images/etc/passwd',
      '/jinshan/images/outside.txt',
    ],
    { statuses: [403, 404], leak: /SECRET_TOKEN|root:/ },
  );
  for (const path of [
    '/jinshan/%',
    '/jinshan/%c0%ae%c0%ae/secret.txt',
    '/jinshan/..%5csecret.txt',
  ]) {
    assert.equal((await raw(path)).status, 400, path);
  }
  const post = await raw('/jinshan/', 'POST');
  assert.equal(post.status, 405);
  assert.equal(post.headers.allow, 'GET, HEAD');
});

test('the dev server still serves the portal; SVG sandboxed, nosniff', async () => {
  const home = await raw('/jinshan/');
  assert.equal(home.status, 200);
  assert.match(home.text, /home/);
  assert.equal(home.headers['x-content-type-options'], 'nosniff');
  const svg = await raw('/jinshan/images/x.svg');
  assert.equal(svg.status, 200);
  assert.match(svg.headers['content-security-policy'] ?? '', /(?:^|;\s*)sandbox(?:;|$)/);
  assert.equal(svg.headers['x-content-type-options'], 'nosniff');
  assert.equal((await raw('/@vite/client')).status, 200);
});
