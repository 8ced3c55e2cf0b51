import { open, readdir } from 'node:fs/promises';

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
 * so a huge file is refused before any of it is read into memory.
 */
export async function readSiteText(path: string, maxBytes: number): Promise<TextRead> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      return { problem: 'file is missing', missing: true };
    return { problem: `could not be read (${describeCode(code)})` };
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) return { problem: 'is a folder, not a file' };
    if (!stats.isFile()) return { problem: 'is not a regular file' };
    if (stats.size > maxBytes) {
      return {
        problem: `is ${megabytes(stats.size)}, larger than the ${megabytes(maxBytes)} a site file may be`,
      };
    }
    return { text: await handle.readFile('utf8') };
  } catch (error) {
    return {
      problem: `could not be read (${describeCode((error as NodeJS.ErrnoException).code)})`,
    };
  } finally {
    await handle.close();
  }
}

function describeCode(code: string | undefined): string {
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
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
        problem:
          'is a folder and is not read: articles are Markdown files directly in content/articles',
      });
    } else if (slug === undefined) {
      list.skipped.push({
        entry: entry.name,
        problem: 'is not read: articles are Markdown files ending in .md or .markdown',
      });
    } else list.articles.push({ entry: entry.name, slug });
  }
  return list;
}

/** "a list […]", "text", …: what a JSON value is, in a webmaster's words. */
export function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list […]';
  if (value === null) return 'null';
  if (typeof value === 'string') return 'text in quotes';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return `${String(value)}`;
  return 'an object';
}
