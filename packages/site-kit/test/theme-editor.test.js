// The theme editor (src/admin-theme/) driven in Chromium as a webmaster would: typing a colour
// that fails contrast, being refused, taking the offered fix, saving, uploading a logo; then
// the build of the folder. A tiny server on 127.0.0.1 stands in for `qiaoxin-site admin`,
// calling handleThemeEditor behind a token prefix as the admin server does.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer, get } from 'node:http';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { Resvg } from '@resvg/resvg-js';
import { handleThemeEditor } from '../dist/admin-theme/index.js';
import { chromePath, chromiumArgs, newTab } from '../../../scripts/chromium.js';
import { read, readJson, runCli, tempSites } from './helpers/site-copy.js';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core'), 'utf8');
const token = randomBytes(12).toString('hex');
const base = `/${token}`;
const failing = '#66c2cc'; // light teal: 2.06:1 on the page background, a button needs 3:1

let temp, dir, server, origin, browser, page;

before(async () => {
  temp = await tempSites('jinshan', 'qx-theme-editor-');
  dir = await temp.copy('site');
  server = createServer((req, res) => {
    // What the admin server does before it calls the editor: the token, then the rest.
    if (!req.url.startsWith(`${base}/`)) return void res.writeHead(403).end();
    const path = req.url.slice(base.length);
    handleThemeEditor(req, res, { siteDir: dir, path, base }).then((handled) => {
      if (!handled) res.writeHead(404).end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({ executablePath: chromePath, args: chromiumArgs });
  page = await newTab(browser);
  await page.goto(`${origin}${base}/theme/`);
  await page.waitForSelector('body[data-ready] #preview-home[data-painted]');
  await page.waitForSelector('#preview-article[data-painted]');
});

after(async () => {
  await browser?.close();
  server?.close();
  await temp?.remove();
});

const editor = (path) => `${origin}${base}/theme/${path}`;
const status = (id) => page.$eval(`#${id}`, (el) => el.textContent);
/** The value of a custom property on the root of a preview frame. */
const framePrimary = (id) =>
  page.$eval(`#${id}`, (frame) =>
    frame.contentWindow
      .getComputedStyle(frame.contentDocument.documentElement)
      .getPropertyValue('--qx-color-primary')
      .trim(),
  );

test('the page speaks Chinese, labels every colour field, and axe finds nothing', async () => {
  assert.equal(await page.$eval('html', (el) => el.lang), 'zh-CN');
  for (const key of ['primary', 'accent', 'text', 'surface']) {
    const label = await page.$eval(`label[for="${key}-text"]`, (el) => el.textContent);
    assert.ok(label.includes(key), label);
    assert.ok(await page.$eval(`#${key}-picker`, (el) => el.getAttribute('aria-label').length > 0));
  }
  assert.equal(await page.$eval('#primary-text', (el) => el.value), '#00606b');
  assert.match(await status('contrast-status'), /^全部 \d+ 组颜色对比度合格。$/);
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const { violations } = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      // The editor's own page: the framed portal pages are portal-tests' (axe.test.js).
      iframes: false,
    });
    return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target).join(', ')}`);
  });
  assert.deepEqual(violations, []);
});

test('at 200 % zoom (640 CSS pixels wide) nothing scrolls sideways', async () => {
  await page.setViewport({ width: 640, height: 900, deviceScaleFactor: 2 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  await page.setViewport({ width: 1280, height: 900 });
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the window`);
});

