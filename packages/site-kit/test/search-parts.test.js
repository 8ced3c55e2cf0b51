// The split search index (src/write/search-index.ts) on its own: pages of three editions over
// three years go into parts; writing again with one page's key changed re-indexes only that
// page's part, links the others from the previous output, and gives the same files as a
// fresh write. Real Pagefind, real folders under os.tmpdir().
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSearchIndex } from '../dist/write/search-index.js';

let temp;
before(async () => {
  temp = await mkdtemp(join(tmpdir(), 'qx-search-parts-'));
});
after(() => rm(temp, { recursive: true, force: true }));

const editions = [
  ['zh-CN', '', '侨联工作通知'],
  ['zh-Hant', 'zh-hant/', '僑聯工作通知'],
  ['en', 'en/', 'Federation notice'],
];

const htmlOf = (lang, title, body) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;

/**
 * Home and about in each edition, and 6 articles a year in 2022–2024 in each; `read` records
 * which pages' HTML was asked for. `edited` gives one page another text and key.
 */
function sitePages(read, edited) {
  const pages = [];
  const page = (url, locale, year, title, body) => {
    const text = url === edited ? `${body} 修改后的内容 edited` : body;
    pages.push({
      url,
      locale,
      year,
      key: url === edited ? 'v2' : 'v1',
      html: async () => (read.push(url), htmlOf(locale, title, text)),
    });
  };
  for (const [locale, prefix, word] of editions) {
    page(`/s/${prefix}`, locale, undefined, 'Home', `${word} home`);
    page(`/s/${prefix}about/`, locale, undefined, 'About', `${word} about`);
    for (const year of [2022, 2023, 2024])
      for (let i = 1; i <= 6; i++)
        page(`/s/${prefix}a/${year}-${i}/`, locale, year, `${word} ${year}-${i}`, `${word} ${i}`);
  }
  return pages;
}

/** Every file under `dir`, relative, with its bytes. */
async function tree(dir) {
  const files = {};
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) {
      const path = join(e.parentPath, e.name);
      files[path.slice(dir.length + 1)] = (await readFile(path)).toString('base64');
    }
  return files;
}

test('an edit re-indexes only its part; the others are linked; the output equals a fresh one', async () => {
  process.env.QIAOXIN_SEARCH_PART_SIZE = '4'; // 18 articles an edition: 5 or more parts
  try {
    const [one, two, fresh] = ['one', 'two', 'fresh'].map((n) => join(temp, n));
    const read = [];
    const first = await writeSearchIndex(sitePages(read), one);
    assert.deepEqual(first, { indexed: 60, reused: 0, kept: [] });
    assert.equal(read.length, 60);

    const edited = '/s/zh-hant/a/2023-4/';
    const parts = JSON.parse(await readFile(join(one, 'pagefind/parts.json'), 'utf8'));
    // The primary holds every language; each edition's articles are in parts of at most 4.
    assert.deepEqual(Object.keys(parts).sort(), ['*', 'en', 'zh-cn', 'zh-hant']);
    for (const lang of ['en', 'zh-cn', 'zh-hant']) {
      assert.ok(parts[lang].length >= 5, `${lang}: ${parts[lang]}`);
      assert.ok(parts[lang].every((dir) => dir.startsWith(`parts/${lang}-`)));
      for (const dir of parts[lang]) {
        const { pages } = JSON.parse(await readFile(join(one, 'pagefind', dir, 'part.json')));
        assert.ok(pages.length <= 4 && pages.every(([url]) => url.includes(`/a/`)), dir);
      }
    }
    // "*": Pagefind's pick when the page's language is not in the primary: its largest
    // language, the first listed if tied (here all are: home and about in each).
    const entry = JSON.parse(await readFile(join(one, 'pagefind/pagefind-entry.json'), 'utf8'));
    assert.deepEqual(parts['*'], parts[Object.keys(entry.languages)[0]]);
    const partOf = async (out, url) => {
      for (const dir of Object.values(parts).flat()) {
        const manifest = JSON.parse(await readFile(join(out, 'pagefind', dir, 'part.json')));
        if (manifest.pages.some(([u]) => u === url)) return { dir, size: manifest.pages.length };
      }
    };
    const { dir: before, size } = await partOf(one, edited);

    read.length = 0;
    const second = await writeSearchIndex(sitePages(read, edited), two, one);
    assert.deepEqual(second, { indexed: size, reused: 60 - size, kept: [] });
    assert.equal(read.length, size, 'only the changed part read its pages');
    assert.ok(read.includes(edited));
    const after2 = JSON.parse(await readFile(join(two, 'pagefind/parts.json'), 'utf8'));
    assert.ok(!after2['zh-hant'].includes(before), 'the changed part has a new folder');
    assert.deepEqual(after2.en, parts.en, 'the other parts keep theirs');

    // Reused files are the previous output's, linked: nothing copied.
    const reused = join('pagefind', parts.en[0], 'pagefind-entry.json');
    assert.equal((await stat(join(two, reused))).ino, (await stat(join(one, reused))).ino);

    await writeSearchIndex(sitePages([], edited), fresh);
    assert.deepEqual(await tree(join(two, 'pagefind')), await tree(join(fresh, 'pagefind')));

    // The primary is a part too: the same pages and keys again reuse everything.
    const third = await writeSearchIndex(sitePages([], edited), join(temp, 'three'), two);
    assert.deepEqual(third, { indexed: 0, reused: 60, kept: [] });
    assert.deepEqual(await tree(join(temp, 'three/pagefind')), await tree(join(two, 'pagefind')));
  } finally {
    delete process.env.QIAOXIN_SEARCH_PART_SIZE;
  }
});

test('a part left incomplete in the previous output (no part.json) is indexed again', async () => {
  const [one, two] = ['inc-one', 'inc-two'].map((n) => join(temp, n));
  await writeSearchIndex(sitePages([]), one);
  const parts = JSON.parse(await readFile(join(one, 'pagefind/parts.json'), 'utf8'));
  assert.equal(parts.en.length, 1, 'at the default size, one part an edition');
  await rm(join(one, 'pagefind', parts.en[0], 'part.json'));
  const read = [];
  const result = await writeSearchIndex(sitePages(read), two, one);
  assert.deepEqual(result, { indexed: 18, reused: 42, kept: [] });
  assert.ok(read.every((url) => url.startsWith('/s/en/a/')));
});

test('a new article changes only its own part, which splits in two when it overflows', async () => {
  process.env.QIAOXIN_SEARCH_PART_SIZE = '4';
  try {
    const dirsOf = async (out) =>
      JSON.parse(await readFile(join(out, 'pagefind/parts.json'), 'utf8'))['zh-cn'];
    const [one, two] = ['grow-one', 'grow-two'].map((n) => join(temp, n));
    const pages = sitePages([]);
    await writeSearchIndex(pages, one);
    const added = { ...pages.find((p) => p.url === '/s/a/2024-6/'), url: '/s/a/2025-1/' };
    const { indexed } = await writeSearchIndex([...pages, added], two, one);
    const [before, after] = [await dirsOf(one), await dirsOf(two)];
    const gone = before.filter((d) => !after.includes(d));
    assert.equal(gone.length, 1, 'one part changed');
    assert.ok(after.length - before.length <= 1, 'into one part, or two halves of it');
    assert.ok(indexed <= 5, `${indexed} pages indexed again`);
  } finally {
    delete process.env.QIAOXIN_SEARCH_PART_SIZE;
  }
});
