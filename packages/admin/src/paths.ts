import { lstat, realpath } from 'node:fs/promises';
import { dirname, join, relative, sep, isAbsolute } from 'node:path';

/**
 * The files the editor may write, as paths relative to the site folder with `/`. Anything
 * else — `..`, an absolute path, a backslash, a hidden file, another folder — is refused before
 * the disk is touched: a closed list is easier to trust than a list of what to refuse.
 */
const writable = [
  /^site\.config\.json$/,
  /^content\/about\.md$/,
  /^content\/data\/stats\.json$/,
  /^content\/articles\/[a-z0-9][a-z0-9-]*\.md$/,
];
/** Uploads: one plain file name (letters, digits, `.`, `_`, `-`), in content/images or content/files. */
export const mediaPath = /^content\/(images|files)\/[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export const isWritableData = (path: string) => writable.some((rule) => rule.test(path));
export const isMediaPath = (path: string) => mediaPath.test(path) && !path.includes('..');

/**
 * The real path of `rel` inside `root`, or undefined when a symlink on the way (or the file
 * itself) leads out of the site folder. A file that does not exist yet is judged by its folder,
 * which must exist or be creatable inside the site; an existing file must not be a symlink,
 * so a write never follows one.
 */
export async function confined(root: string, rel: string): Promise<string | undefined> {
  const realRoot = await realpath(root);
  const target = join(realRoot, ...rel.split('/'));
  let folder = dirname(target);
  // The nearest existing folder on the way must really be inside the site.
  for (;;) {
    const real = await realpath(folder).catch(() => undefined);
    if (real) {
      if (!inside(realRoot, real)) return undefined;
      break;
    }
    if (folder === realRoot) return undefined;
    folder = dirname(folder);
  }
  const stats = await lstat(target).catch(() => undefined);
  if (stats && !stats.isFile()) return undefined; // a symlink, a folder, a device
  return target;
}

function inside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}
