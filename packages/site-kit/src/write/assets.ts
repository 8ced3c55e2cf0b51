import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'lightningcss';
import { parseMarkdown, type PublishedImage } from '../markdown/markdown.js';
import type { Page, Site } from '../site/types.js';
import { pagesRead } from '../site/articles.js';
import { SiteError } from '../site/problems.js';
import {
  bannerRule,
  imageRule,
  logoRule,
  readSiteFile,
  wechatRule,
  type Checked,
  type FileRule,
  type SiteFile,
} from '../site/site-files.js';
import { publishFiles, type Bodies } from './files.js';
import { derivePalettes, emblemSvg, paletteCss } from '../theme/index.js';
import type { Assets } from '../render/page.js';
import { localeText } from '../render/routes.js';
import { converterOf } from '../render/traditional.js';
import { editionsOf } from '../site/editions.js';
import { cardSize, cardSvg, renderCard } from './og-card.js';
import { buildClient, type PreviousClient } from './client.js';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
/** packages/site-kit, both from src/write (tests) and dist/write (the CLI). */
const kitRoot = join(here, '../..');

const hash = (data: string | Buffer) =>
  createHash('sha256').update(data).digest('hex').slice(0, 10);

/**
 * Writes everything a page refers to into `out` and says where it went; the client bundle is
 * taken from `previous` (the output being rebuilt) when it is the same.
 */
export async function buildAssets(
  site: Site,
  out: string,
  previous?: PreviousClient,
): Promise<Assets> {
  const base = site.config.basePath;
  await mkdir(join(out, 'assets'), { recursive: true });
  // One after another: a failure must not leave another step writing into a folder being removed.
  const stylesheet = await buildStylesheet(site, out);
  const scripts = await buildClient(site, out, previous);
  const logo = await copyLogo(site, out);
  // Each body parsed once, for the pictures and the files it uses: most were, by the loader.
  const pages = [...site.articles, ...(site.about ? [site.about] : [])];
  const bodyOf = (page: Page) => pagesRead.get(page) ?? parseMarkdown(page.markdown).env;
  const bodies = new Map(pages.map((page) => [page, bodyOf(page)]));
  const images = await copyImages(site, out, bodies);
  const files = await publishFiles(site, out, bodies);
  const banner = await copyPicture(site, out, site.config.banner, bannerRule, 'banner');
  const wechat = await copyPicture(site, out, site.config.footer.wechat?.qr, wechatRule, 'wechat');
  const cards = await writeCards(site, out, logo);
  return {
    cards,
    stylesheet: `${base}${stylesheet}`,
    scripts,
    ...(logo && {
      logo: { src: logo.src, width: logo.width, height: logo.height },
      icon: logo.src,
      ...(logo.type && { iconType: logo.type }),
    }),
    images,
    files,
    ...(banner && { banner }),
    ...(wechat && { wechat }),
  };
}

/**
 * Tokens, the site's palette and the page layout, as one cacheable, content-hashed file. The
 * palette (derived from theme.json's brand colours, see src/theme/) follows the tokens' own
 * `:root` and `:root[data-qx-elder]` blocks with the same selectors, so it wins in both modes.
 */
async function buildStylesheet(site: Site, out: string): Promise<string> {
  const tokens = await readFile(require.resolve('@qiaoxin/tokens/tokens.css'), 'utf8');
  const layout = await readFile(join(kitRoot, 'styles/portal.css'), 'utf8');
  const home = await readFile(join(kitRoot, 'styles/home.css'), 'utf8');
  const print = await readFile(join(kitRoot, 'styles/print.css'), 'utf8');
  const cursors = await copyCursors(site, out);
  // Print rules come last, so they win over the screen layout when a page is printed.
  const source = `${tokens}\n${paletteCss(site.theme)}\n${cursors}\n${layout}\n${home}\n${print}`;
  const { code } = transform({ filename: 'site.css', code: Buffer.from(source), minify: true });
  const file = `assets/site-${hash(Buffer.from(code))}.css`;
  await writeFile(join(out, file), code);
  return file;
}

/**
 * The accessibility toolbar's large cursors (@qiaoxin/components' SVG files), copied with a
 * content hash; the returned CSS points tokens.css's `--qx-cursor-black` / `-white` at them by
 * absolute path (a relative url() in a custom property would resolve against the page).
 */
async function copyCursors(site: Site, out: string): Promise<string> {
  const declarations = [];
  for (const colour of ['black', 'white']) {
    const svg = await readFile(require.resolve(`@qiaoxin/components/cursors/${colour}.svg`));
    const file = `assets/cursor-${colour}-${hash(svg)}.svg`;
    await writeFile(join(out, file), svg);
    declarations.push(`--qx-cursor-${colour}:url("${site.config.basePath}${file}") 4 2,auto`);
  }
  return `:root{${declarations.join(';')}}`;
}

