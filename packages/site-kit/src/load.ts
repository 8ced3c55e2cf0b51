import { access, readFile, readdir } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { z } from 'zod';
import { parsePublished, type Published } from './date.js';
import { splitFrontMatter } from './front-matter.js';
import { parseLocated, type Located } from './locate.js';
import { renderMarkdown, type Rendered } from './markdown.js';
import { Problems } from './problems.js';
import { imageRule, logoRule, readSiteFile, type Checked } from './site-files.js';
import {
  editionFolders,
  editionsOf,
  isWebAddress,
  otherSiteHint as hint,
  siteTargetOf,
} from './build/routes.js';
import {
  aboutSchema,
  configSchema,
  frontMatterSchema,
  statsSchema,
  themeSchema,
  type FrontMatter,
  type SiteConfig,
  type StatGroups,
  type Theme,
} from './schemas.js';

/** The language a page is written in; zh-Hant only in a site's traditional edition. */
export type Lang = 'zh-CN' | 'zh-Hant' | 'en';

export interface Page extends Omit<Rendered, 'images' | 'links'> {
  /** The .md file, relative to the site folder. */
  file: string;
  title: string;
  lang: Lang;
  summary?: string;
}

export interface Article extends Page, Omit<FrontMatter, 'lang' | 'published' | 'stats'> {
  slug: string;
  /** Site-relative URL of the Chinese page, e.g. `/llxx/five-year-review/`. */
  path: string;
  published: Published;
  stats: string[];
}

export interface Site {
  /** Absolute path of the site folder. */
  dir: string;
  config: SiteConfig;
  theme: Theme;
  about?: Page;
  /** Newest first. */
  articles: Article[];
  categories: SiteConfig['categories'];
  stats: StatGroups;
  /** Every site-relative page path, in every edition (`/`, `/en/`, `/zh-hant/llxx/`, …). */
  pages: string[];
}

export interface LoadOptions {
  /** Problems name files relative to this folder (e.g. the repo root); default: the site folder. */
  relativeTo?: string;
}

/**
 * Reads and validates a site folder. Every check runs before anything is thrown, so one
 * `SiteError` lists all that is wrong, each as `file:line: what is wrong`.
 */
