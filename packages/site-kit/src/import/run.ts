/**
 * `qiaoxin-site import <folder> [--site …] [--map …] [--dry-run] [--force]`: the plan (every
 * saved page read, checked and named first, so links between them can become site links), then
 * the writing, then the report. A page that cannot be imported is skipped with its reason; no
 * page stops the others.
 */
import { createHash } from 'node:crypto';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Columns, readColumnMap } from './columns.js';
import { decodePage, looksLikeHtml } from './decode.js';
import { readDate } from './fields.js';
import { Locator } from './locate.js';
import { readPage, type PageFacts } from './read-page.js';
import { linksOf, type Context, type LeftOut } from './relink.js';
import { existingArticles, isFolder, isPageName, keyOf, siteCategories, walk } from './scan.js';
import { toMarkdown } from './to-markdown.js';
import { articleText, writeWhole } from './write.js';
import { describeError } from '../system-errors.js';
import { t } from '../messages/index.js';

export interface ImportOptions {
  folder: string;
  site: string;
  map?: string;
  dryRun: boolean;
  force: boolean;
  /** Largest saved page read (default 50 MB). */
  maxBytes?: number;
}

export interface Imported {
  from: string;
  file: string;
  replaced: boolean;
  column: string;
  category: string;
  missing: string[];
  leftOut: LeftOut[];
}

export interface ImportReport {
  dryRun: boolean;
  imported: Imported[];
  skipped: { from: string; why: string }[];
  assets: string[];
  mapFile: string;
  proposals: Map<string, string>;
  proposalFile?: string;
  /** Category ids the imported articles use that site.config.json lacks, with their column. */
  newCategories: { id: string; column: string }[];
}

/** A command line that cannot be run, in the webmaster's words. */
export class ImportError extends Error {}

interface Planned {
  from: string;
  facts: PageFacts;
  published: string;
  column: string;
  category: string;
  slug: string;
  file: string;
  replaced: boolean;
}

export async function importPages(options: ImportOptions): Promise<ImportReport> {
  const folder = resolve(options.folder);
  const site = resolve(options.site);
  if (!(await isFolder(folder)))
    throw new ImportError(t('import.noFolder', { folder: options.folder }));
  let categories;
  try {
    categories = await siteCategories(site);
  } catch (error) {
    throw new ImportError(t('import.badConfig', { site: options.site, why: describeError(error) }));
  }
  if (!categories) throw new ImportError(t('import.notSite', { site: options.site }));
  const mapFile = options.map ? resolve(options.map) : join(site, 'import-map.json');
  const map = await readColumnMap(mapFile, options.map ?? join(options.site, 'import-map.json'));
  if ('problem' in map) throw new ImportError(map.problem);

  const columns = new Columns(map.ids, categories);
  const existing = await existingArticles(site);
  const { files, links } = await walk(folder);
  const report: ImportReport = {
    dryRun: options.dryRun,
    imported: [],
    skipped: links.filter(isPageName).map((from) => ({ from, why: t('import.why.link') })),
    assets: [],
    mapFile,
    proposals: columns.proposals,
    newCategories: [],
  };
  const skip = (from: string, why: string) => void report.skipped.push({ from, why });
  const locator = new Locator(folder);
  const articles = new Map<string, string>();
  const planned: Planned[] = [];
  const keys = new Map<string, string>();
  const slugs = new Set(existing.slugs);

  for (const from of files.filter(isPageName)) {
    const read = await readSaved(join(folder, from), options.maxBytes ?? 50 * 1024 * 1024);
    if ('why' in read) {
      skip(from, read.why);
      continue;
    }
    const { facts } = read;
    locator.addPage(from, facts.canonical);
    if (facts.editionOf) {
      skip(from, t('import.why.edition', { url: facts.editionOf }));
      continue;
    }
    if (!facts.title) {
      skip(from, t('import.why.noTitle'));
      continue;
    }
    const date = readDate(facts.dateText);
    if (!date) {
      skip(from, t('import.why.noDate'));
      continue;
    }
    if ('bad' in date) {
      skip(from, t('import.why.badDate', { value: date.bad }));
      continue;
    }
    if (!facts.column) {
      skip(from, t('import.why.noColumn'));
      continue;
    }
    const key = keyOf(facts.title, date.published);
    const twin = keys.get(key);
    if (twin) {
      skip(from, t('import.why.duplicate', { other: twin }));
      continue;
    }
    keys.set(key, from);
    const before = existing.byKey.get(key);
    if (before && !options.force) {
      articles.set(from, `/${before.category}/${before.slug}/`);
      skip(from, t('import.why.exists', { file: before.file }));
      continue;
    }
    const { id } = columns.idOf(facts.column);
    const slug = before?.slug ?? freeSlug(slugOf(from), slugs);
    slugs.add(slug);
    articles.set(from, `/${id}/${slug}/`);
    planned.push({
      from,
      facts,
      published: date.published,
      column: facts.column,
      category: id,
      slug,
      file: before?.file ?? `content/articles/${slug}.md`,
      replaced: Boolean(before),
    });
  }

  const ctx: Context = {
    folder,
    site,
    locator,
    articles,
    dryRun: options.dryRun,
    copies: new Map(),
  };
  for (const page of planned) {
    try {
      await writeArticle(page, ctx, report, options);
    } catch (error) {
      skip(page.from, t('import.why.unwritable', { why: describeError(error) }));
    }
  }
  const used = new Map(report.imported.map((a) => [a.category, a.column]));
  report.newCategories = columns
    .missing(used.keys())
    .map((id) => ({ id, column: used.get(id) ?? '' }));
  if (columns.proposals.size && !options.dryRun) {
    report.proposalFile = join(dirname(mapFile), 'import-map.proposed.json');
    await writeProposal(report.proposalFile, map.ids, columns.proposals);
  }
  return report;
}

