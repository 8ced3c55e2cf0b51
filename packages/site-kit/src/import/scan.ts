/**
 * What the import starts from: the saved pages (a folder walked without following symbolic
 * links, so nothing outside it is read), the site's categories, and the articles the site
 * already has (by slug, and by title and date, to find duplicates).
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Category } from './columns.js';
import { splitFrontMatter } from '../site/front-matter.js';
import { listArticles } from '../site/read-text.js';

/** Endings of saved pages: what wget and browsers save, and old CMSs' dynamic pages. */
const pageEndings = new Set(['.html', '.htm', '.shtml', '.xhtml', '.jsp', '.asp', '.aspx', '.php']);

export const isPageName = (name: string) => pageEndings.has(extname(name).toLowerCase());

/** Every file below `dir`, `/`-separated and sorted; symbolic links are listed apart. */
export async function walk(dir: string): Promise<{ files: string[]; links: string[] }> {
  const files: string[] = [];
  const links: string[] = [];
  const visit = async (prefix: string) => {
    const entries = await readdir(join(dir, prefix), { withFileTypes: true });
    for (const entry of entries) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) links.push(path);
      else if (entry.isDirectory()) await visit(path);
      else if (entry.isFile()) files.push(path);
    }
  };
  await visit('');
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { files: files.sort(order), links: links.sort(order) };
}

export const isFolder = (path: string) =>
  lstat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );

/** The categories of site.config.json; undefined when there is no such file. */
export async function siteCategories(site: string): Promise<Category[] | undefined> {
  const source = await readFile(join(site, 'site.config.json'), 'utf8').catch(() => undefined);
  if (source === undefined) return undefined;
  const config = JSON.parse(source) as { categories?: unknown };
  return Array.isArray(config.categories)
    ? config.categories.filter(
        (c): c is Category =>
          typeof c === 'object' && c !== null && typeof (c as Category).id === 'string',
      )
    : [];
}

export interface Existing {
  file: string;
  slug: string;
  category: string;
}

/** The site's articles: their slugs, and each by `title` + `published`. */
export async function existingArticles(site: string) {
  const slugs = new Set<string>();
  const byKey = new Map<string, Existing>();
  const { articles } = await listArticles(join(site, 'content/articles'));
  for (const { entry, slug } of articles) {
    slugs.add(slug);
    const file = `content/articles/${entry}`;
    const source = await readFile(join(site, file), 'utf8').catch(() => '');
    const split = splitFrontMatter(source);
    if (!('data' in split) || split.data.errors.length) continue;
    const fm = split.data.value;
    const { title, published, category } = (fm ?? {}) as Record<string, unknown>;
    if (typeof title === 'string' && typeof published === 'string')
      byKey.set(keyOf(title, published), { file, slug, category: String(category ?? '') });
  }
  return { slugs, byKey };
}

/** Two articles are the same when their titles and dates are. */
export const keyOf = (title: string, published: string) =>
  `${title.replace(/\s+/g, ' ').trim()}\u0000${published.trim()}`;