test('a failing primary: the table says fail, Save and a direct POST are refused', async () => {
  const before = await read(dir, 'theme.json');
  await page.click('#primary-text', { clickCount: 3 });
  await page.keyboard.type(failing);
  await page.waitForSelector('#contrast-status[data-pass="false"]');
  const failed = await page.$$eval('#pairs tr[data-pass="false"]', (rows) =>
    rows.map((r) => `${r.dataset.pair} ${r.lastElementChild.textContent}`),
  );
  assert.ok(failed.includes('primary surface ✗ 不合格'), failed.join('\n'));
  assert.match(await status('contrast-status'), /组颜色对比度不合格/);
  assert.match(await status('primary-problem'), /对比度不足.*只有 2\.0\d:1，至少需要 3:1/);
  assert.equal(await page.$eval('#primary-text', (el) => el.getAttribute('aria-invalid')), 'true');

  await page.click('#save');
  await page.waitForFunction(() =>
    document.querySelector('#save-status').textContent.includes('没有保存'),
  );
  assert.equal(await read(dir, 'theme.json'), before);

  // The server is the gate, not the page's script.
  const response = await fetch(editor('api/save'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ theme: { primary: failing } }),
  });
  assert.equal(response.status, 422);
  assert.match(
    (await response.json()).message,
    /primary on surface|主色（primary）在页面背景（surface）上只有 2\.0\d:1/,
  );
  assert.equal(await read(dir, 'theme.json'), before);
});

test('the offered fix passes, repaints the preview, and saves theme.json with its $schema', async () => {
  const { $schema } = await readJson(dir, 'theme.json');
  const fix = await page.$eval(
    '#primary-problem button.fix',
    (b) => b.textContent.match(/#[0-9a-f]{6}/)[0],
  );
  // By keyboard: the fix is the next stop after the field, and Enter takes it.
  await page.focus('#primary-text');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'fix');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#contrast-status[data-pass="true"]');
  assert.equal(await page.$$eval('#pairs tr[data-pass="false"]', (rows) => rows.length), 0);
  assert.equal(await page.$eval('#primary-text', (el) => el.value), fix);
  assert.equal(await framePrimary('preview-home'), fix);
  assert.equal(await framePrimary('preview-article'), fix);

  await page.click('#save');
  await page.waitForFunction(
    () => document.querySelector('#save-status').textContent === '已保存到 theme.json。',
  );
  const text = await read(dir, 'theme.json');
  assert.deepEqual(JSON.parse(text), { $schema, primary: fix });
  assert.equal(text, `{\n  "$schema": ${JSON.stringify($schema)},\n  "primary": "${fix}"\n}\n`);
});

