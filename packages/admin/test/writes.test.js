// What the editor writes and builds, over real HTTP with the printed token: a value the build
// refuses is not written (with the build's own words), a valid one is; the preview is the real
// build of the draft; 构建并预览 builds the portal or lists the problems by file and field.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from './helpers/admin.js';
import { useEditor } from './helpers/http.js';

// Older previews are removed 20 s after a newer one is ready (a minute by default).
process.env.QIAOXIN_PREVIEW_KEEP_MS = '20000';
const ctx = useEditor([], { login: true });
const { send, api } = ctx;

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
    await assert.rejects(readFile(join(ctx.site.dir, path)));
    // The same words `qiaoxin-site build` prints for that file.
    await writeFile(join(ctx.site.dir, path), article('nope'));
    const built = await build(ctx.site.dir);
    await rm(join(ctx.site.dir, path));
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
    assert.match(await readFile(join(ctx.site.dir, path), 'utf8'), /category: qldt/);
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
      readFile(join(ctx.site.dir, 'content/articles/preview-me.md')),
      'a preview writes nothing',
    );
  });

  test('a preview stays servable after a newer one is ready, and is removed later', async () => {
    const data = { title: '预览', published: '2026-01-02', category: 'qldt', body: '正文' };
    const preview = () => post('preview', { path: 'content/articles/again.md', data });
    const stylesheetOf = async (res) => {
      const page = await send(JSON.parse(res.text).url);
      return /<link rel="stylesheet" href="([^"]+)"/.exec(page.text)[1];
    };
    const older = await stylesheetOf(await preview());
    // The newer one is ready once its answer came: the older one is asked for at once, as the
    // pane may still be loading it. Its stylesheet is there, as CSS.
    const next = await preview();
    const kept = await send(older);
    assert.equal(kept.status, 200);
    assert.match(kept.headers['content-type'], /^text\/css/);
    const newer = await stylesheetOf(next);
    // QIAOXIN_PREVIEW_KEEP_MS later (20 s here), it is gone; the newest stays. Asked again
    // and again, each answer awaited, until the state is reached (two minutes at most).
    const asked = Date.now();
    while ((await send(older)).status !== 404)
      assert.ok(Date.now() - asked < 120_000, 'the older preview is never removed');
    assert.equal((await send(newer)).status, 200);
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
    const all = await list(join(ctx.site.dir, 'dist'), { recursive: true, withFileTypes: true });
    for (const entry of all.filter((e) => e.isFile())) {
      const text = await readFile(join(entry.parentPath, entry.name), 'latin1');
      assert.doesNotMatch(text, /decap|CMS_MANUAL_INIT|_admin\/api/i, entry.name);
    }
  });

  test('a build the site refuses lists its problems with file, line and field', async () => {
    const path = join(ctx.site.dir, 'site.config.json');
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