/**
 * The site's logo (checked and, for an SVG, sanitised by site-files.ts, then copied with a
 * content hash), which is also its favicon. A site without one gets an emblem drawn from its
 * primary colour and the first character of its short name, so no portal shows a blank header
 * corner or the browser's default icon.
 */
async function copyLogo(site: Site, out: string) {
  if (!site.config.logo) {
    const { normal } = derivePalettes(site.theme);
    const name = site.config.shortName?.zh ?? site.config.name.zh;
    const svg = emblemSvg(name, normal.primary.css, normal['on-primary'].css);
    const file = `assets/emblem-${hash(svg)}.svg`;
    await writeFile(join(out, file), svg);
    return {
      src: `${site.config.basePath}${file}`,
      width: 64,
      height: 64,
      type: 'image/svg+xml',
      data: Buffer.from(svg),
    };
  }
  const { path, data, size, type } = checked(
    await readSiteFile(site.dir, site.config.logo, logoRule),
    'site.config.json',
  );
  const ending = extname(path);
  const name = `assets/${basename(path, ending)}-${hash(data)}${ending}`;
  await writeFile(join(out, name), data);
  return {
    src: `${site.config.basePath}${name}`,
    ...(size ?? { width: 64, height: 64 }),
    type,
    data,
  };
}

/**
 * The header banner or the WeChat QR code: checked as the logo is, copied into assets/ with a
 * content hash, with its size when it has one.
 */
async function copyPicture(
  site: Site,
  out: string,
  written: string | undefined,
  rule: FileRule,
  prefix: string,
) {
  if (!written) return undefined;
  const { path, data, size } = checked(
    await readSiteFile(site.dir, written, rule),
    'site.config.json',
  );
  const name = `assets/${prefix}-${hash(data)}${extname(path)}`;
  await writeFile(join(out, name), data);
  return { src: `${site.config.basePath}${name}`, ...size };
}

/** One social card per edition (see og-card.ts), named by its content. */
async function writeCards(
  site: Site,
  out: string,
  logo: { type: string; data: Buffer },
): Promise<Assets['cards']> {
  const cards: Assets['cards'] = {};
  for (const locale of editionsOf(site.config)) {
    const variant = locale === 'zh-Hant' ? site.config.traditional : undefined;
    const name = localeText(locale, site.config.name);
    const svg = cardSvg(site.theme, variant ? converterOf(variant)(name) : name, locale, logo);
    const png = await renderCard(svg);
    const file = `assets/card-${hash(png)}.png`;
    await writeFile(join(out, file), png);
    cards[locale] = { src: `${site.config.basePath}${file}`, ...cardSize, type: 'image/png' };
  }
  return cards;
}

/**
 * Publishes only the pictures pages refer to (article and about images, article covers, topic
 * banners), each
 * checked by site-files.ts and written as a plain copy (an SVG sanitised) at the path it is
 * referred to by, relative to content/: `images/…` as before. Nothing else in content/ is
 * published, so drafts, dotfiles, HTML and links out of the folder stay where they are.
 */
async function copyImages(site: Site, out: string, bodies: Bodies) {
  const published = new Map<string, PublishedImage>();
  const sources = [...bodies.values()].flatMap((body) => body.images.map((i) => i.url));
  const covers = site.articles.flatMap((a) => (a.cover ? [{ src: a.cover, file: a.file }] : []));
  const banners = site.topics.map((topic) => ({ src: topic.banner, file: 'site.config.json' }));
  const used = [...sources.map((src) => ({ src, file: 'content' })), ...covers, ...banners];
  // Remote and site-absolute images are left as written.
  const done = new Set<string>();
  for (const { src, file } of used.filter(({ src }) => !/^[a-z][a-z0-9+.-]*:|^\/|^#/i.test(src))) {
    if (done.has(src)) continue;
    done.add(src);
    const image = checked(await readSiteFile(site.dir, src, imageRule), file);
    await mkdir(dirname(join(out, image.path)), { recursive: true });
    await writeFile(join(out, image.path), image.data);
    // Only measured pictures are rewritten (as always): anything else keeps its URL.
    if (image.size) published.set(src, { url: `${site.config.basePath}${src}`, ...image.size });
  }
  return published;
}

/** loadSite checked every file; one that changed since is refused the same way. */
function checked(result: Checked, file: string): SiteFile {
  if ('problem' in result) throw new SiteError([{ file, message: result.problem }]);
  return result.file;
}