test('elder mode in the preview shows the elder palette', async () => {
  await page.click('input[name="preview-mode"][value="elder"]');
  const elder = await page.$$eval(
    '#palette ul',
    (lists) => lists[1].querySelector('li').textContent.match(/#[0-9a-f]{6}/)[0],
  );
  await page.waitForFunction(
    (colour) =>
      getComputedStyle(document.querySelector('#preview-home').contentDocument.documentElement)
        .getPropertyValue('--qx-color-primary')
        .trim() === colour,
    {},
    elder,
  );
  await page.click('input[name="preview-mode"][value="normal"]');
});

/** Uploads bytes as the page does, without a file chooser. */
const upload = (data, type) =>
  fetch(editor('api/logo'), { method: 'POST', headers: { 'Content-Type': type }, body: data });

test('logo: oversized and mistyped uploads are refused, an SVG loses its script', async () => {
  const config = await read(dir, 'site.config.json');
  const huge = Buffer.concat([pngOf(8), Buffer.alloc(1024 * 1024)]);
  const tooBig = await upload(huge, 'image/png');
  assert.equal(tooBig.status, 413);
  assert.match((await tooBig.json()).message, /文件有 1\.0 MB，标志最大 1 MB/);

  const html = await upload(
    Buffer.from('<!doctype html><svg onload="alert(1)"></svg>'),
    'image/svg+xml',
  );
  assert.equal(html.status, 415);
  assert.match((await html.json()).message, /不是 PNG、JPEG、WebP 或 SVG 图片/);
  const gif = await upload(Buffer.from('GIF89a\x01\x00\x01\x00'), 'image/png');
  assert.equal(gif.status, 415);
  assert.equal(await read(dir, 'site.config.json'), config);

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><script>alert(2)</script><circle r="4" cx="5" cy="5"/></svg>`;
  const saved = await upload(Buffer.from(svg), 'image/svg+xml');
  assert.equal(saved.status, 200, await saved.clone().text());
  const kept = await read(dir, 'logo.svg');
  assert.match(kept, /<circle/);
  assert.doesNotMatch(kept, /script|onload|alert/);
  assert.equal(await read(dir, 'site.config.json'), config); // it was logo.svg already
});

test('logo: a PNG chosen on the page is saved and named in site.config.json', async () => {
  const file = join(temp.path, 'emblem.png');
  await writeFile(file, pngOf(64));
  const input = await page.$('#logo-file');
  await input.uploadFile(file);
  await page.click('#logo-upload');
  await page.waitForFunction(() => document.querySelector('#logo-status').dataset.ok === 'true');
  assert.equal(await status('logo-status'), '标志已保存为 logo.png。');
  assert.deepEqual(await readFile(join(dir, 'logo.png')), pngOf(64));
  const config = await read(dir, 'site.config.json');
  assert.match(config, /\n {2}"logo": "logo\.png",\n/); // one value changed, the layout kept
  assert.equal((await fetch(editor('logo'))).headers.get('content-type'), 'image/png');
  // The preview is made again with the new logo.
  await page.waitForFunction(() => {
    const img = document
      .querySelector('#preview-home')
      .contentDocument?.querySelector('img[slot="logo"]');
    return img?.complete && img.naturalWidth === 64 && /\/logo-\w+\.png$/.test(img.src);
  });
});

test('the folder builds with the saved colour and logo', async () => {
  const out = join(temp.path, 'out');
  const { code, stderr } = await runCli(['build', dir, '--out', out]);
  assert.equal(code, 0, stderr);
  const { primary } = await readJson(dir, 'theme.json');
  const assets = await readdir(join(out, 'assets'));
  const css = await read(
    out,
    join(
      'assets',
      assets.find((f) => /^site-.*\.css$/.test(f)),
    ),
  );
  assert.ok(
    css.includes(`--qx-color-primary:${primary}`),
    'the built stylesheet has the new primary',
  );
  assert.ok(
    assets.some((f) => f.endsWith('.png') && f.startsWith('logo')),
    assets.join(' '),
  );
});

test('in English with ?lang=en, messages too', async () => {
  const html = await (await fetch(editor('?lang=en'))).text();
  assert.match(html, /<html lang="en">/);
  assert.match(html, /<label for="primary-text">Primary colour <code>primary<\/code><\/label>/);
  const response = await fetch(`${editor('api/check')}?lang=en`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ theme: { primary: failing } }),
  });
  const { problems, fixes } = await response.json();
  assert.match(
    problems.primary[0],
    /^primary on surface is 2\.0\d:1, needs 3:1 — nearest passing colour: #/,
  );
  assert.match(fixes.primary, /^#[0-9a-f]{6}$/);
});

test('requests the editor does not make are refused', async () => {
  const post = (body, headers = {}) =>
    fetch(editor('api/check'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body,
    });
  assert.equal((await post('{not json')).status, 400);
  assert.equal((await post(JSON.stringify({ theme: ['#fff'] }))).status, 400);
  assert.equal((await post(JSON.stringify({ theme: { primary: 5 } }))).status, 400);
  assert.equal((await post('{}', { Origin: 'https://evil.example' })).status, 403);
  assert.equal((await fetch(editor('api/save'))).status, 405);
  // Sent as written: fetch would resolve the dots before they left.
  for (const sneaky of ['preview/..%2f..%2ftheme.json', 'preview/%2e%2e/%2e%2e/theme.json']) {
    assert.equal(await rawStatus(`${base}/theme/${sneaky}`), 400, sneaky);
  }
  const notColour = await post(JSON.stringify({ theme: { primary: 'red;}' } }));
  assert.match(JSON.stringify((await notColour.json()).problems.primary), /不是颜色/);
});

/** The status of a GET of `path` exactly as written. */
const rawStatus = (path) =>
  new Promise((resolve, reject) =>
    get({ host: '127.0.0.1', port: server.address().port, path }, (res) => {
      res.resume();
      resolve(res.statusCode);
    }).on('error', reject),
  );

/** A real PNG of `size` × `size` pixels. */
function pngOf(size) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="#00606b"/></svg>`;
  return Buffer.from(new Resvg(svg).render().asPng());
}
