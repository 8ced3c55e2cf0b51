/**
 * Writing into the site folder, only into content/articles, content/images and content/files:
 * each file is written whole to a temporary file in the site folder and then moved into place,
 * so an interrupted import never leaves half an article; without --force an existing file is
 * never replaced (a hard link refuses to), which also holds against a second import at once.
 */
import { createHash } from 'node:crypto';
import { link, mkdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { stringify } from 'yaml';

export interface FrontMatterOut {
  title: string;
  subtitle?: string;
  published: string;
  author?: string;
  source?: string;
  sourceNote?: string;
  category: string;
  summary?: string;
  keywords?: string[];
  lang: 'zh-CN' | 'en';
}

/** An article file in the form site-kit's loader reads (site/front-matter.ts, schemas.ts). */
export function articleText(fm: FrontMatterOut, body: string): string {
  // Only the fields found, in the order the site's own articles use.
  const ordered = Object.fromEntries(
    (
      [
        'title',
        'subtitle',
        'published',
        'author',
        'source',
        'sourceNote',
        'category',
        'summary',
        'keywords',
        'lang',
      ] as const
    ).flatMap((key) => (fm[key] === undefined ? [] : [[key, fm[key]]])),
  );
  return `---\n${stringify(ordered, { lineWidth: 0 })}---\n\n${body}\n`;
}

let counter = 0;

export type Written = 'written' | 'exists';

/** Writes `data` to `dest` all at once; `exists` when `dest` is there and not to be replaced. */
export async function writeWhole(
  siteDir: string,
  dest: string,
  data: string | Buffer,
  replace: boolean,
): Promise<Written> {
  await insideSite(siteDir, dest);
  const temp = join(siteDir, `.qiaoxin-import-${process.pid}-${counter++}.tmp`);
  await writeFile(temp, data, { flag: 'wx' });
  try {
    if (replace) {
      await rename(temp, dest);
      return 'written';
    }
    await link(temp, dest);
    return 'written';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
    throw error;
  } finally {
    await rm(temp, { force: true });
  }
}

/**
 * The folder of `dest` made, and checked to be inside the site folder once links are followed
 * (a content/images that is a symbolic link to elsewhere is refused, not written through).
 */
async function insideSite(siteDir: string, dest: string): Promise<void> {
  const folder = join(dest, '..');
  await mkdir(folder, { recursive: true });
  const [site, real] = await Promise.all([realpath(siteDir), realpath(folder)]);
  const rel = relative(site, real);
  if (rel.startsWith('..') || rel.split(sep).includes('..') || rel === '' || rel.startsWith(sep))
    throw Object.assign(new Error(`${folder} is outside ${siteDir}`), { code: 'EOUTSIDE' });
}

/** A file name a site may publish: letters (Chinese too), digits, . _ -; never hidden. */
export function safeName(name: string): string {
  const ext = extname(name).toLowerCase();
  const stem = name
    .slice(0, name.length - ext.length)
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|-+$/g, '');
  return `${stem || 'file'}${ext}`;
}

/**
 * Copies a saved file into content/<folder>/ under its own (safe) name, or under the name with a
 * short hash when another file has that name; the same file already there is used as it is.
 * Returns its path relative to content/ and whether it was copied now.
 */
export async function copyInto(
  siteDir: string,
  data: Buffer,
  folder: 'images' | 'files',
  name: string,
  dryRun: boolean,
): Promise<{ path: string; copied: boolean }> {
  const safe = safeName(name);
  const hash = createHash('sha256').update(data).digest('hex').slice(0, 8);
  const ext = extname(safe);
  for (const candidate of [safe, `${safe.slice(0, safe.length - ext.length)}-${hash}${ext}`]) {
    const path = `${folder}/${candidate}`;
    const dest = join(siteDir, 'content', folder, candidate);
    const there = await sameAs(dest, data);
    if (there === 'same') return { path, copied: false };
    if (there === 'other') continue;
    if (dryRun) return { path, copied: true };
    const written = await writeWhole(siteDir, dest, data, false);
    if (written === 'written') return { path, copied: true };
    if ((await sameAs(dest, data)) === 'same') return { path, copied: false };
  }
  throw new Error(`cannot find a free name for ${name} in content/${folder}`);
}

async function sameAs(file: string, data: Buffer): Promise<'same' | 'other' | 'none'> {
  const info = await stat(file).catch(() => undefined);
  if (!info) return 'none';
  if (!info.isFile() || info.size !== data.length) return 'other';
  return (await readFile(file)).equals(data) ? 'same' : 'other';
}
