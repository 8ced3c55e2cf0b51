// Writes search-fixture/ (git-ignored) for the <qx-search> tests and stories: a few portal
// pages in zh-CN, zh-Hant and English, and real Pagefind indexes of them, built with the
// Pagefind Node API as site-kit builds a portal's. Two bundles, zh/pagefind/ (split into
// parts, as site-kit splits a portal's) and en/pagefind/, so a test page can search each
// language whatever its <html lang> (Pagefind picks the index from <html lang>, once per
// bundle); whole/pagefind/ holds the zh pages unsplit. unavailable/pagefind.js is a bundle
// that fails; hostile/pagefind.js one whose results are unsafe.
//
//   node scripts/build-search-fixture.js   (from packages/components)
//
// It is the turbo task `fixtures`, not part of the package build: the tests and the Storybook
// build depend on it (turbo.json), so it is written once, before either reads it, and neither
// may see it half-written.
import { escapeUTF8 } from 'entities';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

const root = join(dirname(fileURLToPath(import.meta.url)), '../search-fixture');
const base = '/search-fixture';

// More than the pop-up's 8 results for 侨联, and for 僑聯 on a zh-Hant page.
const notices = Array.from({ length: 10 }, (_, i) => [
  {
    path: `zh/notices/${i + 1}/`,
    lang: 'zh-CN',
    title: `侨联工作通知（第${i + 1}号）`,
    body: `区侨联各基层组织：现将第${i + 1}号工作安排通知如下，请各侨联小组认真落实。`,
  },
  {
    path: `zh-hant/notices/${i + 1}/`,
    lang: 'zh-Hant',
    title: `僑聯工作通知（第${i + 1}號）`,
    body: `區僑聯各基層組織：現將第${i + 1}號工作安排通知如下，請各僑聯小組認真落實。`,
  },
]).flat();

const pages = [
  {
    path: 'zh/articles/five-year-review/',
    lang: 'zh-CN',
    title: '金山区侨联五年工作回顾',
    body: '五年来，金山区归国华侨联合会团结服务归侨侨眷，海外联谊工作取得新进展，为侨服务更加贴心。',
  },
  {
    path: 'zh/articles/youth/',
    lang: 'zh-CN',
    title: '侨界青年联谊会举办“同心圆”交流活动',
    body: '来自十余个国家和地区的侨界青年代表参加交流，共话家乡发展。A&B 企业代表 <作为嘉宾> 发言。',
  },
  ...notices,
  {
    path: 'zh-hant/articles/five-year-review/',
    lang: 'zh-Hant',
    title: '金山區僑聯五年工作回顧',
    body: '五年來，金山區歸國華僑聯合會團結服務歸僑僑眷，海外聯誼工作取得新進展。',
  },
  {
    path: 'en/articles/five-year-review/',
    lang: 'en',
    title: 'Five years of the Jinshan Federation of Returned Overseas Chinese',
    body: 'Over five years the federation served returned overseas Chinese and their families, and built new overseas friendships.',
  },
  {
    path: 'en/articles/youth/',
    lang: 'en',
    title: 'Overseas Chinese youth meet in Chongqing',
    body: 'Young people from more than ten countries and regions talked about the development of their home towns.',
  },
];

// The escaper site-kit's html.ts uses (this package cannot depend on site-kit).
const escape = (text) => escapeUTF8(text);
const htmlOf = ({ lang, title, body }) => `<!doctype html>
<html lang="${lang}">
  <head><meta charset="utf-8"><title>${escape(title)}</title></head>
  <body><main data-pagefind-body><h1>${escape(title)}</h1><p>${escape(body)}</p></main></body>
</html>
`;

/** Indexes `list` into one Pagefind bundle at `<root>/<folder>`. */
async function bundle(folder, list) {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(errors.join('; '));
  for (const page of list) {
    const added = await index.addHTMLFile({ url: `${base}/${page.path}`, content: htmlOf(page) });
    if (added.errors.length) throw new Error(added.errors.join('; '));
  }
  const written = await index.writeFiles({ outputPath: join(root, folder) });
  if (written.errors.length) throw new Error(written.errors.join('; '));
}

rmSync(root, { recursive: true, force: true });
for (const page of pages) {
  const file = join(root, page.path, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, htmlOf(page));
}
const isNotice = (page) => page.path.includes('/notices/');
const zhPages = pages.filter((p) => p.path.startsWith('zh'));
try {
  // zh/pagefind/ is split as site-kit splits a portal's index: a primary bundle (here the
  // articles, in both languages) whose parts.json lists, by Pagefind language, the merged
  // parts (the notices of each language); "*" is for a page whose language Pagefind does not
  // find, which then gets the primary's largest language. whole/pagefind/ is the same pages
  // in one plain Pagefind bundle, without parts.json: the split one must find the same.
  await bundle(
    'zh/pagefind',
    zhPages.filter((p) => !isNotice(p)),
  );
  for (const lang of ['zh-CN', 'zh-Hant'])
    await bundle(
      `zh/pagefind/parts/notices-${lang.toLowerCase()}`,
      zhPages.filter((p) => isNotice(p) && p.lang === lang),
    );
  writeFileSync(
    join(root, 'zh/pagefind/parts.json'),
    JSON.stringify({
      'zh-cn': ['parts/notices-zh-cn/'],
      'zh-hant': ['parts/notices-zh-hant/'],
      '*': ['parts/notices-zh-cn/'],
    }),
  );
  await bundle('whole/pagefind', zhPages);
  await bundle(
    'en/pagefind',
    pages.filter((p) => p.path.startsWith('en')),
  );
  writeFileSync(join(root, 'en/pagefind/parts.json'), '{}');
} finally {
  await close();
}
mkdirSync(join(root, 'unavailable'), { recursive: true });
writeFileSync(
  join(root, 'unavailable/pagefind.js'),
  `// A bundle whose index cannot be read.
export const options = async () => {};
export const init = async () => {
  throw new Error('the search index could not be read');
};
`,
);
// A stand-in bundle with hostile results: an unsafe URL, markup in an excerpt, no title.
mkdirSync(join(root, 'hostile'), { recursive: true });
writeFileSync(
  join(root, 'hostile/pagefind.js'),
  `const found = [
  { url: 'javascript:alert(1)', meta: { title: 'Unsafe' }, excerpt: 'x' },
  { url: '/safe/', meta: {}, excerpt: '<img src=x onerror="window.pwned=1">A &amp; <mark>B</mark> &lt;i&gt;' },
];
export const options = async () => {};
export const init = async () => {};
export const search = async () => ({ results: found.map((d) => ({ data: async () => d })) });
export const debouncedSearch = search;
`,
);
console.log(`search fixture written to ${root}`);
