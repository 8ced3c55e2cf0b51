import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { t } from '../messages/index.js';

/** Largest site.config.json, theme.json or stats.json: real ones are a few kilobytes. */
export const maxJsonBytes = 1024 * 1024;
/**
 * Largest Markdown page. A long annual report is about 100 KB; the search index (Pagefind)
 * takes time that grows faster than the size of one page, so a 5 MB paste would stall the
 * build for minutes instead of failing at once with a message.
 */
export const maxMarkdownBytes = 2 * 1024 * 1024;

export type TextRead =
  | { text: string }
  /** Words for the webmaster: why the file was not read. */
  | { problem: string; missing?: true };

/**
 * Reads a site file as UTF-8 text, but looks at its size first, through the same open file,
 * so a huge file is refused before any of it is read into memory. Synchronous, though it
 * returns a promise: a site's files are small, and reading ten thousand articles through
 * fs/promises (four round trips to the thread pool each) took 1.9 s against 0.2 s.
 */
export function readSiteText(path: string, maxBytes: number): Promise<TextRead> {
  return Promise.resolve(readTextNow(path, maxBytes));
}

function readTextNow(path: string, maxBytes: number): TextRead {
  let fd;
  try {
    // O_NONBLOCK: a pipe named like a page is refused below instead of waiting for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      return { problem: t('read.missing'), missing: true };
    return { problem: t('read.unreadable', { reason: describeCode(code) }) };
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { problem: t('read.folder') };
    if (!stats.isFile()) return { problem: t('read.notRegular') };
    if (stats.size > maxBytes) {
      return {
        problem: t('read.tooBig', { size: megabytes(stats.size), max: megabytes(maxBytes) }),
      };
    }
    return { text: readFileSync(fd, 'utf8') };
  } catch (error) {
    return {
      problem: t('read.unreadable', {
        reason: describeCode((error as NodeJS.ErrnoException).code),
      }),
    };
  } finally {
    closeSync(fd);
  }
}

function describeCode(code: string | undefined): string {
  if (code === 'EACCES' || code === 'EPERM') return t('read.permission');
  if (code === 'EISDIR') return t('read.isFolder');
  return code ?? 'unknown error';
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
}

export interface ArticleList {
  /** Sorted by file name; `slug` is the name without its extension. */
  articles: { entry: string; slug: string }[];
  /** Files that look like content but are not read, and why: an article must not just vanish. */
  skipped: { entry: string; problem: string }[];
}

/** `.md` or `.markdown`, in any case: `Report.MD` from Windows is an article too. */
const markdownName = /^(.+)\.(?:md|markdown)$/i;

/** Lists `content/articles/`; a missing folder has no articles. */
export async function listArticles(folder: string): Promise<ArticleList> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const list: ArticleList = { articles: [], skipped: [] };
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    // .DS_Store, .gitkeep and editors' swap files are not the webmaster's content.
    if (entry.name.startsWith('.')) continue;
    const slug = markdownName.exec(entry.name)?.[1];
    if (entry.isDirectory()) {
      list.skipped.push({
        entry: entry.name,
        problem: t('check.articleFolder'),
      });
    } else if (slug === undefined) {
      list.skipped.push({
        entry: entry.name,
        problem: t('check.notMarkdown'),
      });
    } else list.articles.push({ entry: entry.name, slug });
  }
  return list;
}

/** "a list […]", "text", …: what a JSON value is, in a webmaster's words. */
export function kindOf(value: unknown): string {
  if (Array.isArray(value)) return t('kind.array');
  if (value === null) return 'null';
  if (typeof value === 'string') return t('kind.string');
  if (typeof value === 'number') return t('kind.number');
  if (typeof value === 'boolean') return `${String(value)}`;
  return t('kind.objectPlain');
}