export async function loadSite(siteDir: string, options: LoadOptions = {}): Promise<Site> {
  const dir = resolve(siteDir);
  const base = resolve(options.relativeTo ?? dir);
  const name = (file: string) => relative(base, join(dir, file)).split(sep).join('/');
  const problems = new Problems();
  const report = (file: string, line: number | undefined, message: string) =>
    problems.add(name(file), line, message);

  /** Reads a JSON file; reports syntax and schema problems at their lines. */
  async function readJson<S extends z.ZodType>(file: string, schema: S, required: boolean) {
    const text = await readFile(join(dir, file), 'utf8').catch(() => undefined);
    if (text === undefined) {
      if (required) report(file, undefined, 'file is missing');
      return undefined;
    }
    const parsed = parseLocated(text);
    for (const e of parsed.errors) report(file, e.line, `not valid JSON: ${e.message}`);
    if (parsed.errors.length) return undefined;
    return validate(file, parsed, parsed.value, schema);
  }

  function validate<S extends z.ZodType>(file: string, at: Located, value: unknown, schema: S) {
    const result = schema.safeParse(value);
    if (result.success) return result.data as z.infer<S>;
    for (const issue of result.error.issues) {
      for (const [path, message] of describe(issue, value)) report(file, at.lineOf(path), message);
    }
    return undefined;
  }

  const config = await readJson('site.config.json', configSchema, true);
  const theme = (await readJson('theme.json', themeSchema, false)) as Theme | undefined;
  const stats = (await readJson('content/data/stats.json', statsSchema, false)) ?? {};
  // An invalid stats.json is reported once; its group names still count, so references
  // to them are not reported a second time.
  const statsAt = parseLocated(
    await readFile(join(dir, 'content/data/stats.json'), 'utf8').catch(() => '{}'),
  );
  const groups = new Set(Object.keys(isRecord(statsAt.value) ? statsAt.value : stats));
  const configAt = parseLocated(
    await readFile(join(dir, 'site.config.json'), 'utf8').catch(() => '{}'),
  );

  if (config && config.id !== basename(dir)) {
    report(
      'site.config.json',
      configAt.lineOf(['id']),
      `id "${config.id}" must match the folder name "${basename(dir)}"`,
    );
  }
  if (config?.logo) {
    const logo = await readSiteFile(dir, config.logo, logoRule);
    if ('problem' in logo) report('site.config.json', configAt.lineOf(['logo']), logo.problem);
  }
  const categoryIds = new Set(config?.categories.map((c) => c.id));
  config?.categories.forEach((c, i) => {
    if (config.categories.findIndex((d) => d.id === c.id) < i) {
      report(
        'site.config.json',
        configAt.lineOf(['categories', i, 'id']),
        `category "${c.id}" is listed twice`,
      );
    }
  });
  const groupNames = [...groups].join(', ') || 'none';
  const checkStats = (file: string, ids: string[] | undefined, line: (i: number) => number) =>
    ids?.forEach((g, i) => {
      if (!groups.has(g)) {
        report(
          file,
          line(i),
          `stats: "${g}" is not a group in content/data/stats.json (${groupNames})`,
        );
      }
    });
  checkStats('site.config.json', config?.home?.stats, (i) => configAt.lineOf(['home', 'stats', i]));

  // Markdown: the about page, then every article.
  const links: { file: string; line: number; url: string }[] = [];
  const readPage = async (file: string) => {
    const source = await readFile(join(dir, file), 'utf8');
    const split = splitFrontMatter(source);
    if (!('data' in split)) return void report(file, split.line, split.message);
    const { data, body, bodyLine } = split;
    for (const e of data.errors)
      report(file, e.line, `front matter is not valid YAML: ${e.message}`);
    if (data.errors.length) return undefined;
    const rendered = renderMarkdown(body);
    for (const image of rendered.images) {
      const line = bodyLine + lineOfUrl(body, image);
      await checkImage(file, line, image.url);
    }
    for (const link of rendered.links) {
      if (link.url.startsWith('/'))
        links.push({ file, line: bodyLine + lineOfUrl(body, link), url: link.url });
    }
    return { data, value: data.value ?? {}, rendered };
  };
  // Each picture is read once however often it is used; the build reads it again to publish it.
  const images = new Map<string, Promise<Checked>>();
  const checkImage = async (file: string, line: number, url: string) => {
    // Remote and site-absolute URLs are the webmaster's business; relative ones are published,
    // so they must be pictures inside content/ (see site-files.ts).
    if (/^[a-z][a-z0-9+.-]*:|^\/|^#/i.test(url)) return;
    if (!images.has(url)) images.set(url, readSiteFile(dir, url, imageRule));
    const image = await images.get(url);
    if (image && 'problem' in image) report(file, line, image.problem);
  };

  let about: Page | undefined;
  const aboutFile = 'content/about.md';
  const hasAbout = await exists(join(dir, aboutFile));
  if (hasAbout) {
    const page = await readPage(aboutFile);
    const fm = page && validate(aboutFile, page.data, page.value, aboutSchema);
    if (page && fm)
      about = {
        file: aboutFile,
        ...pick(page.rendered),
        title: fm.title,
        lang: fm.lang ?? 'zh-CN',
        ...(fm.summary && { summary: fm.summary }),
      };
  }

  const articles: Article[] = [];
  const tentative: string[] = [];
  const names = await readdir(join(dir, 'content/articles')).catch(() => [] as string[]);
  for (const entry of names.filter((n) => n.endsWith('.md')).sort()) {
    const file = `content/articles/${entry}`;
    const slug = entry.slice(0, -3);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) {
      report(file, undefined, 'file name must be lower-case letters, digits and - (it is the URL)');
    }
    const page = await readPage(file);
    const fm = page && validate(file, page.data, page.value, frontMatterSchema);
    // A broken article is reported once; links to it are not reported as well. Only broken
    // ones: a working article's links must name its real category.
    if (!page || !fm || !categoryIds.has(fm.category)) tentative.push(slug);
    if (!page || !fm) continue;
    if (config && !categoryIds.has(fm.category)) {
      report(
        file,
        page.data.lineOf(['category']),
        `category "${fm.category}" is not one of the site's categories (${[...categoryIds].join(', ')})`,
      );
    }
    if (fm.cover) await checkImage(file, page.data.lineOf(['cover']), fm.cover);
    checkStats(file, fm.stats, (i) => page.data.lineOf(['stats', i]));
    const { lang, published, stats: groups = [], ...rest } = fm;
    articles.push({
      ...rest,
      ...pick(page.rendered),
      file,
      slug,
      path: `/${fm.category}/${slug}/`,
      lang: lang ?? 'zh-CN',
      published: parsePublished(published) as Published, // the schema has checked it
      stats: groups,
    });
  }
  articles.sort((a, b) =>
    a.published.iso < b.published.iso ? 1 : a.published.iso > b.published.iso ? -1 : 0,
  );

  // Every page exists in each edition: simplified Chinese at the root, English under /en/ and,
  // when the site asks for it, traditional Chinese under /zh-hant/.
  const zhPages = [
    '/',
    ...(hasAbout ? ['/about/'] : []),
    ...[...categoryIds].map((c) => `/${c}/`),
    ...articles.map((a) => a.path),
    '/search/',
    '/sitemap/',
  ];
  const pages = editionsOf(config ?? {}).flatMap((edition) =>
    zhPages.map((p) => `/${editionFolders[edition]}${p.slice(1)}`),
  );
  // A broken article's own path is unknown (its category may be what is broken): a link to
  // its slug under any of the site's categories, in any edition, is not reported a second time.
  const maybePages = editionsOf(config ?? {}).flatMap((edition) =>
    tentative.flatMap((slug) =>
      [...categoryIds].map((c) => `/${editionFolders[edition]}${c}/${slug}/`),
    ),
  );
  /** Whether `href` is a site-absolute link the browser resolves to exactly a page of the site. */
  const isPage = (href: string) => {
    const target = siteTargetOf(href);
    return !!target && (pages.includes(target.path) || maybePages.includes(target.path));
  };
  config?.nav.forEach(({ href }, i) => {
    if (isWebAddress(href) || isPage(href)) return;
    report(
      'site.config.json',
      configAt.lineOf(['nav', i, 'href']),
      `nav[${i}].href "${href}" is not a page of this site${hint(href)}`,
    );
  });
  if (config) {
    for (const { file, line, url } of links) {
      if (!isPage(url)) report(file, line, `link "${url}" is not a page of this site${hint(url)}`);
    }
  }

  problems.throwIfAny();
  return {
    dir,
    config: config as SiteConfig, // no problems means it parsed
    theme: theme ?? {},
    ...(about && { about }),
    articles,
    categories: (config as SiteConfig).categories,
    stats,
    pages,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pick({ html, headings, figures }: Rendered) {
  return { html, headings, figures };
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** markdown-it knows a paragraph's first line only; find the line inside it that has the URL. */
function lineOfUrl(body: string, { url, line }: { url: string; line: number }): number {
  const lines = body.split(/\r?\n/);
  for (let i = line; i < lines.length; i++) if (lines[i]?.includes(url)) return i;
  return line;
}

/** Turns a zod issue into `[path, message]` pairs, worded for a webmaster. */
function describe(issue: z.core.$ZodIssue, root: unknown): [PropertyKey[], string][] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((k) => [[...path, k], `${pathText([...path, k])} is not a known field`]);
  }
  if (issue.code === 'invalid_value') {
    const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return [[path, `${pathText(path)} must be one of ${values}`]];
  }
  if (issue.code === 'invalid_type' && valueAt(root, path) === undefined) {
    return [[path, `${pathText(path)} is required`]];
  }
  const label = pathText(path);
  if (!label) return [[path, issue.message]];
  return [
    [
      path,
      /^(is|must|has) /.test(issue.message)
        ? `${label} ${issue.message}`
        : `${label}: ${issue.message}`,
    ],
  ];
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}

/** `nav[2].href`, `name.en`, `--qx-color-primary` */
function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
    .join('');
}
