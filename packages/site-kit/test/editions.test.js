// The traditional-Chinese edition (site.config.json "traditional") and the search index, read
// from real builds of copies of both seed sites.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SiteError, buildSite } from '../dist/index.js';
import { copySite } from './helpers/site-copy.js';

let temp;
before(async () => {
  temp = await mkdtemp(join(tmpdir(), 'qx-editions-'));
});
after(() => rm(temp, { recursive: true, force: true }));

async function buildCopy(id, change = (config) => config) {
  const dir = await copySite(join(temp, `${id}-${Math.random().toString(36).slice(2)}`), id);
  const file = join(dir, 'site.config.json');
  await writeFile(file, JSON.stringify(change(JSON.parse(await readFile(file, 'utf8')))));
  return { dir, out: (await buildSite(dir)).outDir };
}

const read = (out, file) => readFile(join(out, file), 'utf8');
const attr = (html, pattern) => pattern.exec(html)?.[1];
/** Visible text, roughly: no tags, no shadow-root styles. */
const text = (html) => html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '');

for (const [id, article, variant, ogLocale] of [
  ['chongqing', 'llxx/five-year-review', 'tw', 'zh_TW'],
  ['jinshan', 'gzzs/five-year-review', 'hk', 'zh_HK'],
]) {
  describe(`the ${id} portal's traditional edition (${variant})`, () => {
    let out;
    before(async () => {
      ({ out } = await buildCopy(id));
    });

    test('every Chinese page has a zh-Hant twin under zh-hant/ with converted text', async () => {
      const all = await readdir(out, { recursive: true });
      const chinese = all.filter((f) => f.endsWith('.html') && !/^(en|zh-hant)\//.test(f));
      for (const file of chinese) assert.ok(all.includes(`zh-hant/${file}`), `zh-hant/${file}`);
      const page = await read(out, `zh-hant/${article}/index.html`);
      assert.match(page, /<html lang="zh-Hant">/);
      assert.equal(attr(page, /property="og:locale" content="([^"]+)"/), ogLocale);
      const words = text(page);
      assert.ok(words.includes('僑聯'), '侨联 is written 僑聯');
      assert.ok(!words.includes('侨联'), 'no simplified 侨联 left in the text');
      assert.ok(!/undefined|NaN|site\.\w+/.test(words), 'no missing value or raw key');
    });

    test('no page loads the traditional strings at once (zh-hant/ pages: with their first element)', async () => {
      const scripts = (html) =>
        [
          ...html.matchAll(
            /<(?:script type="module" src|link rel="modulepreload" href)="([^"]+)"/g,
          ),
        ].map((m) => m[1]);
      for (const prefix of ['', 'en/', 'zh-hant/']) {
        const files = scripts(await read(out, `${prefix}${article}/index.html`));
        assert.ok(files.length, `${prefix || 'zh-CN'}: the page runs scripts`);
        assert.deepEqual(
          files.filter((f) => /zh-hant/.test(f)),
          [],
          `${prefix || 'zh-CN'} page`,
        );
      }
      // Which pages load them, in a browser: page-weight.test.js.
    });

    test('every edition links to the others with hreflang, and the sitemap lists all three', async () => {
      const base = `https://www.example.org/${id}/`;
      for (const prefix of ['', 'en/', 'zh-hant/']) {
        const html = await read(out, `${prefix}${article}/index.html`);
        assert.equal(attr(html, /hreflang="zh-CN" href="([^"]+)"/), `${base}${article}/`);
        assert.equal(attr(html, /hreflang="zh-Hant" href="([^"]+)"/), `${base}zh-hant/${article}/`);
        assert.equal(attr(html, /hreflang="en" href="([^"]+)"/), `${base}en/${article}/`);
        assert.equal(attr(html, /hreflang="x-default" href="([^"]+)"/), `${base}${article}/`);
      }
      const xml = await read(out, 'sitemap.xml');
      assert.ok(xml.includes(`<loc>${base}zh-hant/${article}/</loc>`));
      assert.ok(!xml.includes('/search/'), 'the search page is not for search engines');
    });

    test('the header offers 简 | 繁 | EN, the current edition marked, instead of the two-way toggle', async () => {
      const html = await read(out, `zh-hant/${article}/index.html`);
      const nav = /<nav slot="languages"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
      assert.match(nav, /aria-label="語言"/);
      const links = [
        ...nav.matchAll(
          /<a\s+href="([^"]+)"\s+hreflang="([^"]+)"[^>]*?(aria-current="page")?\s*>/g,
        ),
      ].map((m) => [m[1], m[2], Boolean(m[3])]);
      assert.deepEqual(links, [
        [`/${id}/${article}/`, 'zh-Hans', false],
        [`/${id}/zh-hant/${article}/`, 'zh-Hant', true],
        [`/${id}/en/${article}/`, 'en', false],
      ]);
      assert.match(text(nav), /简\s*简体中文[\s\S]*繁\s*繁體中文[\s\S]*EN\s*English/);
      assert.match(html, /<qx-bilingual-header[^>]*hide-toggle/);
    });

    test('the search index covers every edition, and the search page is not indexed', async () => {
      const bundle = await readdir(join(out, 'pagefind'));
      assert.ok(bundle.includes('pagefind.js'));
      for (const lang of ['zh-cn', 'zh-hant', 'en']) {
        assert.ok(
          bundle.some((f) => f.startsWith(`pagefind.${lang}_`)),
          `a ${lang} index in ${bundle.join(', ')}`,
        );
      }
      const search = await read(out, 'zh-hant/search/index.html');
      assert.match(search, /<meta name="robots" content="noindex">/);
      assert.match(search, /<qx-search[^>]*full-page/);
      assert.match(search, new RegExp(`<a href="/${id}/zh-hant/sitemap/"`), 'a way on without JS');
      const home = await read(out, 'index.html');
      assert.match(
        home,
        new RegExp(`<qx-search[^>]*action="/${id}/search/"[^>]*bundle-path="/${id}/pagefind/"`),
      );
      assert.match(home, /script-src 'self' 'wasm-unsafe-eval'/);
    });
  });
}

test('a site without "traditional" has two editions and keeps the two-way toggle', async () => {
  const { out } = await buildCopy('jinshan', (config) => ({ ...config, traditional: undefined }));
  const all = await readdir(out);
  assert.ok(!all.includes('zh-hant'));
  const html = await read(out, 'index.html');
  assert.doesNotMatch(html, /hreflang="zh-Hant"|slot="languages"/);
  assert.match(html, /<qx-bilingual-header[^>]*alternate-href="\/jinshan\/en\/"/);
});

test('an unknown traditional variant is refused with the file, line and the choices', async () => {
  await assert.rejects(
    buildCopy('jinshan', (config) => ({ ...config, traditional: 'mo' })),
    (error) =>
      error instanceof SiteError &&
      /site\.config\.json:1: traditional must be one of "tw", "hk"/.test(error.message),
  );
});

test('a link into zh-hant/ is refused when the site has no traditional edition', async () => {
  const nav = (config) => [
    ...config.nav,
    { zh: '繁體', en: 'Traditional', href: '/zh-hant/about/' },
  ];
  await buildCopy('chongqing', (config) => ({ ...config, nav: nav(config) }));
  await assert.rejects(
    buildCopy('chongqing', (config) => ({ ...config, nav: nav(config), traditional: undefined })),
    (error) =>
      error instanceof SiteError &&
      /nav\[\d+\]\.href "\/zh-hant\/about\/" is not a page of this site/.test(error.message),
  );
});
