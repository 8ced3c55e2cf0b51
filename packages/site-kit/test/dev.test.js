// `qiaoxin-site dev` on a copy of the Jinshan site: the page is served, an edit to the
// content or the theme shows after the automatic rebuild, and a broken edit keeps the last
// good page on screen while the problem is printed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import getPort from 'get-port';
import { spawn } from 'node:child_process';
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromePath, chromiumArgs, newTab } from '../../../scripts/chromium.js';
import { copySite } from './helpers/site-copy.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
let port, origin, temp, dir, pkg, child, browser;
let output = '';

before(
  async () => {
    temp = await mkdtemp(join(tmpdir(), 'qx-dev-'));
    // A port free now, not one derived from the process id: test files run side by side.
    port = await getPort();
    origin = `http://127.0.0.1:${port}`;
    dir = await copySite(temp);
    // A stand-in for a design-system package passed with --watch: its build leaves a mark.
    pkg = join(temp, 'pkg');
    await mkdir(join(pkg, 'src'), { recursive: true });
    await writeFile(join(pkg, 'src/strings.txt'), 'v1');
    const mark = "require('fs').writeFileSync('built.txt', 'yes')";
    await writeFile(
      join(pkg, 'package.json'),
      JSON.stringify({ name: 'pkg', private: true, scripts: { build: `node -e "${mark}"` } }),
    );
    child = spawn(
      process.execPath,
      [cli, 'dev', dir, '--port', String(port), '--watch', join(pkg, 'src'), '--lang', 'en'],
      {
        // Vite's optimizer says when it starts scanning (see the first test).
        env: { ...process.env, DEBUG: 'vite:deps' },
      },
    );
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    // Serving once it says so (after its first build, in a process of its own with --watch).
    await new Promise((resolve, reject) => {
      child.stdout.on('data', () => /Portal:/.test(output) && resolve());
      child.on('exit', (code) => reject(new Error(`dev stopped (${code}):\n${output}`)));
    });
    assert.ok((await fetch(`${origin}/jinshan/`)).ok);
    // A limit, not a wait: the first build and Vite's start took over 90 s in a CI run whose
    // two cores were also running Storybook's and the consumers' browser tests.
  },
  { timeout: 300_000 },
);

after(async () => {
  await browser?.close();
  child?.kill();
  await rm(temp, { recursive: true, force: true });
});

/**
 * Polls `check` until it is truthy; fails with what the server printed when it never is. The
 * bound is only for giving up: a rebuild takes a few seconds alone, but CI runs this beside
 * other suites on two cores, where two rebuilds in a row took 19 s, and a first build 90 s.
 */
async function until(check) {
  for (const started = Date.now(); Date.now() - started < 300_000;) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.fail(`timed out; the dev server printed:\n${output}`);
}

const page = (path) => fetch(`${origin}${path}`).then((r) => r.text());

async function edit(file, change) {
  await writeFile(join(dir, file), change(await readFile(join(dir, file), 'utf8')));
}

test('serves the portal with the reload client', async () => {
  const html = await page('/jinshan/about/');
  assert.match(html, /<html lang="zh-CN">/);
  assert.match(html, /@vite\/client/);
  // The pages load the client the build bundled: Vite has nothing to pre-bundle. Its scan for
  // dependencies read every page, and the first page asked for waited for it (half a minute
  // at 10,000 articles).
  assert.doesNotMatch(output, /scanning for dependencies/);
});

test('an edited article shows after the rebuild', async () => {
  await edit('content/about.md', (t) => t.replace(/^title: .*$/m, 'title: 金山区侨联简介（修订）'));
  await until(async () => (await page('/jinshan/about/')).includes('金山区侨联简介（修订）'));
});

test('a theme change reaches the stylesheet', async () => {
  await edit('theme.json', (t) => t.replace('"#00606b"', '"#5b2a86"'));
  await until(async () => {
    const href = /href="(\/jinshan\/assets\/site-[^"]+\.css)"/.exec(await page('/jinshan/'))?.[1];
    const css = href ? await page(href) : '';
    return css.includes('#5b2a86');
  });
});

test('a broken edit prints file:line: message and keeps the last good page', async () => {
  await edit('content/about.md', (t) => t.replace(/^title: .*$/m, 'title: [unclosed'));
  await until(() => /content\/about\.md:\d+: front matter is not valid YAML/.test(output));
  assert.match(await page('/jinshan/about/'), /金山区侨联简介（修订）/);
});

test('a broken edit shows its problem over the open page until it is fixed', async () => {
  browser = await puppeteer.launch({ executablePath: chromePath, args: chromiumArgs });
  const tab = await newTab(browser);
  await tab.goto(`${origin}/jinshan/about/`);
  await tab.waitForFunction(() => document.title.length > 0);
  await edit('content/about.md', (t) => t.replace(/^title: .*$/m, 'title: [still unclosed'));
  const overlay = await tab.waitForSelector('vite-error-overlay');
  const text = await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '');
  assert.match(text, /content\/about\.md:\d+: front matter is not valid YAML/);
  await edit('content/about.md', (t) =>
    t.replace(/^title: .*$/m, 'title: 金山区侨联简介（再修订）'),
  );
  await tab.waitForFunction(
    () =>
      !document.querySelector('vite-error-overlay') &&
      document.body.textContent?.includes('再修订'),
  );
});

test('a change in a --watch folder rebuilds that package, then the site', async () => {
  await writeFile(join(pkg, 'src/strings.txt'), 'v2');
  await until(() =>
    access(join(pkg, 'built.txt')).then(
      () => true,
      () => false,
    ),
  );
  await until(() => /rebuilding .*pkg/.test(output));
});
