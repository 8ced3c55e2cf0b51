// The editor on a shared machine: the real `qiaoxin-site admin` process on a copy of a site,
// spoken to over real HTTP. Without the printed token nothing is answered (403); no path leads
// out of the site folder; uploads are limited in size and type, SVG is sanitised; a value the
// build refuses is not written; the server is not reachable on a non-loopback address.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { mkdir, readFile, readdir, symlink, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, siteCopy, startEditor } from './helpers/admin.js';

let site;
let editor;
let cookie;
before(async () => {
  site = await siteCopy();
  editor = await startEditor(site.dir);
});
after(async () => {
  await editor?.stop();
  await site?.remove();
});

/** One raw HTTP request (the path exactly as written, no URL normalisation). */
function send(path, { method = 'GET', headers = {}, body, host } = {}) {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: host ?? '127.0.0.1',
        port: editor.port,
        path,
        method,
        headers: { ...(cookie && { cookie }), ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
const api = (action, params, headers = {}) =>
  send('/_admin/api/v1', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ action, params }),
  });

describe('the token', () => {
  test('every request without it is refused with 403', async () => {
    for (const [path, method] of [
      ['/', 'GET'],
      ['/_admin/', 'GET'],
      ['/_admin/config.json', 'GET'],
      ['/_admin/static/admin.js', 'GET'],
      ['/jinshan/', 'GET'],
      ['/_admin/api/v1', 'POST'],
      [`/?token=${'0'.repeat(editor.token.length)}`, 'GET'],
    ]) {
      const res = await send(path, { method });
      assert.equal(res.status, 403, `${method} ${path}`);
    }
    const res = await api('getEntry', { path: 'site.config.json' }, { 'x-qiaoxin-token': 'wrong' });
    assert.equal(res.status, 403);
  });

  test('the printed URL sets an HttpOnly, SameSite=Strict cookie and leads to the editor', async () => {
    const res = await send(`/?token=${editor.token}`);
    assert.equal(res.status, 303);
    assert.equal(res.headers.location, '/_admin/');
    const [set] = res.headers['set-cookie'];
    assert.match(set, /HttpOnly/);
    assert.match(set, /SameSite=Strict/);
    cookie = set.split(';')[0];
    const page = await send('/_admin/');
    assert.equal(page.status, 200);
    assert.match(page.text, /admin\.js/);
  });

  test('another host name (DNS rebinding) or another origin is refused even with the cookie', async () => {
    assert.equal(
      (await send('/_admin/', { headers: { host: `evil.example:${editor.port}` } })).status,
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
  cookie = undefined;
  assert.equal((await send('/theme/')).status, 403);
  cookie = (await send(`/?token=${editor.token}`)).headers['set-cookie'][0].split(';')[0];
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
    await mkdir(join(site.dir, 'content/images'), { recursive: true });
    await symlink(join(outside, 'secret.png'), join(site.dir, 'content/images/link.png'));
    await symlink(outside, join(site.dir, 'content/files'));
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
    assert.deepEqual(await readFile(join(site.dir, 'content/images/dot.png')), png);
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
      await assert.rejects(readFile(join(site.dir, 'content/images', name)));
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
    const written = await readFile(join(site.dir, 'content/images/drawing.svg'), 'utf8');
    assert.match(written, /<rect/);
    assert.doesNotMatch(written, /script|onload|alert/);
  });
});

describe('writes the build would refuse', () => {
  const article = (category) =>
    `---\ntitle: 测试\npublished: '2026-01-02'\ncategory: ${category}\n---\n正文\n`;

  test('are refused with the build’s own message and nothing is written', async () => {
    const path = 'content/articles/refused.md';
    const res = await api('persistEntry', {
      dataFiles: [{ path, raw: article('nope') }],
      assets: [],
    });
    assert.equal(res.status, 422);
    const { error } = JSON.parse(res.text);
    await assert.rejects(readFile(join(site.dir, path)));
    // The same words `qiaoxin-site build` prints for that file.
    await writeFile(join(site.dir, path), article('nope'));
    const built = await build(site.dir);
    await import('node:fs/promises').then((fs) => fs.rm(join(site.dir, path)));
    assert.equal(built.code, 1);
    const line = built.output.split('\n').find((l) => l.includes('refused.md'));
    assert.ok(
      line && error.includes(line.slice(line.indexOf(': ') + 2)),
      `${error}\n${built.output}`,
    );
  });

  test('a valid article is written', async () => {
    const path = 'content/articles/accepted.md';
    const res = await api('persistEntry', {
      dataFiles: [{ path, raw: article('qldt') }],
      assets: [],
    });
    assert.equal(res.status, 200, res.text);
    assert.match(await readFile(join(site.dir, path), 'utf8'), /category: qldt/);
  });
});

describe('preview and build', () => {
  const post = (action, body) =>
    send(`/_admin/api/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  test('the preview is the entry rendered by the real build: the components and the site’s theme', async () => {
    const data = { title: '预览标题', published: '2026-01-02', category: 'qldt', body: '预览正文' };
    const res = await post('preview', { path: 'content/articles/preview-me.md', data });
    const { url, problems } = JSON.parse(res.text);
    assert.deepEqual(problems, []);
    const page = await send(url);
    assert.equal(page.status, 200);
    assert.match(page.text, /预览标题/);
    assert.match(page.text, /<qx-[a-z-]+/);
    assert.match(page.text, /<link rel="stylesheet" href="\/_preview\/\d+\/assets\/[^"]+\.css"/);
    await assert.rejects(
      readFile(join(site.dir, 'content/articles/preview-me.md')),
      'a preview writes nothing',
    );
  });

  test('build and preview: the built portal is served at its base path, with nothing of the editor in it', async () => {
    const res = await post('build', {});
    assert.deepEqual(JSON.parse(res.text), { problems: [], url: '/jinshan/' });
    const home = await send('/jinshan/');
    assert.equal(home.status, 200);
    assert.match(home.text, /上海市金山区归国华侨联合会/);
    assert.equal(
      (await send('/jinshan/', { method: 'POST' })).status,
      405,
      'the portal is read-only',
    );
    const { readdir: list } = await import('node:fs/promises');
    const all = await list(join(site.dir, 'dist'), { recursive: true, withFileTypes: true });
    for (const entry of all.filter((e) => e.isFile())) {
      const text = await readFile(join(entry.parentPath, entry.name), 'latin1');
      assert.doesNotMatch(text, /decap|CMS_MANUAL_INIT|_admin\/api/i, entry.name);
    }
  });

  test('a build the site refuses lists its problems with file, line and field', async () => {
    const path = join(site.dir, 'site.config.json');
    const original = await readFile(path, 'utf8');
    await writeFile(path, original.replace('"href": "/about/"', '"href": "/no-such-page/"'));
    try {
      const { problems, url } = JSON.parse((await post('build', {})).text);
      assert.equal(url, undefined);
      assert.equal(problems.length, 1);
      assert.equal(problems[0].file, 'site.config.json');
      assert.equal(problems[0].field, 'nav');
      assert.match(problems[0].message, /\/no-such-page\/" is not a page of this site/);
    } finally {
      await writeFile(path, original);
    }
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
