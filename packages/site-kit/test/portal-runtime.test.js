// Portals run one i18n runtime on both sides: the pages are rendered on the server with
// i18next-lite, the same implementation the client bundle hydrates them with (Vite's alias),
// and each page is rendered in its language without switching a page-wide language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildSite } from '../dist/index.js';
import { copySite, read, useTemp } from './helpers/site-copy.js';

const temp = useTemp('qx-runtime-');

test('pages are rendered with i18next-lite, each in its own language, no global switch', async () => {
  const dir = await copySite(temp.path, 'chongqing');
  const { outDir } = await buildSite(dir, { outDir: join(temp.path, 'out') });
  const shared = globalThis[Symbol.for('qiaoxin.i18n')];
  assert.ok(shared, 'the elements registered the shared instance');
  // Real i18next instances always have `services`; the lite one has only what elements call.
  assert.equal('services' in shared, false, 'the server rendered with real i18next');
  // Every edition was rendered, yet the page-wide language never moved off its start.
  assert.equal(shared.language, 'zh-CN');
  const text = (html) => html.replace(/<!--[^>]*-->/g, '');
  assert.match(text(await read(outDir, 'en/llxx/five-year-review/index.html')), /You are here:/);
  assert.match(text(await read(outDir, 'llxx/five-year-review/index.html')), /您的当前位置：/);
  assert.match(
    text(await read(outDir, 'zh-hant/llxx/five-year-review/index.html')),
    /您的當前位置：/,
  );
});
