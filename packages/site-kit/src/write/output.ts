import { lstat, readFile, readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { t } from '../messages/index.js';

/**
 * The file every build writes into its output. A folder holding it was written by a build, so
 * the next build may replace it; a folder without it holds someone's files and is never
 * replaced. A dotfile, so web servers (which refuse dotfiles) do not publish it.
 */
export const stampName = '.qiaoxin-portal';
export const stampText = 'Written by qiaoxin-site build; the next build replaces this folder.\n';

/** A refusal or failure about the output folder: one clear line, no stack trace. */
export class OutputError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'OutputError';
  }
}

/** File systems that ignore case: there, `Dist` and `dist` are one folder. */
const caseless = process.platform === 'win32' || process.platform === 'darwin';
const key = (path: string) => (caseless ? path.toLowerCase() : path);

export const samePath = (a: string, b: string) => key(a) === key(b);

/** Whether `child` lies strictly inside `parent` (both absolute and already real). */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(key(parent), key(child));
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/**
 * `root/rel`, refusing any `rel` (derived from config or content) that leads outside `root`:
 * defence in depth behind the schemas, so no spelling of a path ever writes elsewhere.
 */
export function within(root: string, rel: string): string {
  const path = resolve(root, rel);
  if (!isInside(root, path)) throw new OutputError(`${rel}: leads outside ${root}; not written`);
  return path;
}

/**
 * `each` on every item, 64 at a time: files in an output are independent, and one at a time
 * left the disk idle between calls, while all at once could run out of file handles.
 */
export async function inBatches<T>(items: T[], each: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += 64) await Promise.all(items.slice(i, i + 64).map(each));
}

/**
 * The real path of `path`: symlinks resolved and, where the file system ignores case, the
 * spelling on disk. Parts that do not exist yet are kept as written after the real path of
 * their nearest existing parent, so `x/../.`, symlinks and `Content` for `content` all compare
 * as the folder they really are.
 */
export async function realOf(path: string): Promise<string> {
  const abs = resolve(path);
  try {
    return await realpath(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
  }
  const parent = dirname(abs);
  return parent === abs ? abs : join(await realOf(parent), basename(abs));
}

const exists = (path: string) =>
  lstat(path).then(
    () => true,
    () => false,
  );

/**
 * Checks that a build may replace `outDir` and returns its real path (where the build then
 * works) and whether it is the default `<site>/dist`. Allowed: a new folder, an empty one, one a previous build wrote (it holds the stamp),
 * and the default `<site>/dist` even without a stamp (older versions wrote none). Refused with
 * the reason: the site folder, any folder inside it other than `dist`, any folder that contains
 * it or the current folder (so the repository around a site too), a file, a repository, a mount
 * point, and a folder of someone's files.
 */
export async function checkOutput(
  siteDir: string,
  outDir: string,
): Promise<{ path: string; isDefault: boolean }> {
  const site = await realOf(siteDir);
  const out = await realOf(outDir);
  const cwd = await realOf(process.cwd());
  const named = samePath(out, resolve(outDir))
    ? out
    : t('output.really', { given: resolve(outDir), real: out });
  const refuse = (why: string): never => {
    throw new OutputError(t('output.refused', { folder: named, why }));
  };
  const isDefault = samePath(out, join(site, 'dist'));

  if (samePath(out, site)) refuse(t('output.isSite'));
  if (isInside(out, site)) refuse(t('output.containsSite', { site }));
  if (isInside(site, out) && !isDefault) refuse(t('output.insideSite'));
  if (samePath(out, cwd) || isInside(out, cwd)) refuse(t('output.containsCwd'));

  const info = await lstat(out).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    if (error.code === 'ENOTDIR') refuse(t('output.pathFile'));
    throw error;
  });
  const ok = { path: out, isDefault };
  if (!info) return ok; // a new folder
  if (!info.isDirectory()) refuse(t('output.isFile'));
  if (await exists(join(out, '.git'))) refuse(t('output.git'));
  if (await isWorkspaceRoot(out)) refuse(t('output.workspace'));
  if (await isMountPoint(out)) {
    refuse(t('output.mount', { example: join(out, 'portal') }));
  }
  if (isDefault || (await exists(join(out, stampName)))) return ok;
  if ((await readdir(out)).length === 0) return ok;
  return refuse(t('output.foreign', { stamp: stampName }));
}

async function isWorkspaceRoot(dir: string): Promise<boolean> {
  const text = await readFile(join(dir, 'package.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return false;
  try {
    return (JSON.parse(text) as { workspaces?: unknown }).workspaces !== undefined;
  } catch {
    return false; // not JSON: not a workspace root, and not ours to judge
  }
}

/**
 * A folder on another device than its parent is a mount point; a bind mount keeps the device,
 * so on Linux the mount table is read too.
 */
async function isMountPoint(dir: string): Promise<boolean> {
  const [own, parent] = await Promise.all([stat(dir), stat(dirname(dir))]);
  if (own.dev !== parent.dev) return true;
  const table = await readFile('/proc/self/mountinfo', 'utf8').catch(() => '');
  const unescape = (p: string) =>
    p.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
  return table.split('\n').some((line) => {
    const point = line.split(' ')[4];
    return point !== undefined && samePath(unescape(point), dir);
  });
}
