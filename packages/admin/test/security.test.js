// The editor on a shared machine: the real `qiaoxin-site admin` process on a copy of a site,
// spoken to over real HTTP. Without the printed token nothing is answered (403); no path leads
// out of the site folder; uploads are limited in size and type, SVG is sanitised; the server is
// not reachable on a non-loopback address. (What it writes and builds: writes.test.js.)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { networkInterfaces } from 'node:os';
import { mkdir, readFile, readdir, rm, symlink, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useEditor } from './helpers/http.js';

const ctx = useEditor();
const { send, api } = ctx;

describe('the token', () => {
  test('every request without it is refused with 403', async () => {
    for (const [path, method] of [
      ['/', 'GET'],
      ['/_admin/', 'GET'],
      ['/_admin/config.json', 'GET'],
      ['/_admin/static/admin.js', 'GET'],
      ['/jinshan/', 'GET'],
      ['/_admin/api/v1', 'POST'],
      [`/?token=${'0'.repeat(ctx.editor.token.length)}`, 'GET'],
    ]) {
      const res = await send(path, { method });
      assert.equal(res.status, 403, `${method} ${path}`);
    }
    const res = await api('getEntry', { path: 'site.config.json' }, { 'x-qiaoxin-token': 'wrong' });
    assert.equal(res.status, 403);
  });

  test('the printed URL sets an HttpOnly, SameSite=Strict cookie and leads to the editor', async () => {
    const res = await send(`/?token=${ctx.editor.token}`);
    assert.equal(res.status, 303);
    assert.equal(res.headers.location, '/_admin/');
    const [set] = res.headers['set-cookie'];
    assert.match(set, /HttpOnly/);
    assert.match(set, /SameSite=Strict/);
    ctx.cookie = set.split(';')[0];
    const page = await send('/_admin/');
    assert.equal(page.status, 200);
    assert.match(page.text, /admin\.js/);
  });

  test('another host name (DNS rebinding) or another origin is refused even with the cookie', async () => {
    assert.equal(
      (await send('/_admin/', { headers: { host: `evil.example:${ctx.editor.port}` } })).status,
      403,
    );
    const res = await api(
      'getEntry',
      { path: 'site.config.json' },
      { origin: 'http://evil.example' },
    );
    assert.equal(res.status, 403);
  });
});

test('the theme editor (主题配色) is mounted under /theme, behind the token', async () => {
  ctx.cookie = undefined;
  assert.equal((await send('/theme/')).status, 403);
  await ctx.login();
  const page = await send('/theme/');
  assert.equal(page.status, 200);
  assert.match(page.text, /<title>主题编辑器/);
  assert.equal((await send('/theme/no-such-page')).status, 404);
});

describe('paths', () => {
  test('malformed or traversing request paths are refused with 400; wrong methods with 405', async () => {
    for (const path of [
      '/_admin/static/..%2f..%2fpackage.json',
      '/%2e%2e/etc/passwd',
      '/_admin/%00',
      '/a\\b',
      '/%E0%A4%A',
    ]) {
      assert.equal((await send(path)).status, 400, path);
    }
    const get = await send('/_admin/api/v1');
    assert.equal(get.status, 405);
    assert.equal(get.headers.allow, 'POST');
    const put = await send('/_admin/', { method: 'PUT' });
    assert.equal(put.status, 405);
    assert.equal(put.headers.allow, 'GET, HEAD');
  });

  test('no path outside the site folder is read or written: .., absolute, other folders, symlinks', async () => {
    for (const path of [
      '../../../etc/passwd',
      '/etc/passwd',
      'content/articles/../../../x.md',
      'content/../package.json',
      '.git/config',
    ]) {
      const res = await api('getEntry', { path });
      assert.equal(res.status, 400, path);
      assert.match(JSON.parse(res.text).error, /the editor writes only/);
    }
    const outside = await mkdtemp(join(tmpdir(), 'qx-outside-'));
    await writeFile(join(outside, 'secret.png'), 'secret');
    await mkdir(join(ctx.site.dir, 'content/images'), { recursive: true });
    await symlink(join(outside, 'secret.png'), join(ctx.site.dir, 'content/images/link.png'));
    await symlink(outside, join(ctx.site.dir, 'content/files'));
    assert.equal((await api('getMediaFile', { path: 'content/images/link.png' })).status, 400);
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489',
      'hex',
    );
    const res = await api('persistMedia', {
      asset: { path: 'content/files/new.png', content: png.toString('base64'), encoding: 'base64' },
    });
    assert.equal(res.status, 400);
    assert.deepEqual(await readdir(outside), ['secret.png']);
    await rm(outside, { recursive: true, force: true });
  });
});

describe('uploads', () => {
  const upload = (name, data) =>
    api('persistMedia', {
      asset: {
        path: `content/images/${name}`,
        content: data.toString('base64'),
        encoding: 'base64',
      },
    });
  const png = Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489',
    'hex',
  );

  test('a picture is written into content/images', async () => {
    const res = await upload('dot.png', png);
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(await readFile(join(ctx.site.dir, 'content/images/dot.png')), png);
  });

  test('too large, a type not allowed, or content that is not what the name says: refused with a message', async () => {
    const big = Buffer.concat([png, Buffer.alloc(6 * 1024 * 1024)]);
    const cases = [
      ['big.png', big, /6\.0 MB; the largest allowed is 5 MB/],
      ['tool.exe', Buffer.from('MZ'), /only pictures \(PNG, JPEG, WebP, SVG\) and files/],
      ['fake.png', Buffer.from('<script>alert(1)</script>'), /is not a PNG file/],
      ['fake.pdf', png, /is not a PDF file/],
    ];
    for (const [name, data, message] of cases) {
      const res = await upload(name, data);
      assert.equal(res.status, 422, name);
      assert.match(JSON.parse(res.text).error, message);
      await assert.rejects(readFile(join(ctx.site.dir, 'content/images', name)));
    }
    const zh = await api(
      'persistMedia',
      { asset: { path: 'content/images/tool.exe', content: 'TVo=', encoding: 'base64' } },
      { 'x-qiaoxin-lang': 'zh' },
    );
    assert.match(JSON.parse(zh.text).error, /只能上传图片/);
  });

  test('an SVG is written without its scripts and event handlers', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><script>alert(2)</script><rect width="10" height="10"/></svg>',
    );
    const res = await upload('drawing.svg', svg);
    assert.equal(res.status, 200, res.text);
    const written = await readFile(join(ctx.site.dir, 'content/images/drawing.svg'), 'utf8');
    assert.match(written, /<rect/);
    assert.doesNotMatch(written, /script|onload|alert/);
  });
});

test('the server is not reachable on a non-loopback address of this machine', async (t) => {
  const address = Object.values(networkInterfaces())
    .flat()
    .find((a) => a && !a.internal && a.family === 'IPv4')?.address;
  if (!address) return t.skip('this machine has no non-loopback IPv4 address to try');
  const error = await send('/_admin/', { host: address }).then(
    (res) => new Error(`answered ${res.status}`),
    (e) => e,
  );
  assert.equal(error.code, 'ECONNREFUSED', String(error));
});
