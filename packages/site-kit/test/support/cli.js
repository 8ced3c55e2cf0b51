// Shared by the output and fault tests (not a test itself): the CLI as a real process, and
// waiting for what it prints rather than for time. Site copies and file helpers: helpers/site-copy.js.
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { cli as bin, edit, englishEnv } from '../helpers/site-copy.js';
import { join } from 'node:path';

export { bin };
export { copySite, edit, read } from '../helpers/site-copy.js';

/** Starts the CLI; `lines` collects stdout and stderr, `exited` resolves to the exit code. */
export function start(args, { cwd, env } = {}) {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd,
    env: englishEnv(env),
  });
  const run = { child, stdout: '', stderr: '' };
  child.stdout.on('data', (d) => (run.stdout += d));
  child.stderr.on('data', (d) => (run.stderr += d));
  run.exited = new Promise((done) => child.on('close', (code, signal) => done(code ?? signal)));
  return run;
}

/** Runs the CLI to its end: { code, stdout, stderr }. */
export async function cli(args, options) {
  const run = start(args, options);
  const code = await run.exited;
  return { code, stdout: run.stdout, stderr: run.stderr };
}

/**
 * Resolves once the process has printed a line matching `pattern` (its output events, no
 * polling); fails if it ends first.
 */
export function printed(run, pattern) {
  const seen = () => pattern.test(run.stdout + run.stderr);
  if (seen()) return Promise.resolve(true);
  return new Promise((resolve, reject) => {
    const check = () => seen() && (stop(), resolve(true));
    const ended = () => {
      stop();
      if (seen()) return resolve(true);
      reject(new Error(`exited without printing ${pattern}:\n${run.stdout}${run.stderr}`));
    };
    const stop = () => {
      run.child.stdout.off('data', check);
      run.child.stderr.off('data', check);
      run.child.off('close', ended);
    };
    // After start()'s own listeners, so run.stdout already holds the new chunk.
    run.child.stdout.on('data', check);
    run.child.stderr.on('data', check);
    run.child.on('close', ended);
  });
}

/** Names beside `out` a build leaves while it runs: its lock, temp and old folders. */
export async function leftovers(out) {
  const dir = join(out, '..');
  const base = out.slice(dir.length + 1);
  return (await readdir(dir)).filter((n) => n.startsWith(`${base}.`));
}

/** Sets the about page's title, which the built about/index.html then shows. */
export const retitle = (dir, title) =>
  edit(dir, 'content/about.md', (t) => t.replace(/^title: .*$/m, `title: ${title}`));

/** A stack trace has lines like "    at fn (file:1:2)"; a message for webmasters has none. */
export const hasStack = (text) => /^\s+at .+[:(]/m.test(text);