async function writeArticle(
  page: Planned,
  ctx: Context,
  report: ImportReport,
  options: ImportOptions,
) {
  const { facts } = page;
  const links = linksOf(page.from, ctx);
  const body = await links.finish(toMarkdown(facts.content, links.relinker));
  const text = articleText(
    {
      title: facts.title ?? '',
      ...(facts.subtitle && { subtitle: facts.subtitle }),
      published: page.published,
      ...(facts.author && { author: facts.author }),
      ...(facts.source && { source: facts.source }),
      ...(facts.sourceNote && { sourceNote: facts.sourceNote }),
      category: page.category,
      ...(facts.summary && { summary: facts.summary }),
      ...(facts.keywords && { keywords: facts.keywords }),
      lang: facts.lang,
    },
    body,
  );
  if (!options.dryRun) {
    const written = await writeWhole(ctx.site, join(ctx.site, page.file), text, page.replaced);
    if (written === 'exists') {
      report.skipped.push({ from: page.from, why: t('import.why.exists', { file: page.file }) });
      return;
    }
  }
  report.assets.push(...links.copied);
  const missing = (['author', 'source'] as const).filter((field) => !facts[field]);
  if (!body) missing.push('text' as never);
  report.imported.push({
    from: page.from,
    file: page.file,
    replaced: page.replaced,
    column: page.column,
    category: page.category,
    missing,
    leftOut: links.leftOut,
  });
}

type Saved = { facts: PageFacts } | { why: string };

/** One saved page read and understood, or why not; it is never read whole when too large. */
async function readSaved(path: string, maxBytes: number): Promise<Saved> {
  let data: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size > maxBytes) {
        const mb = (n: number) => (n / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
        return { why: t('import.why.tooBig', { size: mb(size), max: mb(maxBytes) }) };
      }
      data = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { why: t('import.why.unreadable', { why: describeError(error) }) };
  }
  const html = decodePage(data);
  if (!looksLikeHtml(html)) return { why: t('import.why.notHtml') };
  try {
    return { facts: readPage(html) };
  } catch (error) {
    return { why: t('import.why.unreadable', { why: describeError(error) }) };
  }
}

/** A slug from the saved file's name (`t20230602_123.html` → `t20230602-123`; `…/x/index.html` → `x`). */
export function slugOf(from: string): string {
  const parts = from.split('/');
  let name = (parts.at(-1) ?? '').replace(/\.[^.]*$/, '');
  if (/^(index|default)$/i.test(name) && parts.length > 1) name = parts.at(-2) ?? name;
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || `article-${createHash('sha256').update(from).digest('hex').slice(0, 8)}`;
}

function freeSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** import-map.json as it would be with the proposals: the webmaster checks and renames it. */
async function writeProposal(
  file: string,
  known: Map<string, string>,
  proposed: Map<string, string>,
) {
  const value = {
    $schema: 'https://qiaoxin.example/schema/import-map.schema.json',
    ...Object.fromEntries(known),
    ...Object.fromEntries(proposed),
  };
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(value, null, 2)}\n`);
  await rename(temp, file).catch(async (error: unknown) => {
    await rm(temp, { force: true });
    throw error;
  });
}
