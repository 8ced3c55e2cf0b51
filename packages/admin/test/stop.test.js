// Stopping the editor as a webmaster does, with Ctrl-C: its previews, each a whole portal built
// into a folder of the system's temp directory, are removed with it, not left behind at every
// stop. The editor runs with a temp directory of its own, so the test sees only its folders.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useEditor } from './helpers/http.js';

const temp = mkdtempSync(join(tmpdir(), 'qx-admin-temp-'));
const ctx = useEditor([], { login: true, env: { TMPDIR: temp } });
after(() => rm(temp, { recursive: true, force: true }));

const previewFolders = async () =>
  (await readdir(temp)).filter((name) => name.startsWith('qiaoxin-preview-'));

test('Ctrl-C stops the editor and removes its previews', async () => {
  const data = { title: '停止前的预览', published: '2026-01-02', category: 'qldt', body: '正文' };
  const res = await ctx.send('/_admin/api/preview', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ path: 'content/articles/before-stop.md', data }),
  });
  assert.deepEqual(JSON.parse(res.text).problems, []);
  const [folder] = await previewFolders();
  assert.ok(folder, 'the preview is built in the editor’s temp directory');
  assert.notDeepEqual(await readdir(join(temp, folder)), [], 'and holds the preview');

  const exited = new Promise((resolve) => ctx.editor.child.once('exit', (code) => resolve(code)));
  await ctx.editor.stop('SIGINT');
  assert.equal(await exited, 130, 'the exit code of a process stopped by Ctrl-C');
  assert.deepEqual(await previewFolders(), []);
});
