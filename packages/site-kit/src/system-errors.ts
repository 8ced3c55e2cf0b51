/** What a file-system error code means, in words a webmaster reads without a manual. */
const reasons: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EBUSY: 'the folder is busy (a mount point, or in use by another program)',
  EXDEV: 'it is on another file system',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  ENOTEMPTY: 'the folder is not empty',
  EEXIST: 'it already exists',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  EIO: 'the disk reported an input/output error',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'the path has a loop of symbolic links',
};

/**
 * One line for any error that is not a site problem: a system error by its meaning and the path
 * it concerns (`fallbackPath` when the error names none, as errors from Vite or Pagefind often
 * do, carrying the code only inside their message), anything else by its first line.
 */
export function describeError(error: unknown, fallbackPath?: string): string {
  const e = error as Partial<NodeJS.ErrnoException> & { dest?: string };
  const text = error instanceof Error ? error.message : String(error);
  const code =
    typeof e.code === 'string' && e.code in reasons
      ? e.code
      : Object.keys(reasons).find((c) => new RegExp(`\\b${c}\\b`).test(text));
  const first = text.split('\n')[0] ?? '';
  if (!code) return first || 'the build failed';
  const path = e.path ?? fallbackPath;
  const where = e.dest && e.path ? `${e.path} → ${e.dest}` : path;
  return `${where ? `${where}: ` : ''}${reasons[code]} (${code})`;
}
