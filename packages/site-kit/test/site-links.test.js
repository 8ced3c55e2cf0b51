// Values a webmaster writes that reach every URL of the portal: basePath and site links in
// articles and the nav. Hostile copies of sites/jinshan are built with the real CLI; refused
// ones must stop with file:line: message and no stack trace, accepted ones are read back with a
// real HTML parser (parse5). theme.json token values are in values.test.js.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseHtml } from 'parse5';
import { siteTargetOf } from '../dist/site/editions.js';
import { decodeHTMLAttribute } from 'entities';
import { escapeAttr } from '../dist/index.js';
import {
  assertRefused,
  buildWithCli as build,
  lineOf,
  readJson,
  useCopies,
  writeJson,
} from './helpers/site-copy.js';

const copySite = useCopies('qx-site-links-');

async function htmlFiles(dir, prefix = '') {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory()
        ? htmlFiles(dir, join(prefix, e.name))
        : e.name.endsWith('.html')
          ? [join(prefix, e.name)]
          : [],
    ),
  );
  return nested.flat();
}

/** Every element of a parse5 tree, template contents (declarative shadow DOM) included. */
function* elements(node) {
  if (node.tagName) yield node;
  for (const child of node.childNodes ?? []) yield* elements(child);
  if (node.content) yield* elements(node.content);
}
const attr = (el, name) => el.attrs.find((a) => a.name === name)?.value;

describe('basePath', () => {
  const hostile = [
    '/a"><img src=x onerror=alert(1)>/',
    '//evil.example/',
    '/\\evil.example/',
    '/a/../',
    '/./',
    '/a//b/',
    '/a%2f/',
    '/a b/',
    '/a?x=/',
    'jinshan/',
  ];
  test('anything but "/" or URL-safe folders between slashes is refused at its line', async () => {
    const dir = await copySite('base-hostile');
    const config = await readJson(dir, 'site.config.json');
    for (const basePath of hostile) {
      await writeJson(dir, 'site.config.json', { ...config, basePath });
      const line = await lineOf(dir, 'site.config.json', '"basePath"');
      await assertRefused(dir, [
        `site.config.json:${line}: basePath must be "/" or folder names between slashes`,
      ]);
    }
  });

  test('a legal basePath reaches every script, stylesheet, image and link of every page, same-origin', async () => {
    const dir = await copySite('base-good');
    const basePath = '/sites/jin-shan_1.0~x/';
    const config = await readJson(dir, 'site.config.json');
    const siteUrl = `https://www.example.org${basePath}`;
    await writeJson(dir, 'site.config.json', { ...config, basePath, siteUrl });
    const { code, stderr } = await build(dir);
    assert.equal(code, 0, stderr);
    const out = join(dir, 'dist');
    const pages = await htmlFiles(out);
    assert.ok(pages.length > 20, `only ${pages.length} pages`);
    const origin = 'https://www.example.org';
    for (const page of pages) {
      const url = `${origin}${basePath}${page.replace(/index\.html$/, '')}`;
      const doc = parseHtml(await readFile(join(out, page), 'utf8'));
      for (const el of elements(doc)) {
        for (const { name } of el.attrs) {
          assert.doesNotMatch(name, /^on/i, `${page}: <${el.tagName} ${name}> injected`);
        }
        const refs = { script: 'src', link: 'href', img: 'src', a: 'href' };
        const value = refs[el.tagName] && attr(el, refs[el.tagName]);
        if (!value) continue;
        const target = new URL(value, url);
        // The article's share QR code, drawn at build time, is the one picture in the page.
        if (el.tagName === 'img' && attr(el, 'slot') === 'qr') {
          assert.match(value, /^data:image\/svg\+xml,/, `${page}: QR ${value}`);
          continue;
        }
        if (el.tagName === 'a' && target.origin !== origin) {
          assert.match(target.protocol, /^(https|mailto|tel):$/, `${page}: <a href="${value}">`);
          continue;
        }
        assert.equal(target.origin, origin, `${page}: <${el.tagName}> ${value} leaves the site`);
        assert.ok(target.pathname.startsWith(basePath), `${page}: ${value} outside ${basePath}`);
      }
    }
  });
});

