/**
 * What the parse cache and the shared build cache have in common: where their files live and
 * how one is written. Both are only shortcuts, so neither ever fails a build.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import findCacheDirectory from 'find-cache-dir';

/**
 * `node_modules/.cache/qiaoxin-site/` of the site's package (found by `find-cache-dir`, which
 * also honours `CACHE_DIR`), or undefined when there is none to use.
 */
export const cacheFolderOf = (siteDir: string): string | undefined =>
  findCacheDirectory({ name: 'qiaoxin-site', cwd: siteDir });

/**
 * Writes `file` under a new name, then renames it over the old one, so a build reading it
 * meanwhile sees a whole file. `bytes` is made inside: a cache that cannot be made or written is
 * left as it was, and the build goes on.
 */
export async function writeCacheFile(file: string, bytes: () => Uint8Array): Promise<void> {
  const temp = `${file}.${process.pid}-${Date.now()}`;
  try {
    const data = bytes();
    // Only now: a build that stopped before saving leaves no folder behind.
    await mkdir(dirname(file), { recursive: true });
    await writeFile(temp, data);
    await rename(temp, file);
  } catch {
    await rm(temp, { force: true }).catch(() => undefined);
  }
}
