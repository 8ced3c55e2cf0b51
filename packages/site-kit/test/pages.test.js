// What readers see on pages built from a real site folder with content the seeds do not have.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../dist/index.js';
import { copySite } from './helpers/site-copy.js';

let temp;
let out;

before(async () => {
  temp = await mkdtemp(join(tmpdir(), 'qx-pages-'));
  const dir = await copySite(temp);
  await writeFile(
    join(dir, 'content/articles/overseas-visit.md'),
    `---
title: Overseas Chinese delegation visits Jinshan
published: '2023-05-10'
category: qldt
lang: en
---

A delegation of overseas Chinese entrepreneurs visited Jinshan.
`,
  );
  ({ outDir: out } = await buildSite(dir, { outDir: join(temp, 'out') }));
});
after(() => rm(temp, { recursive: true, force: true }));

test('an English-only article’s Chinese page has no empty notice bar', async () => {
  const html = await readFile(join(out, 'qldt/overseas-visit/index.html'), 'utf8');
  assert.match(html, /<article lang="en"/, 'the article is marked as English');
  assert.doesNotMatch(html, /class="notice"/, 'no notice element when there is nothing to say');
});

test('a Chinese-only article’s English page says it is in Chinese only', async () => {
  const html = (await readFile(join(out, 'en/gzzs/five-year-review/index.html'), 'utf8')).replace(
    /<!--[^>]*-->/g,
    '',
  );
  assert.match(html, /<p class="notice">This article is available in Chinese only\.<\/p>/);
});
