import { join, relative, sep } from 'node:path';
import { parseLocated, type Located } from './locate.js';
import type { Problem } from './problems.js';
import { maxJsonBytes, maxMarkdownBytes, readSiteText } from './read-text.js';
import type { Site } from './types.js';
import { pagesRead } from './articles.js';
import { pathText } from './zod-words.js';
import { t } from '../messages/index.js';
import { placeholderMark } from './page-text.js';

export { placeholderMark };

/** Example domains (RFC 2606) are never a published portal's address. */
const exampleHost = /(^|\.)example\.(org|com|net)$/i;

/**
 * Values that are still placeholders: every text containing 待填写 in site.config.json, stats
 * and the Markdown pages, and a siteUrl on an example domain. A build prints them as warnings;
 * `--strict` (for publishing) refuses to build while any is left, so a placeholder never goes
 * live unnoticed. Each names its file and line.
 */
export async function placeholdersOf(site: Site, relativeTo = site.dir): Promise<Problem[]> {
  const found: Problem[] = [];
  const name = (file: string) => relative(relativeTo, join(site.dir, file)).split(sep).join('/');
  const add = (file: string, line: number, message: string) =>
    found.push({ file: name(file), line, message });

  for (const file of ['site.config.json', 'content/data/stats.json']) {
    const read = await readSiteText(join(site.dir, file), maxJsonBytes);
    if (!('text' in read)) continue;
    const at = parseLocated(read.text);
    for (const [path, value] of strings(at.value)) {
      if (value.includes(placeholderMark))
        add(file, at.lineOf(path), t('placeholder.field', { path: pathText(path), value }));
    }
    if (file === 'site.config.json') checkSiteUrl(site, at, (line, m) => add(file, line, m));
  }
  const pages = [...(site.about ? [site.about] : []), ...site.articles];
  for (const page of pages) {
    const { file } = page;
    if (pagesRead.get(page)?.marked === false) continue;
    const read = await readSiteText(join(site.dir, file), maxMarkdownBytes);
    // Most pages have none: looked for in the whole text before it is split into lines.
    if (!('text' in read) || !read.text.includes(placeholderMark)) continue;
    read.text.split(/\r?\n/).forEach((line, i) => {
      if (line.includes(placeholderMark))
        add(file, i + 1, t('placeholder.line', { text: line.trim().slice(0, 60) }));
    });
  }
  return found.sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0),
  );
}

function checkSiteUrl(site: Site, at: Located, add: (line: number, message: string) => void) {
  const url = site.config.siteUrl;
  if (url && exampleHost.test(new URL(url).hostname)) {
    add(at.lineOf(['siteUrl']), t('placeholder.siteUrl', { url }));
  }
}

/** Every string in a parsed JSON value, with its path. */
function* strings(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value))
    for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}
