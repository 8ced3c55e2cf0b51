// Shared by the editor's tests (not a test itself): a fresh copy of sites/jinshan under
// os.tmpdir(), `qiaoxin-site admin` started on it as a real process, with the URL it prints,
// and waiting for a file of the site to say something.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, watch } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const cli = fileURLToPath(new URL('../../../site-kit/bin/qiaoxin-site.js', import.meta.url));
const sites = fileURLToPath(new URL('../../../../sites/', import.meta.url));

export async function siteCopy() {
  const parent = await mkdtemp(join(tmpdir(), 'qx-admin-test-'));
  const dir = join(parent, 'jinshan');
  await cp(join(sites, 'jinshan'), dir, {
    recursive: true,
    filter: (src) => !/[/\\](dist|node_modules|\.turbo)$/.test(src),
  });
  return { dir, remove: () => rm(parent, { recursive: true, force: true }) };
}

/**
 * Starts the editor on `dir`, with `env` added to its environment; resolves once it printed its
 * URL (`http://127.0.0.1:N/?token=…`).
 */
export function startEditor(dir, args = [], env = {}) {
  const child = spawn(
    process.execPath,
    [cli, 'admin', dir, '--port', '0', '--lang', 'en', ...args],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const match = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([0-9a-f]+)/.exec(output);
      if (!match) return;
      child.stdout.off('data', onData);
      resolve({
        child,
        url: match[0],
        origin: `http://127.0.0.1:${match[1]}`,
        port: Number(match[1]),
        token: match[2],
        /** Stops the editor with `signal`, as Ctrl-C (SIGINT) or the system (SIGTERM) does. */
        stop: (signal = 'SIGTERM') =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', done);
            child.kill(signal);
          }),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`admin exited with ${code}: ${output}`)));
  });
}

/** Runs `qiaoxin-site build` on `dir`: its exit code and output. */
export function build(dir) {
  const child = spawn(process.execPath, [cli, 'build', dir, '--lang', 'en'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

/**
 * Resolves when a file in `dir` (not one of `except`) holds `text`: checked now and on every
 * change the file system reports there, so no wait is for a time.
 */
export async function fileSays(dir, text, except = []) {
  const holds = async () => {
    for (const name of await readdir(dir)) {
      if (except.includes(name) || !name.includes('.')) continue;
      if (text.test(await readFile(join(dir, name), 'utf8').catch(() => ''))) return true;
    }
    return false;
  };
  // The watcher starts with the first next(), before the first look: no change falls between.
  const stop = new AbortController();
  const changes = watch(dir, { signal: stop.signal })[Symbol.asyncIterator]();
  let change = changes.next();
  try {
    while (!(await holds())) {
      await change;
      change = changes.next();
    }
  } finally {
    change.catch(() => undefined); // the watcher's end, once stopped
    stop.abort();
  }
}
