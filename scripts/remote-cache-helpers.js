// Helpers for remote-cache.test.js: clones of the repository that look like a CI machine's
// checkout, processes that are always ended, and the files a build leaves behind.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { constants } from 'node:os';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * Gives a clone the dependencies of the checkout `from` without copying 1,500 packages: every
 * third-party package becomes a symlink to the checkout's copy (read only, as a CI cache would
 * restore it), while npm's own relative symlinks (node_modules/@qiaoxin/* → ../../packages/*,
 * node_modules/.bin/*) are recreated as they are, so they resolve inside the clone: the clone
 * builds its own packages/ and turbo hashes the clone's own files. `keep(path)` (relative to
 * node_modules) leaves out what the clone should not have.
 */
export function linkModules(from, to, keep = () => true, depth = 0, prefix = '') {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const path = prefix + name;
    if (!keep(path)) continue;
    const source = join(from, name);
    const target = join(to, name);
    const info = lstatSync(source);
    if (info.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else if (info.isDirectory() && depth === 0 && (name.startsWith('@') || name === '.bin'))
      linkModules(source, target, keep, 1, `${path}/`);
    else symlinkSync(source, target);
  }
}

/** linkModules for the root and for every workspace that has node_modules of its own. */
export function linkAllModules(checkout, clone) {
  linkModules(join(checkout, 'node_modules'), join(clone, 'node_modules'));
  for (const group of ['packages', 'sites']) {
    for (const workspace of readdirSync(join(checkout, group))) {
      const modules = join(checkout, group, workspace, 'node_modules');
      if (existsSync(modules)) linkModules(modules, join(clone, group, workspace, 'node_modules'));
    }
  }
}

/** Every process started here, so that `endAll` can stop what a failed test left running. */
const running = new Set();
/** Folders to remove however the test ends (see removeOnExit). */
const folders = new Set();

// Interrupted (the runner's SIGTERM, Ctrl-C) or exiting with something still running: the
// process groups are detached, so nothing else would end them. Synchronous, as 'exit' must be.
process.once('exit', () => {
  for (const { child } of running) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // ESRCH: ended already.
    }
  }
  for (const folder of folders) rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
});
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => process.exit(128 + constants.signals[signal]));

/** Removes `folder` when the process exits, if the test's own cleanup did not run. */
export function removeOnExit(folder) {
  folders.add(folder);
}

/**
 * Starts `file args` in its own process group (a shell or npx starts children of its own);
 * returns the child, its output so far (`lines`, stdout and stderr) and `closed`, which
 * resolves with the exit code once the process and every child holding its output are gone.
 */
export function start(file, args, options) {
  const child = spawn(file, args, {
    ...options,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = [];
  for (const stream of [child.stdout, child.stderr])
    createInterface({ input: stream }).on('line', (line) => lines.push(line));
  const closed = new Promise((resolve) => {
    child.on('error', (error) => {
      lines.push(String(error));
      resolve(-1);
    });
    child.on('close', (code) => resolve(code));
  });
  const started = { child, lines, closed };
  running.add(started);
  closed.then(() => running.delete(started));
  return started;
}

/** Runs to the end; resolves with { code, output }. */
export async function run(file, args, options) {
  const { lines, closed } = start(file, args, options);
  const code = await closed;
  return { code, output: lines.join('\n') };
}

/**
 * Resolves with the first match of `pattern` in the process's output (from line `from` on) as
 * soon as it is printed; rejects if the process ends first, or after `limit` ms (a deadline for
 * a process that hangs, not a wait: it resolves at the line).
 */
export function waitForLine({ child, lines, closed }, pattern, from = 0, limit = 60_000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ${pattern} in ${limit} ms:\n${lines.join('\n')}`)),
      limit,
    );
    timer.unref();
    const check = () => {
      for (const line of lines.slice(from)) {
        const match = pattern.exec(line);
        if (match) {
          clearTimeout(timer);
          return resolve(match);
        }
      }
    };
    check();
    const streams = [child.stdout, child.stderr];
    for (const stream of streams) stream.on('data', () => setImmediate(check));
    closed.then((code) =>
      reject(new Error(`exited (${code}) before printing ${pattern}:\n${lines.join('\n')}`)),
    );
  });
}

/** Ends the process group that `start` began (by its id) and waits until it is gone. */
export async function end(started) {
  if (!started) return;
  try {
    process.kill(-started.child.pid, 'SIGTERM');
  } catch {
    // ESRCH: the group has ended already.
  }
  await started.closed;
}

/** Ends whatever is still running (a test that failed half-way). */
export async function endAll() {
  await Promise.all([...running].map(end));
}

/** `git ls-files --others`: what a build wrote (untracked, ignored or not), but node_modules. */
export async function builtFiles(clone) {
  const { code, output } = await run('git', ['ls-files', '--others'], { cwd: clone });
  if (code !== 0) throw new Error(`git ls-files failed in ${clone}:\n${output}`);
  return output
    .split('\n')
    .filter((file) => file && !/(^|\/)(node_modules|\.turbo)\//.test(file))
    .sort();
}

/** The files differing between two clones' built files (same names expected). */
export async function differingFiles(cloneA, cloneB, files) {
  const differing = [];
  for (const file of files) {
    const [a, b] = await Promise.all([
      readFile(join(cloneA, file)),
      readFile(join(cloneB, file)).catch(() => null),
    ]);
    if (!b || !a.equals(b)) differing.push(file);
  }
  return differing;
}

/** Each file under `dir` with its size and modification time: what a write would change. */
export async function snapshot(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = {};
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const info = await stat(path);
    files[relative(dir, path)] = `${info.size} ${info.mtimeMs}`;
  }
  return files;
}

/** The run summary turbo wrote (TURBO_RUN_SUMMARY=true) into a fresh clone: its one file. */
export async function runSummary(clone) {
  const dir = join(clone, '.turbo', 'runs');
  const [file, ...more] = await readdir(dir);
  if (!file || more.length) throw new Error(`expected one run summary in ${dir}`);
  return JSON.parse(await readFile(join(dir, file), 'utf8'));
}