describe('site links', () => {
  test('only a link that resolves exactly to a page is internal; look-alikes are refused at their lines', async () => {
    const dir = await copySite('links-hostile');
    const file = 'content/articles/look-alikes.md';
    const links = [
      '//evil.example/gzzs/five-year-review/',
      '/\\evil.example/gzzs/five-year-review/',
      '/no/such/five-year-review/',
      '/x/../gzzs/five-year-review/',
      '/gzzs/%2e%2e/gzzs/five-year-review/',
      '/%2F%2Fevil.example/five-year-review/',
      '/qldt/five-year-review/', // the slug, under a category it is not in
    ];
    await writeFile(
      join(dir, file),
      `---\ntitle: 链接\npublished: 2023-06-02\ncategory: qldt\n---\n\n${links
        .map((l, i) => `[链接${i}](${l})\n`)
        .join('\n')}`,
    );
    const config = await readJson(dir, 'site.config.json');
    const nav = ['//evil.example/', '/\\evil.example/', 'https:evil.example', '/x/../about/'];
    await writeJson(dir, 'site.config.json', {
      ...config,
      nav: [...config.nav, ...nav.map((href) => ({ zh: '链', en: 'Link', href }))],
    });
    const expected = [];
    for (const [i, l] of links.entries()) {
      const written = l.replace('\\', '%5C'); // as markdown-it hands it over
      expected.push(`${file}:${7 + 2 * i}: link "${written}" is not a page of this site`);
    }
    for (const [i, href] of nav.entries()) {
      const line = await lineOf(dir, 'site.config.json', JSON.stringify(href));
      const at = config.nav.length + i;
      expected.push(`site.config.json:${line}: nav[${at}].href "${href}" is not a page`);
    }
    await assertRefused(dir, expected);
  });

  test('the one resolver of site links (load and the rewrite share it) reads them as a browser does', () => {
    const accepted = {
      '/about/': { path: '/about/', suffix: '' },
      '/en/qldt/a/?q=1&x=%22#top': { path: '/en/qldt/a/', suffix: '?q=1&x=%22#top' },
    };
    for (const [href, target] of Object.entries(accepted)) {
      assert.deepEqual(siteTargetOf(href), target, href);
    }
    for (const href of [
      '//evil.example/about/',
      '/\\evil.example/about/',
      '\\/evil.example/about/',
      '/%5Cevil.example/about/',
      '/%2F/evil.example/about/',
      '/x/../about/',
      '/./about/',
      '/x/%2e%2e/about/',
      '/x/.%2E/about/',
      '/ab\tout/',
      '/about/\n',
      'about/',
      'https://evil.example/about/',
      'javascript:alert(1)//',
    ]) {
      assert.equal(siteTargetOf(href), undefined, JSON.stringify(href));
    }
  });

  test('the one HTML escaper leaves nothing that ends an attribute or opens a tag', () => {
    const hostile = `"><img src=x onerror=alert(1)>'&`;
    assert.doesNotMatch(escapeAttr(hostile), /["'<>]|&(?![a-z]+;)/);
    assert.equal(decodeHTMLAttribute(escapeAttr(hostile)), hostile);
  });

  test('accepted site links are rewritten under basePath with their query and fragment, escaped', async () => {
    const dir = await copySite('links-good');
    await writeFile(
      join(dir, 'content/articles/links.md'),
      `---\ntitle: 链接\npublished: 2023-06-02\ncategory: qldt\n---\n\n` +
        `[综述](/gzzs/five-year-review/?a=1&b="2"#part) [英文简介](/en/about/) [外站](https://www.chinaql.org/)\n`,
    );
    const { code, stderr } = await build(dir);
    assert.equal(code, 0, stderr);
    for (const [page, prefix] of [
      ['qldt/links/index.html', '/jinshan/'],
      ['en/qldt/links/index.html', '/jinshan/en/'],
    ]) {
      const doc = parseHtml(await readFile(join(dir, 'dist', page), 'utf8'));
      const article = [...elements(doc)].find((e) => e.tagName === 'article');
      const hrefs = [...elements(article)]
        .filter((e) => e.tagName === 'a')
        .map((e) => attr(e, 'href'));
      assert.deepEqual(hrefs, [
        `${prefix}gzzs/five-year-review/?a=1&b=%222%22#part`,
        `${prefix}about/`,
        'https://www.chinaql.org/',
      ]);
    }
  });
});
