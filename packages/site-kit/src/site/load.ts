import { access } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { z } from 'zod';
import { parsePublished, type Published } from './date.js';
import { splitFrontMatter } from './front-matter.js';
import { parseLocated, type Located } from './locate.js';
import { renderMarkdown, type Rendered } from '../markdown/markdown.js';
import { Problems } from './problems.js';
import { imageRule, logoRule, readSiteFile, type Checked } from './site-files.js';
import {
  editionFolders,
  editionsOf,
  isWebAddress,
  otherSiteHint as hint,
  siteTargetOf,
} from './editions.js';
import { describe } from './zod-words.js';
import { kindOf, listArticles, maxJsonBytes, maxMarkdownBytes, readSiteText } from './read-text.js';
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
  /** The body as written, below the front matter: each edition renders it (src/markdown/). */
  markdown: string;
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

  /** Located texts of the JSON files read, so later checks can name lines without rereading. */
  const jsonAt = new Map<string, Located>();
  /** Files that exist but could not be parsed: what they hold is unknown, not empty. */
  const unreadable = new Set<string>();

  /** Reads a JSON file; reports size, syntax and schema problems at their lines. */
  async function readJson<S extends z.ZodType>(file: string, schema: S, required: boolean) {
    const read = await readSiteText(join(dir, file), maxJsonBytes);
    if ('problem' in read) {
      if (required || !read.missing) report(file, undefined, read.problem);
      if (!read.missing) unreadable.add(file);
      return undefined;
    }
    if (!read.text.trim()) {
      report(file, undefined, 'is empty: it must hold a JSON object {…}');
      return void unreadable.add(file);
    }
    const parsed = parseLocated(read.text);
    for (const e of parsed.errors) report(file, e.line, `not valid JSON: ${e.message}`);
    if (parsed.errors.length) return void unreadable.add(file);
    jsonAt.set(file, parsed);
    if (!isRecord(parsed.value)) {
      // zod would say "expected object, received array": say it in words, at the first line.
      report(file, 1, `must hold a JSON object {…}, not ${kindOf(parsed.value)}`);
      return void unreadable.add(file);
    }
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
  const statsAt = jsonAt.get('content/data/stats.json');
  const groups = new Set(Object.keys(isRecord(statsAt?.value) ? statsAt.value : stats));
  const configAt = jsonAt.get('site.config.json') ?? parseLocated('{}');

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
      // Groups of a stats.json that could not be parsed are unknown: it is reported itself.
      if (!groups.has(g) && !unreadable.has('content/data/stats.json')) {
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
    const read = await readSiteText(join(dir, file), maxMarkdownBytes);
    if ('problem' in read) return void report(file, undefined, read.problem);
    const split = splitFrontMatter(read.text);
    if (!('data' in split)) return void report(file, split.line, split.message);
    const { data, body, bodyLine } = split;
    for (const e of data.errors)
      report(file, e.line, `front matter is not valid YAML: ${e.message}`);
    if (data.errors.length) return undefined;
    const rendered = renderMarkdown(body);
    const bodyLines = body.split(/\r?\n/); // once per page: splitting per link was quadratic
    for (const image of rendered.images) {
      const line = bodyLine + lineOfUrl(bodyLines, image);
      await checkImage(file, line, image.url);
    }
    for (const link of rendered.links) {
      if (link.url.startsWith('/'))
        links.push({ file, line: bodyLine + lineOfUrl(bodyLines, link), url: link.url });
    }
    return { data, value: data.value ?? {}, rendered, body };
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
        ...pick(page.rendered, page.body),
        title: fm.title,
        lang: fm.lang ?? 'zh-CN',
        ...(fm.summary && { summary: fm.summary }),
      };
  }

  const articles: Article[] = [];
  const tentative: string[] = [];
  const slugFiles = new Map<string, string>();
  const listed = await listArticles(join(dir, 'content/articles'));
  for (const { entry, problem } of listed.skipped)
    report(`content/articles/${entry}`, undefined, problem);
  for (const { entry, slug } of listed.articles) {
    const file = `content/articles/${entry}`;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) {
      report(file, undefined, 'file name must be lower-case letters, digits and - (it is the URL)');
    }
    const twin = slugFiles.get(slug);
    if (twin) {
      report(
        file,
        undefined,
        `has the same URL /${slug}/ as ${name(twin)}: rename or remove one of them`,
      );
      continue;
    }
    slugFiles.set(slug, file);
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
      ...pick(page.rendered, page.body),
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

function pick({ html, headings, figures }: Rendered, markdown: string) {
  return { html, headings, figures, markdown };
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** markdown-it knows a paragraph's first line only; find the line inside it that has the URL. */
function lineOfUrl(lines: string[], { url, line }: { url: string; line: number }): number {
  for (let i = line; i < lines.length; i++) if (lines[i]?.includes(url)) return i;
  return line;
}
