/**
 * How an incremental build reaches the output. A full build writes a whole new portal beside
 * the output and swaps it in (swap.ts); an incremental one writes only what changed into the
 * same kind of folder, and then applies it: the folder is renamed to `<out>.apply-<pid>` — the
 * moment the build is committed — and its files are moved into the output one by one, the files
 * the new build no longer has are removed, and the manifest comes last. A build that fails
 * before the commit leaves the output as it was; one killed while applying is finished by the
 * next build (`recover` calls `rollForward`), so the output is never left half-updated.
 */
import { mkdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { manifestName } from './build-cache.js';
import { filesIn } from './listing.js';
import { inBatches, within } from './output.js';
import { pauseFor } from './swap.js';

export const applyOf = (out: string) => `${out}.apply-${process.pid}`;
const removalsName = '.qiaoxin-remove.json';

/** Commits the staged folder of an incremental build and applies it to `out`. */
export async function applyStaged(staged: string, out: string, removed: string[]): Promise<void> {
  await writeFile(join(staged, removalsName), JSON.stringify(removed));
  const apply = applyOf(out);
  await rename(staged, apply);
  await pauseFor('apply');
  await rollForward(apply, out);
}

/** Moves a committed build's files into `out`, removes what it removed, the manifest last. */
export async function rollForward(apply: string, out: string): Promise<void> {
  const removed = JSON.parse(await readFile(join(apply, removalsName), 'utf8')) as string[];
  const last = new Set([removalsName, manifestName]);
  const moved = (await filesIn(apply)).filter((name) => !last.has(name));
  // Many at a time (an edit's search parts are a thousand files): each is independent, and an
  // interrupted roll-forward is simply run again.
  await inBatches(moved, async (name) => {
    const to = within(out, name);
    await mkdir(dirname(to), { recursive: true });
    await rename(join(apply, name), to);
  });
  await inBatches(removed, async (name) => {
    const path = within(out, name);
    await rm(path, { force: true });
    await pruneEmpty(dirname(path), out);
  });
  await rename(join(apply, manifestName), join(out, manifestName)).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error; // moved already by an interrupted roll-forward
    },
  );
  await rm(apply, { recursive: true, force: true });
}

/** Removes `dir` and its parents up to `root` while they are empty, as a full build has none. */
async function pruneEmpty(dir: string, root: string): Promise<void> {
  for (let at = dir; at !== root && at.startsWith(root); at = dirname(at)) {
    const gone = await rmdir(at).then(
      () => true,
      () => false, // not empty (or gone already): its parents are not empty either
    );
    if (!gone) return;
  }
}
