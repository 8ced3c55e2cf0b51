import { t, type MessageKey } from './messages/index.js';

/** File-system error codes a webmaster is told the meaning of (messages/catalogue-output.ts). */
const reasons = new Set([
  'ENOSPC',
  'EDQUOT',
  'EROFS',
  'EACCES',
  'EPERM',
  'EBUSY',
  'EXDEV',
  'ENOENT',
  'ENOTDIR',
  'EISDIR',
  'ENOTEMPTY',
  'EEXIST',
  'EMFILE',
  'ENFILE',
  'EIO',
  'ENAMETOOLONG',
  'ELOOP',
]);

/**
 * One line for any error that is not a site problem: a system error by its meaning and the path
 * it concerns (`fallbackPath` when the error names none, as errors from Vite or Pagefind often
 * do, carrying the code only inside their message), anything else by its first line.
 */
export function describeError(error: unknown, fallbackPath?: string): string {
  const e = error as Partial<NodeJS.ErrnoException> & { dest?: string };
  const text = error instanceof Error ? error.message : String(error);
  const code =
    typeof e.code === 'string' && reasons.has(e.code)
      ? e.code
      : [...reasons].find((c) => new RegExp(`\\b${c}\\b`).test(text));
  const first = text.split('\n')[0] ?? '';
  if (!code) return first || t('system.failed');
  const path = e.path ?? fallbackPath;
  const where = e.dest && e.path ? `${e.path} → ${e.dest}` : path;
  return `${where ? `${where}: ` : ''}${t(`system.${code}` as MessageKey)} (${code})`;
}
