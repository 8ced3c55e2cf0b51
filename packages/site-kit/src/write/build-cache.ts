/**
 * The build cache: a key for every page, made of everything the page shows, so a rebuild can
 * tell which pages an edit touches and render only those. The keys of the pages in an output
 * are kept in its manifest (`manifestName`, a dotfile web servers do not publish), so the next
 * build knows which pages it can keep.
 */
import { hash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from '@qiaoxin/i18n';
import type { Assets } from '../render/page.js';
import type { PageSpec, Route } from '../render/routes.js';
import type { Article, Site } from '../site/types.js';
import type { ClientRecord } from './client.js';
import { sanitisedSvgs } from '../site/media.js';

export const manifestName = '.qiaoxin-build.json';
/** Changed whenever the manifest's meaning changes: an older manifest means a full build. */
const format = 2;

export interface Manifest {
  format: number;
  /** Output page file (relative) → its key. */
  pages: Record<string, string>;
  /** The client bundle in the output (see client.ts), reused by the next build if the same. */
  client?: ClientRecord;
  /** SVGs sanitised (site/media.ts) by this code: the next build with the same code reuses them. */
  svg?: { code: string; sanitised: Record<string, string> };
  /** The sitemap files (sitemaps.ts) and the key of what they show: kept while it is the same. */
  sitemaps?: SitemapRecord;
}

export interface SitemapRecord {
  key: string;
  files: string[];
}

// One string hashed at once (`hash`): the 36,000 keys of a 10,000-article archive, made once
// each as a build does, took 0.20 s with a Hash object and an update per part, 0.11 s so.
const digest = (...parts: string[]) =>
  hash('sha256', `${parts.join('\0')}\0`, 'base64url').slice(0, 22);

/** Maps are cache inputs too (the published images and files): written as their entries. */
const json = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) => (v instanceof Map ? [...v.entries()] : v));

const require = createRequire(import.meta.url);
const kitRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The code that renders pages: site-kit's own build and styles, the built packages it renders
 * with, and the versions of the libraries it depends on (Lit, markdown-it, OpenCC…). A new
 * version of any, or a rebuilt package while working in the repository, changes it, and every
 * page is rendered again. Sizes and modification times, not contents: reading a few hundred
 * files' metadata costs milliseconds.
 */
export function codeKey(): Promise<string> {
  // Once per process: the modules it has loaded are the code that renders, whatever is rebuilt
  // on disk meanwhile (the dev server's rebuilds run in the same process).
  return (loadedCode ??= readCodeKey());
}
let loadedCode: Promise<string> | undefined;

async function readCodeKey(): Promise<string> {
  const roots = [
    join(kitRoot, 'dist'),
    join(kitRoot, 'styles'),
    ...['@qiaoxin/components', '@qiaoxin/tokens', '@qiaoxin/i18n'].map((name) =>
      join(dirname(require.resolve(`${name}/package.json`)), 'dist'),
    ),
  ];
  const entries: string[] = [];
  // Synchronous: a few hundred stats awaited one by one took a tenth of a second.
  for (const root of roots) {
    const names = existsSync(root) ? readdirSync(root, { recursive: true, encoding: 'utf8' }) : [];
    for (const name of names.sort()) {
      const info = statSync(join(root, name), { throwIfNoEntry: false });
      if (info?.isFile()) entries.push(`${root}/${name}:${info.size}:${info.mtimeMs}`);
    }
  }
  return digest(...entries, ...(await dependencyVersions()));
}

/**
 * `name@version` of each of site-kit's dependencies, from the package.json that Node's lookup
 * finds (node_modules folders upwards; some packages' `exports` hide their package.json from
 * `require.resolve`).
 */
