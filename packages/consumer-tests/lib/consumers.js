// Shared set-up for the consumer tests: the published packages packed exactly as npm would
// publish them, throw-away projects outside the workspace that install those tarballs (so
// nothing resolves through the workspace's links), a static file server, and one Chromium.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { chromePath, chromiumArgs, newTab } from '../../../scripts/chromium.js';
import { serveStatic } from '../../../scripts/static-server.js';

const execFileAsync = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** @qiaoxin/react is tested once its build exists. */
export const reactBuilt = existsSync(join(root, 'packages/react/dist/index.js'));

const published = ['tokens', 'i18n', 'components', 'site-kit', ...(reactBuilt ? ['react'] : [])];

/**
 * The code blocks of one `## heading` section of packages/components/README.md whose first line
 * names a file (`// vite.config.ts`, `<!-- src/App.vue -->`, `// hydrate.js — what it is`), by
 * that file's path: the consumer
 * tests write them into their projects as they are, so the README shows what is tested.
 */
export async function readmeFiles(heading) {
  const readme = await readFile(join(root, 'packages/components/README.md'), 'utf8');
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README.md has no section "## ${heading}"`);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const files = {};
  for (const [, code] of section.matchAll(/^```\w*\n([\s\S]*?)^```$/gm)) {
    const name = /^(?:\/\/|<!--) ([\w./-]+\.\w+)(?: — [^\n]*?)?(?: -->)?\n/.exec(code)?.[1];
    if (name) files[name] = code;
  }
  return files;
}

/** Writes `files` (path → text) into `dir`. */
export async function writeFiles(dir, files) {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
}

/** Runs a program; on failure the error carries its whole output. */
export async function sh(file, args, cwd) {
  try {
    return await execFileAsync(file, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    throw new Error(
      `\`${[file, ...args].join(' ')}\` failed in ${cwd}:\n${error.stdout ?? ''}\n${error.stderr ?? error.message}`,
    );
  }
}

/** `npm pack`s every published package into `dir`; returns the tarball paths by package name. */
export async function packAll(dir) {
  await mkdir(dir, { recursive: true });
  const packed = await Promise.all(
    published.map(async (folder) => {
      const cwd = join(root, 'packages', folder);
      const { stdout } = await sh('npm', ['pack', '--json', '--pack-destination', dir], cwd);
      const [info] = JSON.parse(stdout);
      return [info.name, join(dir, info.filename)];
    }),
  );
  return Object.fromEntries(packed);
}

/**
 * `name@version` as the workspace has it installed (fast from npm's cache, and the versions the
 * repository is tested with), else `name@fallback`.
 */
export function workspaceVersion(name, fallback) {
  const manifest = join(root, 'node_modules', name, 'package.json');
  if (existsSync(manifest)) return `${name}@${JSON.parse(readFileSync(manifest, 'utf8')).version}`;
  return `${name}@${fallback}`;
}

/**
 * A project in `dir` made from `fixtures/<fixture>/`, with the given tarballs and registry
 * packages installed by one `npm install`.
 */
export async function project(dir, fixture, tarballs, deps = []) {
  await cp(join(fixtures, fixture), dir, { recursive: true });
  const manifest = {
    name: `qiaoxin-consumer-${fixture}`,
    private: true,
    type: 'module',
    allowScripts: { esbuild: true },
  };
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await sh(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', ...tarballs, ...deps],
    dir,
  );
  return dir;
}

/** Serves the files under `dir` on a free port; `/` is `index.html`. */
export const serve = serveStatic;

/**
 * Serves `dir`, opens its `/` in a new page of `browser` and runs `check(page, origin)`; then
 * the page must have recorded no problem. Closes the page and the server either way.
 */
export async function onServedPage(browser, dir, check) {
  const server = await serve(dir);
  const page = await newPage(browser);
  try {
    await page.goto(`${server.origin}/`, { waitUntil: 'networkidle0' });
    await check(page, server.origin);
    assert.deepEqual(page.problems, []);
  } finally {
    await page.close();
    await server.close();
  }
}

/** Starts `node <script>` in `cwd`, which prints its address first; resolves to `{ origin, stop }`. */
export function startNode(script, cwd) {
  const child = spawn(process.execPath, [script], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  return new Promise((resolveStart, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}):\n${errors}`)));
    child.stdout.once('data', (chunk) =>
      resolveStart({
        origin: String(chunk).trim().split('\n')[0],
        stop: () => child.kill(),
      }),
    );
  });
}

/** One Chromium for the whole run, with the repository's launch settings. */
export function launchBrowser() {
  return puppeteer.launch({ executablePath: chromePath, args: chromiumArgs });
}

/**
 * A page that records console errors and warnings, page errors, failed requests and HTTP
 * responses ≥ 400 in `page.problems`. `ignore` lists console messages that are expected.
 */
export async function newPage(browser, { ignore = [], javaScript = true } = {}) {
  const page = await newTab(browser);
  await page.setJavaScriptEnabled(javaScript);
  const problems = [];
  page.on('console', (message) => {
    if (!['error', 'warn', 'warning'].includes(message.type())) return;
    if (ignore.some((pattern) => pattern.test(message.text()))) return;
    problems.push(
      `console ${message.type()}: ${message.text()} (${message.location()?.url ?? ''})`,
    );
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return Object.assign(page, { problems });
}

/**
 * The text of each element's shadow root (light DOM children left out), whitespace collapsed;
 * `null` for an element without one.
 */
export function shadowTexts(page, selectors) {
  return page.evaluate(
    (list) =>
      Object.fromEntries(
        list.map((selector) => {
          const root = document.querySelector(selector)?.shadowRoot;
          return [selector, root ? (root.textContent ?? '').replace(/\s+/g, ' ').trim() : null];
        }),
      ),
    selectors,
  );
}

/** Waits until every custom element on the page is defined and has rendered. */
export function settled(page) {
  return page.evaluate(async () => {
    const tags = new Set(
      [...document.querySelectorAll('*')].map((el) => el.localName).filter((n) => n.includes('-')),
    );
    await Promise.all([...tags].map((tag) => customElements.whenDefined(tag)));
    await Promise.all(
      [...document.querySelectorAll([...tags].join(','))].map(
        (el) => /** @type {{ updateComplete?: Promise<unknown> }} */ (el).updateComplete,
      ),
    );
  });
}
