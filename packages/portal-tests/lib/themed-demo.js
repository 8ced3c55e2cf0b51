// The screenshot tests' portals: the demo site's content (every page type) built once under
// each site's look. A "look" is what a site folder gives besides its content: theme.json, the
// logo, the names the header shows, and the header banner. Chongqing and Jinshan keep to their
// seed articles and so have no notices or topics of their own; their content is guarded by
// the other portal tests, their look here.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { mountOf, serveStatic } from '@qiaoxin/site-kit/serve';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cli = join(root, 'packages/site-kit/dist/cli.js');

/** The looks, by the site folder each comes from. */
export const themes = ['chongqing', 'jinshan', 'demo'];

/** Every page type the portals have; each must be found in the demo's build. */
export const pageTypes = [
  'home',
  'section',
  'article',
  'notice',
  'topic',
  'about',
  'search',
  '404',
];

/**
 * The content the shots are taken of: sites/demo. Until it exists (it is being written for
 * issue 17), Jinshan's content stands in, and the notice and topic shots fail saying why.
 */
export function contentSource() {
  const demo = join(root, 'sites/demo');
  if (existsSync(join(demo, 'site.config.json'))) return { id: 'demo', dir: demo };
  return { id: 'jinshan', dir: join(root, 'sites/jinshan'), standIn: true };
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** A file a site config names (logo, banner), wherever in the site folder it lives. */
function copyNamedFile(from, to, name) {
  for (const base of ['', 'content', 'content/images']) {
    const file = join(from, base, name);
    if (existsSync(file)) {
      mkdirSync(dirname(join(to, base, name)), { recursive: true });
      cpSync(file, join(to, base, name));
      return;
    }
  }
}

/** The look-giving config fields: the header's names, logo and banner. */
const lookFields = ['name', 'shortName', 'logo', 'banner'];

/**
 * Copies the content source into `temp/<theme>/<id>` with `theme`'s look, builds it with the
 * real CLI, and returns `{ theme, id, basePath, dist }`.
 */
export async function buildThemed(theme, temp) {
  const source = contentSource();
  const dir = join(temp, theme, source.id);
  cpSync(source.dir, dir, {
    recursive: true,
    filter: (src) => !/[/\\](dist[^/\\]*|node_modules|\.turbo)$/.test(src),
  });
  const configFile = join(dir, 'site.config.json');
  const config = readJson(configFile);
  const lookDir = join(root, 'sites', theme);
  if (!existsSync(join(lookDir, 'site.config.json'))) {
    throw new Error(`sites/${theme} does not exist, so its look cannot be shot`);
  }
  if (lookDir !== source.dir) {
    const look = readJson(join(lookDir, 'site.config.json'));
    // A field the look's site lacks becomes undefined, which JSON leaves out.
    for (const field of lookFields) config[field] = look[field];
    for (const field of ['logo', 'banner']) {
      if (typeof look[field] === 'string') copyNamedFile(lookDir, dir, look[field]);
    }
    writeFileSync(configFile, JSON.stringify(config, null, 2));
    cpSync(join(lookDir, 'theme.json'), join(dir, 'theme.json'));
  }
  const dist = join(dir, 'dist');
  try {
    await promisify(execFile)(process.execPath, [cli, 'build', dir, '--out', dist]);
  } catch (error) {
    throw new Error(`building ${source.id} with the ${theme} look failed:\n${error.stderr}`);
  }
  return { theme, id: source.id, basePath: config.basePath, dist };
}

/** Serves one built portal on a free port; resolves with `{ origin, close }`. */
export async function serve({ basePath, dist }) {
  const server = serveStatic([mountOf(basePath, dist)]);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Every zh-CN page of a build (other editions have their own folders), as paths under dist. */
function zhPages(dist) {
  const found = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') found.push(relative(dist, path).split(sep).join('/'));
    }
  };
  walk(dist);
  return found.filter((p) => !/^(en|zh-hant)\//.test(p)).sort();
}

/**
 * The first `href` on a `<tag …>` start tag: the blocks of issue 17 carry their link on the
 * host element (CONTRACT-17), and this reads our own build's output, where attributes are
 * always double-quoted, so a pattern is exact enough here and no HTML parser is needed.
 */
function hostHref(html, tag) {
  const start = new RegExp(`<${tag}\\b[^>]*?\\shref="([^"]+)"`).exec(html);
  return start?.[1];
}

/**
 * The page table: for each page type, the URL path of the one page shot for it, or an
 * `error` saying why none was found. Found from the build (not from a list that can go stale):
 * the first category of site.config.json with an article that is not the notices list is the
 * section, its first article page (by path) the article; a notice is what a `<qx-notice-item>` links to, a topic what
 * a `<qx-topic-banner>` links to, looking first on the home page.
 */
export function pageTable({ id, basePath, dist }, config) {
  const pages = zhPages(dist);
  const html = (page) => readFileSync(join(dist, page), 'utf8');
  const urlOf = (page) => basePath + page.replace(/index\.html$/, '');
  const table = {
    home: 'index.html',
    about: 'about/index.html',
    search: 'search/index.html',
  };
  const articleIn = (section) =>
    pages.find(
      (p) =>
        p !== section &&
        p.startsWith(section.replace(/index\.html$/, '')) &&
        html(p).includes('<meta property="og:type" content="article">'),
    );
  // The first section (in the config's order) with an article that is not the notices list.
  const section = config.categories
    ?.map((c) => `${c.id}/index.html`)
    .find((p) => pages.includes(p) && !html(p).includes('<qx-notice-list') && articleIn(p));
  if (section) {
    table.section = section;
    table.article = articleIn(section);
  }
  const byHref = (tag) => {
    for (const page of ['index.html', ...pages]) {
      const href = hostHref(html(page), tag);
      if (href) return href;
    }
    return undefined;
  };
  const result = {};
  for (const type of pageTypes) {
    if (type === '404') {
      result[type] = { path: `${basePath}404.html` };
    } else if (type === 'notice' || type === 'topic') {
      const tag = type === 'notice' ? 'qx-notice-item' : 'qx-topic-banner';
      const href = byHref(tag);
      result[type] = href
        ? { path: href }
        : { error: `sites/${id} has no ${type} page: no <${tag} href> on any of its pages` };
    } else {
      const page = table[type];
      result[type] =
        page && pages.includes(page)
          ? { path: urlOf(page) }
          : { error: `sites/${id} has no ${type} page in its build` };
    }
  }
  return result;
}

export const configOfBuild = (built) => readJson(join(built.dist, '..', 'site.config.json'));