async function dependencyVersions(): Promise<string[]> {
  const own = JSON.parse(await readFile(join(kitRoot, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const versions: string[] = [];
  for (const name of Object.keys(own.dependencies ?? {}).sort()) {
    for (let dir = kitRoot; ; dir = dirname(dir)) {
      const file = join(dir, 'node_modules', name, 'package.json');
      const text = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      if (text) {
        versions.push(`${name}@${(JSON.parse(text) as { version?: string }).version}`);
        break;
      }
      if (dirname(dir) === dir) break;
    }
  }
  return versions;
}

/**
 * Keys the pages of one build. Articles, section, topic and yearly lists and the site map carry
 * in their route all the content they show; the about, search, statement and 404 pages show
 * only what every page does (and the about page's body, as an article's, may link into the
 * site); the home page shows a bit of everything, so its key includes every article and the day.
 */
export function pageKeys(site: Site, assets: Assets, code: string) {
  // Everything any page shows besides its own route: config, theme, figures, topics, the
  // published files and pictures, the stylesheet and scripts.
  const shared = digest(
    String(format),
    code,
    json({
      config: site.config,
      theme: site.theme,
      stats: site.stats,
      about: site.about,
      topics: site.topics,
      categories: site.categories,
      assets,
    }),
  );
  // The pages that exist decide how a body's links into the site are written.
  const pages = digest(...site.pages);
  const linked = (markdown: string) => (linksIntoSite(markdown) ? pages : '');
  // An article is written into the keys of its page and of every list that shows it as the
  // digest of its file (`Article.digest`), the same in every edition: an edition's article is
  // made from it by code (codeKey) and the edition's settings (config, in `shared`). Digests
  // of each article's JSON, in each edition, took a third of a second at 10,000.
  const articleKey = (article: Article) => article.digest;
  // Plain JSON: a route holds no Map, and `json`'s replacer is called for every value of the
  // 36,000 routes of a big archive.
  const routeJson = (route: Route) =>
    JSON.stringify({
      ...route,
      ...('article' in route && { article: articleKey(route.article) }),
      ...('articles' in route && { articles: route.articles.map(articleKey) }),
    });
  let everything: string | undefined;
  const all = () => (everything ??= digest(shared, site.today, ...site.articles.map(articleKey)));
  return (locale: Locale, spec: PageSpec): string => {
    const { route } = spec;
    switch (route.kind) {
      case 'article':
        return digest(shared, locale, spec.path, linked(route.article.markdown), routeJson(route));
      case 'list':
      case 'year':
      case 'topic': {
        // Pinned notices are shown as pinned until their day: that list changes with the date.
        const day = route.kind !== 'topic' && route.category.kind === 'notices' ? site.today : '';
        return digest(shared, locale, spec.path, day, routeJson(route));
      }
      // Not rendered again for every edit of an article: at 10,000 articles a one-article edit
      // rendered 27 pages, 12 of them these, while its search parts were being indexed.
      case 'sitemap': // its route holds the years and counts it lists
      case 'search':
      case 'accessibility':
      case 'not-found':
        return digest(shared, locale, spec.path, routeJson(route));
      case 'about':
        return digest(
          shared,
          locale,
          spec.path,
          linked(site.about?.markdown ?? ''),
          routeJson(route),
        );
      case 'home':
        return digest(all(), locale, spec.path, routeJson(route));
    }
  };
}

/** Whether a Markdown body may link to a page of the site (`](/…`, `]: /…`, `href="/…`). */
const linksIntoSite = (markdown: string) => /\]\(\s*<?\/|\]:\s*<?\/|href=["']?\//.test(markdown);

/** The manifest of a previous build's output, or undefined (none, unreadable, older format). */
export async function readManifest(out: string): Promise<Manifest | undefined> {
  const text = await readFile(join(out, manifestName), 'utf8').catch(() => undefined);
  if (!text) return undefined;
  try {
    const manifest = JSON.parse(text) as Manifest;
    return manifest.format === format && typeof manifest.pages === 'object' ? manifest : undefined;
  } catch {
    return undefined;
  }
}

export async function manifestText(
  pages: Record<string, string>,
  client?: ClientRecord,
  sitemaps?: SitemapRecord,
): Promise<string> {
  const svg = { code: await codeKey(), sanitised: sanitisedSvgs.entries() };
  const manifest: Manifest = {
    format,
    pages,
    ...(client && { client }),
    svg,
    ...(sitemaps && { sitemaps }),
  };
  return `${JSON.stringify(manifest)}\n`;
}

/** Takes the SVGs a previous build sanitised, when it ran this very code. */
export async function reuseSanitised(manifest: Manifest): Promise<void> {
  const svg = manifest.svg;
  if (svg?.code === (await codeKey()) && svg.sanitised && typeof svg.sanitised === 'object')
    sanitisedSvgs.prime(svg.sanitised);
}
