import { link, lstat, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { stampName } from './output.js';
import { rollForward } from './apply.js';

/**
 * Beside the output `<out>` a build keeps three things, all named after it: its lock
 * `<out>.qiaoxin-lock` (the owner's PID), the folder it builds in `<out>.building-<pid>`, and,
 * for the moment between the two renames of the swap, the previous output `<out>.old-<pid>`.
 * A build that is killed leaves them behind; the next build of the same output cleans up
 * (see `recover`), so no kill at any moment loses the portal or leaves debris for good.
 */
export const tempOf = (out: string) => `${out}.building-${process.pid}`;
const oldOf = (out: string) => `${out}.old-${process.pid}`;
export const lockOf = (out: string) => `${out}.qiaoxin-lock`;

/** Whether a process runs; our own PID counts as dead, since files naming it are from before. */
function alive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // runs, as another user
  }
}

const pidIn = async (file: string) => {
  const text = await readFile(file, 'utf8').catch(() => '');
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined;
};

/**
 * Takes the output's lock, so two builds of one output never swap at the same time. A second
 * build waits (saying for whom) until the first is done; a lock whose owner is dead is taken
 * over. A few lines with `open(…, 'wx')` rather than proper-lockfile: that package judges a
 * lock stale by its age (an mtime it refreshes on a timer), so a long build on a slow disk can
 * lose its lock, while a PID says exactly whether the owner still runs, and the whole output
 * is on one machine. The one race left, two builds taking over the same dead lock in the same
 * instant, is settled by moving the dead lock aside under a name of one's own.
 */
export async function lockOutput(
  out: string,
  onWait: (pid: number) => void,
): Promise<() => Promise<void>> {
  const lock = lockOf(out);
  let waitingFor: number | undefined;
  for (;;) {
    try {
      await writeFile(lock, `${process.pid}\n`, { flag: 'wx' });
      return async () => {
        // A lock that will not go is a dead build's to the next one, which takes it over.
        if ((await pidIn(lock)) === process.pid) await rm(lock, { force: true }).catch(() => {});
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = await pidIn(lock);
    // An empty lock is one being written this instant, or one whose writer died right then.
    const age = await stat(lock).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    if (owner !== undefined ? alive(owner) : age < 5000) {
      if (owner !== undefined && owner !== waitingFor) onWait((waitingFor = owner));
      await new Promise((done) => setTimeout(done, 100));
      continue;
    }
    const aside = `${lock}.stale-${process.pid}`;
    const moved = await rename(lock, aside).then(
      () => true,
      () => false,
    );
    if (!moved) continue; // someone else took it over first
    // Moved a live build's fresh lock rather than the dead one? Put it back.
    if ((await pidIn(aside)) !== owner) await link(aside, lock).catch(() => undefined);
    await rm(aside, { force: true });
  }
}

/** Whether a leftover beside the output is a build's: stamped, empty, or a default dist's. */
async function isBuilds(path: string, legacy: boolean): Promise<boolean> {
  if (legacy) return true;
  const entries = await readdir(path).catch(() => undefined);
  return entries !== undefined && (entries.length === 0 || entries.includes(stampName));
}

/**
 * Cleans up after builds of `out` that were killed (call with the lock held): when the output
 * is missing, the previous portal a swap had moved aside is put back; then every folder a dead
 * build left is removed. `legacy`: the output is the default `<site>/dist`, whose leftovers
 * from older versions carry no stamp. Says what it put back through `onRestore`.
 */
export async function recover(out: string, legacy: boolean, onRestore: (from: string) => void) {
  const dir = dirname(out);
  const pattern = /^(.*)\.(building|old|apply)-(\d+)$/;
  const left: { path: string; kind: string; time: number }[] = [];
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const [, base, kind = '', pid] = pattern.exec(name) ?? [];
    if (base !== basename(out) || alive(Number(pid))) continue;
    const path = join(dir, name);
    const info = await lstat(path).catch(() => undefined);
    if (info?.isDirectory() && (await isBuilds(path, legacy)))
      left.push({ path, kind, time: info.mtimeMs });
  }
  const missing = await lstat(out).then(
    () => false,
    () => true,
  );
  // An incremental build killed while applying its committed changes: finish applying them.
  for (const l of left.filter((l) => l.kind === 'apply')) {
    if (!missing) {
      await rollForward(l.path, out);
      onRestore(l.path);
    }
  }
  const previous = left.filter((l) => l.kind === 'old').sort((a, b) => b.time - a.time)[0];
  if (missing && previous) {
    await rename(previous.path, out);
    onRestore(previous.path);
  }
  for (const l of left.filter((l) => l !== previous || !missing)) {
    if (l.kind === 'apply' && !missing) continue; // applied and removed above
    await rm(l.path, { recursive: true, force: true });
  }
}

/**
 * Replaces `out` with `temp` in two renames, so readers see the old or the new portal. A kill
 * between them leaves `<out>.old-<pid>`, which the next build puts back; a failing second
 * rename puts it back at once.
 */
export async function swap(temp: string, out: string): Promise<void> {
  const old = oldOf(out);
  const moved = await rename(out, old).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  await pauseFor('swap');
  try {
    await rename(temp, out);
  } catch (error) {
    if (moved) await rename(old, out);
    throw error;
  }
  // The new portal is in place; an old folder that will not go is removed by the next build.
  await rm(old, { recursive: true, force: true }).catch(() => undefined);
}

/**
 * For the fault tests only: with QIAOXIN_TEST_PAUSE set to a point's name, the build prints a
 * marker line at that point and waits there, so a test can kill it exactly in that window.
 */
export async function pauseFor(
  point: 'locked' | 'temp' | 'assets' | 'pagefind' | 'swap' | 'apply',
): Promise<void> {
  if (process.env.QIAOXIN_TEST_PAUSE !== point) return;
  console.log(`qiaoxin-test: paused at ${point}`);
  await new Promise(() => setInterval(() => undefined, 1 << 30));
}
