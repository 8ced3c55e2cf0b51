// Shared by the tests (not a test itself): fresh copies of real site folders under
// os.tmpdir(), reading and editing their files, the problems a load reports, and the real CLI
// run on them. The one copy of these helpers: support/cli.js builds on it.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SiteError, formatProblem, loadSite } from '../../dist/index.js';

/**
 * One cache folder for every build of a test file, through `CACHE_DIR` (which the builds'
 * cache folders honour, see src/write/shared-cache.ts): a build into a new output takes the
 * client bundle and sanitised SVGs an earlier build of the file made, as a CI job or a
 * webmaster's second build does, instead of every site copy making them again (a second of
 * CPU each). Tests of the cache folder itself unset it.
 */
process.env.CACHE_DIR = mkdtempSync(join(tmpdir(), 'qx-cache-'));
const cacheDir = process.env.CACHE_DIR;
after(() => rm(cacheDir, { recursive: true, force: true }));

export const sites = fileURLToPath(new URL('../../../../sites/', import.meta.url));
export const cli = fileURLToPath(new URL('../../bin/qiaoxin-site.js', import.meta.url));

/** What a copy leaves out: build output, dev state, leftovers of builds, lock files. */
const notCopied = /[/\\](dist|node_modules|\.dev|\.turbo)$|\.(building|old|apply)-\d+$|-lock$/;

/**
 * A temporary folder for a test file, made before its tests and removed after them; its path is
 * `.path` once they run.
 */
export function useTemp(prefix) {
  const temp = { path: '' };
  before(async () => {
    temp.path = await mkdtemp(join(tmpdir(), prefix));
  });
  after(() => rm(temp.path, { recursive: true, force: true }));
  return temp;
}

/** For a test file: `copy(into)` makes a fresh copy of sites/jinshan in its own temporary folder. */
export function useCopies(prefix) {
  const temp = useTemp(prefix);
  return (into) => copySite(join(temp.path, into));
}

/** A fresh copy of sites/<id> under `parent`, named like the original so its id still matches. */
export async function copySite(parent, id = 'jinshan') {
  const dir = join(parent, id);
  await cp(join(sites, id), dir, { recursive: true, filter: (src) => !notCopied.test(src) });
  return dir;
}

/** A temporary folder; `copy()` puts a fresh copy of sites/<id> in it, each in its own folder. */
export async function tempSites(id = 'jinshan', prefix = 'qx-messages-') {
  const temp = await mkdtemp(join(tmpdir(), prefix));
  let n = 0;
  return {
    path: temp,
    copy: (into = String(n++)) => copySite(join(temp, into), id),
    remove: () => rm(temp, { recursive: true, force: true }),
  };
}

/** Every file below `dir`, relative to it, sorted. */
export async function files(dir, prefix = '') {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? files(dir, join(prefix, e.name)) : [join(prefix, e.name)],
    ),
  );
  return nested.flat().sort();
}

export const read = (dir, file) => readFile(join(dir, file), 'utf8');
export const readJson = async (dir, file) => JSON.parse(await read(dir, file));
export const writeJson = (dir, file, value) =>
  writeFile(join(dir, file), `${JSON.stringify(value, null, 2)}\n`);
/** Rewrites a file of a site folder with `change(text)`. */
export const edit = async (dir, file, change) =>
  writeFile(join(dir, file), change(await read(dir, file)));

/** The problems loadSite reports, as `file:line: message` lines; fails if it loads. */
export async function problemsOf(dir) {
  const error = await loadSite(dir).then(
    () => null,
    (e) => e,
  );
  if (!(error instanceof SiteError)) {
    throw new Error(`expected a SiteError, got ${error?.stack ?? 'a loaded site'}`);
  }
  return error.problems.map(formatProblem);
}

/**
 * The environment of an English system: the CLI speaks the system's language (Chinese unless
 * it is English), and most tests assert the English messages. `extra` overrides it.
 */
export const englishEnv = (extra = {}) => ({
  ...process.env,
  LC_ALL: undefined,
  LC_MESSAGES: undefined,
  LANG: 'en_US.UTF-8',
  ...extra,
});

/** Runs the CLI to its end; resolves with its exit code (or signal), stdout and stderr. */
export function runCli(args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...options,
      env: options.env ?? englishEnv(),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Runs `qiaoxin-site build dir` in the site folder to its exit: its code and output. */
export const buildWithCli = (dir) => runCli(['build', dir], { cwd: dir });

/** `qiaoxin-site build dir` must refuse the site: exit 1, each expected line, no stack trace. */
export async function assertRefused(dir, expected) {
  const { code, stderr } = await buildWithCli(dir);
  assert.equal(code, 1, stderr);
  assert.doesNotMatch(stderr, /^\s+at /m, 'a stack trace reached the webmaster');
  for (const line of expected) assert.ok(stderr.includes(line), `missing "${line}" in\n${stderr}`);
}

/** 1-based number of the first line of `file` that contains `text`. */
export async function lineOf(dir, file, text) {
  return (await read(dir, file)).split('\n').findIndex((l) => l.includes(text)) + 1;
}

/** The Jinshan article the file tests add lines to. */
export const jinshanArticle = 'content/articles/five-year-review.md';

/** Adds a paragraph at the end of a Markdown file and returns its line number. */
export async function addLine(dir, line, file = jinshanArticle) {
  const text = await read(dir, file);
  const lines = `${text.trimEnd()}\n\n${line}\n`.split('\n');
  await writeFile(join(dir, file), lines.join('\n'));
  return lines.indexOf(line) + 1;
}

/** Points "logo" in site.config.json elsewhere and returns its line. */
export async function setLogo(dir, logo) {
  const lines = (await read(dir, 'site.config.json')).split('\n');
  const line = lines.findIndex((l) => l.trimStart().startsWith('"logo":'));
  lines[line] = `  "logo": ${JSON.stringify(logo)},`;
  await writeFile(join(dir, 'site.config.json'), lines.join('\n'));
  return line + 1;
}
