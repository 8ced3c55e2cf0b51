// Values a webmaster writes that reach the portal's HTML and CSS: basePath (in every URL),
// site links in articles and the nav, and theme.json tokens (in the stylesheet). Hostile
// copies of sites/jinshan are built with the real CLI; refused ones must stop with
// file:line: message and no stack trace, accepted ones are read back with a real HTML parser
// (parse5) and CSS parser (css-tree).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseHtml } from 'parse5';
import { generate, parse as parseCss, walk } from 'css-tree';
import { siteTargetOf } from '../dist/site/editions.js';
import { decodeHTMLAttribute } from 'entities';
import { escapeAttr } from '../dist/index.js';
import { paletteCss } from '../dist/theme/index.js';

const sites = fileURLToPath(new URL('../../../sites/', import.meta.url));
const cli = fileURLToPath(new URL('../bin/qiaoxin-site.js', import.meta.url));
let temp;
before(async () => {
  temp = await mkdtemp(join(tmpdir(), 'qx-values-'));
});
after(() => rm(temp, { recursive: true, force: true }));

async function copySite(into) {
  const dir = join(temp, into, 'jinshan');
  await cp(join(sites, 'jinshan'), dir, {
    recursive: true,
    filter: (src) => !/[/\\](dist|node_modules|\.dev)$|\.(building|old)-\d+$/.test(src),
  });
  return dir;
}
const readJson = async (dir, file) => JSON.parse(await readFile(join(dir, file), 'utf8'));
const writeJson = (dir, file, value) =>
  writeFile(join(dir, file), `${JSON.stringify(value, null, 2)}\n`);

/** Runs `qiaoxin-site build dir` to its exit; resolves with its code and output. */
function build(dir) {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, 'build', dir], { cwd: dir }, (error, stdout, stderr) =>
      resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The build must refuse the site: exit 1, the expected lines, and no stack trace. */
async function assertRefused(dir, lines) {
  const { code, stderr } = await build(dir);
  assert.equal(code, 1, stderr);
  assert.doesNotMatch(stderr, /^\s+at /m, 'a stack trace reached the webmaster');
  for (const line of lines) assert.ok(stderr.includes(line), `missing "${line}" in\n${stderr}`);
}

/** 1-based line of the first line of `file` that contains `text`. */
async function lineOf(dir, file, text) {
  const lines = (await readFile(join(dir, file), 'utf8')).split('\n');
  return lines.findIndex((l) => l.includes(text)) + 1;
}

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

describe('theme.json token values', () => {
  const hostile = {
    '--qx-radius-md': '4px /*',
    '--qx-radius-lg': '8px)',
    '--qx-radius-sm': '[2px]',
    '--qx-radius-pill': '9999px"',
    '--qx-space-1': '4px}',
    '--qx-space-2': '1rem</style><script>alert(1)</script>',
    '--qx-space-3': 'url(javascript:alert(1))',
    '--qx-space-4': 'expression(alert(1))',
    '--qx-space-5': "@import 'https://evil.example/x.css'",
    '--qx-space-6': '1rem;}body{display:none',
    '--qx-space-8': '1rem\\;',
    '--qx-font-family-sans': "'Noto Sans SC', url(javascript:alert(1))",
    '--qx-font-family-serif': "'Songti SC' /* , serif",
    '--qx-motion-easing-standard': 'cubic-bezier(0.2, 0, 0, 1) !important',
    '--qx-motion-duration-fast': '150',
    '--qx-font-weight-bold': 'var(--x)',
    '--qx-color-text': 'rgb(0 0 0")',
    '--qx-color-divider': '#ccc /* */',
  };
  const kinds = {
    radius: 'a length',
    space: 'a length',
    family: 'a list of fonts',
    easing: 'a timing function',
    duration: 'a duration',
    weight: 'a font weight',
    color: 'a colour',
  };
  const kindOf = (key) => Object.entries(kinds).find(([k]) => key.includes(k))[1];

  test('each value that is not one CSS value of its token’s type is refused at its line, without a crash', async () => {
    const dir = await copySite('theme-hostile');
    const theme = { ...(await readJson(dir, 'theme.json')), ...hostile };
    await writeJson(dir, 'theme.json', theme);
    const lines = [];
    for (const [key, value] of Object.entries(hostile)) {
      const line = await lineOf(dir, 'theme.json', `"${key}"`);
      lines.push(`theme.json:${line}: ${key}: ${JSON.stringify(value)} is not ${kindOf(key)}`);
    }
    await assertRefused(dir, lines);
  });

  test('each hostile value alone is refused too (no value hides behind another)', async () => {
    const dir = await copySite('theme-one');
    const theme = await readJson(dir, 'theme.json');
    for (const [key, value] of Object.entries(hostile)) {
      await writeJson(dir, 'theme.json', { ...theme, [key]: value });
      await assertRefused(dir, [`${key}: ${JSON.stringify(value)} is not ${kindOf(key)}`]);
    }
  });

  test('a token the tokens package does not define, of no known family, is refused', async () => {
    const dir = await copySite('theme-unknown');
    await writeJson(dir, 'theme.json', { primary: '#00606b', '--qx-shadow-card': '0 1px red' });
    await assertRefused(dir, ['theme.json:3: --qx-shadow-card is not a token of @qiaoxin/tokens']);
  });

  test('typed values build; the stylesheet keeps them serialised, the elder palette and the layout', async () => {
    const dir = await copySite('theme-good');
    const good = {
      '--qx-radius-md': '6px',
      '--qx-space-7': '1.75rem',
      '--qx-font-family-sans': "'Noto Sans SC', sans-serif",
      '--qx-motion-easing-standard': 'cubic-bezier(0.2, 0, 0, 1)',
      '--qx-motion-duration-fast': '100ms',
      '--qx-font-weight-bold': '600',
      '--qx-font-line-height-normal': '1.8',
    };
    await writeJson(dir, 'theme.json', { ...(await readJson(dir, 'theme.json')), ...good });
    const { code, stderr } = await build(dir);
    assert.equal(code, 0, stderr);
    const html = await readFile(join(dir, 'dist/index.html'), 'utf8');
    const href = /<link rel="stylesheet" href="\/jinshan\/([^"]+)"/.exec(html)[1];
    const css = await readFile(join(dir, 'dist', href), 'utf8');
    const selectors = new Set();
    const declared = new Map();
    walk(parseCss(css), (node) => {
      if (node.type === 'Rule') selectors.add(generate(node.prelude));
      if (node.type === 'Declaration' && node.property.startsWith('--qx-'))
        declared.set(node.property, node.value.value?.trim() ?? '');
    });
    assert.ok(selectors.has(':root[data-qx-elder]'), 'the elder palette is in the stylesheet');
    assert.ok(
      [...selectors].some((s) => s.includes('.skip-link')),
      'portal.css is in it',
    );
    assert.equal(declared.get('--qx-radius-md'), '6px');
    assert.equal(declared.get('--qx-space-7'), '1.75rem');
    assert.match(declared.get('--qx-font-family-sans'), /^"?Noto Sans SC"?,\s*sans-serif$/);
  });

  test('the stylesheet code itself refuses an unchecked value rather than writing it', () => {
    assert.throws(() => paletteCss({ '--qx-radius-md': '4px /*' }), /--qx-radius-md/);
    assert.throws(() => paletteCss({ '--qx-color-text': 'rgb(0 0 0")' }), /--qx-color-text/);
    assert.match(paletteCss({ '--qx-radius-md': ' 4px ' }), /--qx-radius-md:4px[;}]/);
  });
});
