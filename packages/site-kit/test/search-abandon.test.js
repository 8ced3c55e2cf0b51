// The dev server abandons a search index that is still being written when a newer change is
// saved (BuildOptions.searchSignal): a part being indexed is given up, in this thread before its
// next page, in a worker thread by stopping the thread, without waiting for it to finish. The page the thread reads is a named pipe
// here, so the part is certainly being indexed (the thread holds the pipe open) when the signal
// is aborted. QIAOXIN_SEARCH_THREADS_FROM=1 makes two one-page parts go to threads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, open, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.QIAOXIN_SEARCH_THREADS_FROM = '1';
const { indexParts } = await import('../dist/write/search-pool.js');

const htmlOf = (title) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><main data-pagefind-body><h1>${title}</h1><p>侨联工作</p></main></body></html>`;

/** A part of one page, read from `path` in the thread that indexes it. */
const partOf = (id, path) => ({
  id,
  hash: id,
  dir: `parts/${id}/`,
  pages: [
    {
      url: `/${id}/`,
      html: () => Promise.reject(new Error('read in the thread')),
      locale: 'zh-CN',
      key: id,
      year: 2024,
      source: { path, ready: () => Promise.resolve() },
    },
  ],
});

test('a part being indexed in a thread is given up once the signal is aborted', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qx-search-abandon-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const pipe = join(dir, 'held.html');
  execFileSync('mkfifo', [pipe]);
  const plain = join(dir, 'plain.html');
  await writeFile(plain, htmlOf('通知'));
  const out = join(dir, 'pagefind');
  const newer = new AbortController();
  const indexing = indexParts([partOf('held', pipe), partOf('plain', plain)], out, newer.signal);
  indexing.catch(() => undefined); // judged below
  // Opening a pipe to write waits for a reader: the thread indexing the part has opened it.
  const writer = await open(pipe, 'w');
  newer.abort();
  // The thread waits in its read until the pipe closes; only then can it be stopped.
  await writer.close();
  await assert.rejects(indexing, (error) => error.name === 'AbortError');
  const held = await readdir(join(out, 'parts/held')).catch(() => []);
  assert.ok(!held.includes('part.json'), 'the abandoned part is not marked complete');
});

test('a part indexed in this thread is given up before its next page', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qx-search-abandon-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const newer = new AbortController();
  const read = [];
  // Pages given as HTML to read, not as files: such a part is indexed in this thread.
  const page = (id) => ({
    url: `/${id}/`,
    html: async () => {
      read.push(id);
      if (id === 'first') newer.abort(); // a newer change is saved while this page is indexed
      return htmlOf(id);
    },
    locale: 'zh-CN',
    key: id,
    year: 2024,
  });
  const part = {
    id: 'here',
    hash: 'here',
    dir: 'parts/here/',
    pages: [page('first'), page('second')],
  };
  await assert.rejects(indexParts([part], join(dir, 'pagefind'), newer.signal), {
    name: 'AbortError',
  });
  assert.deepEqual(read, ['first'], 'the second page is not read');
});

test('many parts indexed under one signal do not warn of a listener leak', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qx-search-abandon-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const parts = [];
  for (let i = 0; i < 12; i++) {
    const path = join(dir, `p${i}.html`);
    await writeFile(path, htmlOf(`通知${i}`));
    parts.push(partOf(`p${i}`, path));
  }
  const warnings = [];
  const onWarning = (warning) => warnings.push(warning.name);
  process.on('warning', onWarning);
  t.after(() => process.off('warning', onWarning));
  const done = await indexParts(parts, join(dir, 'pagefind'), new AbortController().signal);
  assert.equal(done.length, 12);
  // Process warnings are emitted on the next tick.
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(warnings, []);
});
