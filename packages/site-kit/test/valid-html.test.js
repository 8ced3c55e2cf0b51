// Every page of every built site is valid HTML to the Nu Html Checker (vnu), in one run of it.
// Lit's server rendering used to make every page invalid: its legacy `shadowroot` attribute and
// `<?>` markers (now written the standard way, render/ssr-markup.ts, checked in collect.test.js)
// and light-DOM role="listitem" hosts whose list was in another shadow root (the items now hold
// their <li>).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { pagesOf } from './helpers/built-pages.js';
import { allSiteIds, useBuiltSites } from './helpers/portal-pages.js';

const built = useBuiltSites('qx-valid-', allSiteIds);
const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

test('every page of every site, every edition, passes the Nu Html Checker', async () => {
  const files = [];
  for (const dist of Object.values(built)) files.push(...(await pagesOf(dist)).map((p) => p.path));
  const kinds = new Set();
  for (const dist of Object.values(built)) for (const p of await pagesOf(dist)) kinds.add(p.kind);
  // Every kind of page is there to be checked.
  for (const kind of [
    'home',
    'section',
    'yearly archive',
    'article',
    'about',
    'search',
    '404',
    'site map',
    'statement',
  ])
    assert.ok(kinds.has(kind), kind);
  const { messages } = await new Promise((resolve, reject) =>
    execFile(
      'java',
      ['-jar', vnu, '--errors-only', '--format', 'json', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      // vnu exits 1 when it found errors; its report is on stderr either way.
      (error, _stdout, stderr) => {
        try {
          resolve(JSON.parse(stderr));
        } catch {
          reject(error ?? new Error(stderr));
        }
      },
    ),
  );
  // A file vnu could not read is a non-error message: a failure too, not an empty report.
  // vnu 26.9 knows CSP 3's 'wasm-unsafe-eval' (the search's WebAssembly), so nothing is excused.
  const problems = messages;
  assert.deepEqual(
    problems.map((m) => `${m.url}:${m.lastLine}: ${m.message}`),
    [],
  );
});
