import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSearchIndex } from './dist/write/search-index.js';
const base = readFileSync('/work/wt/search-split/sites/jinshan/dist/gzzs/five-year-review/index.html', 'utf8');
const n = Number(process.argv[2] ?? 750);
const pagesOf = (edited) => {
  const pages = [];
  for (const [locale, prefix] of [['zh-CN', ''], ['zh-Hant', 'zh-hant/'], ['en', 'en/']]) {
    const lang = base.replace(/<html lang="[^"]*"/, `<html lang="${locale}"`);
    for (const p of ['', 'about/']) pages.push({ url: `/j/${prefix}${p}`, locale, key: edited ? 'h2' : 'h1', html: async () => lang });
    for (let i = 0; i < n; i++) {
      const url = `/j/${prefix}a/${i}/`;
      const key = edited && i === 7 ? 'v2' : 'v1';
      pages.push({ url, locale, year: 2015 + (i % 10), key, html: async () => lang.replace('凝心工程', `凝心工程${i}${key} 词${i % 37}`) });
    }
  }
  return pages;
};
const temp = await mkdtemp(join(tmpdir(), 'qx-bench-'));
let t = performance.now();
const cold = await writeSearchIndex(pagesOf(false), join(temp, 'one'));
console.log('cold', cold, ((performance.now() - t) / 1000).toFixed(1), 's');
t = performance.now();
const edit = await writeSearchIndex(pagesOf(true), join(temp, 'two'), join(temp, 'one'));
console.log('edit', edit, ((performance.now() - t) / 1000).toFixed(1), 's');
await rm(temp, { recursive: true, force: true });
