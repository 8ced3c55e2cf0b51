/**
 * The portal as the build makes it, served inside the editor for its preview frames: the site
 * loaded and validated by loadSite, its assets written by the build's own buildAssets (the
 * stylesheet, the client bundles, the logo, the pictures) and each page rendered by renderPage
 * when it is first asked for, all under the editor's own URL so the frames are same-origin and
 * the page can repaint them in a draft's colours (client.ts sets the palette's custom properties
 * on each frame's root, which beats the built stylesheet in normal and elder mode alike).
 * Only the pages asked for are rendered (home and one article at first), so it stays fast.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { Locale } from '@qiaoxin/i18n';
import { loadSite } from '../site/load.js';
import { SiteError, formatProblem } from '../site/problems.js';
import type { Site } from '../site/types.js';
import type { PageSpec } from '../render/routes.js';
import type { Assets } from '../render/page.js';
import { editionFolders, editionsOf } from '../site/editions.js';
import { parseRequestPath, resolveInside, svgPolicy } from '../serve/paths.js';
import { usePortalRuntime } from '../portal-runtime.js';
import { describeError } from '../system-errors.js';
import { send } from './http.js';

interface Ready {
  out: string;
  assets: Assets;
  /** Each page by its path below the preview prefix (`''`, `en/`, `qldt/five-year-review/`). */
  pages: Map<string, { site: Site; locale: Locale; spec: PageSpec; html?: string }>;
  home: string;
  article?: string;
}
export type Prepared = Ready | { problems: string[] };

const prepared = new Map<string, Promise<Prepared>>();
/** Folders to remove when the process ends, whatever it is stopped by. */
const folders = new Set<string>();
process.once('exit', () => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** The preview of `siteDir` served under `prefix` (`/<token>/theme/preview/`), made once. */
export function previewOf(siteDir: string, prefix: string): Promise<Prepared> {
  const key = `${siteDir}\0${prefix}`;
  let preview = prepared.get(key);
  if (!preview) {
    preview = prepare(siteDir, prefix);
    prepared.set(key, preview);
  }
  return preview;
}

/** Forgets the preview after a save, so the next request sees the new files. */
export async function invalidate(siteDir: string): Promise<void> {
  for (const [key, preview] of prepared) {
    if (!key.startsWith(`${siteDir}\0`)) continue;
    prepared.delete(key);
    const ready = await preview.catch(() => undefined);
    if (ready && 'out' in ready) {
      folders.delete(ready.out);
      await rm(ready.out, { recursive: true, force: true });
    }
  }
}

async function prepare(siteDir: string, prefix: string): Promise<Prepared> {
  let site: Site;
  try {
    site = await loadSite(siteDir);
  } catch (error) {
    if (error instanceof SiteError) return { problems: error.problems.map(formatProblem) };
    return { problems: [describeError(error)] };
  }
  // The renderer and the components need the portals' i18n runtime in place first (build.ts
  // is loaded the same way by buildSite).
  usePortalRuntime();
  const [{ buildAssets }, { routesOf, urlOf }, { traditionalSite }] = await Promise.all([
    import('../write/assets.js'),
    import('../render/routes.js'),
    import('../render/traditional.js'),
  ]);
  // The pages' own URLs (stylesheet, scripts, links between pages) lead to this preview.
  site = { ...site, config: { ...site.config, basePath: prefix } };
  const out = await mkdtemp(join(tmpdir(), 'qiaoxin-theme-preview-'));
  folders.add(out);
  try {
    const assets = await buildAssets(site, out);
    const pages: Ready['pages'] = new Map();
    for (const locale of editionsOf(site.config)) {
      const edition =
        locale === 'zh-Hant' && site.config.traditional
          ? traditionalSite(site, site.config.traditional)
          : site;
      for (const spec of routesOf(edition)) {
        pages.set(urlOf(edition, locale, spec.path).slice(prefix.length), {
          site: edition,
          locale,
          spec,
        });
      }
    }
    const article = site.articles[0];
    return {
      out,
      assets,
      pages,
      home: prefix,
      ...(article && { article: urlOf(site, 'zh-CN', article.path) }),
    };
  } catch (error) {
    folders.delete(out);
    await rm(out, { recursive: true, force: true });
    if (error instanceof SiteError) return { problems: error.problems.map(formatProblem) };
    return { problems: [describeError(error)] };
  }
}

const types: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

/** Serves `rest` (the path below the preview prefix, still percent-encoded) of the preview. */
export async function servePreview(
  req: IncomingMessage,
  res: ServerResponse,
  preview: Prepared,
  rest: string,
): Promise<void> {
  if (!('out' in preview))
    return send(res, 503, 'text/plain; charset=utf-8', preview.problems.join('\n'));
  const url = parseRequestPath(`/${rest}`);
  if (!url) return send(res, 400, 'text/plain; charset=utf-8', 'Bad request');
  const path = `${url.segments.join('/')}${url.slash && url.segments.length ? '/' : ''}`;
  const page = preview.pages.get(path) ?? preview.pages.get(`${path}/`);
  if (page) return sendPage(res, preview, page, 200);
  const found = await resolveInside(preview.out, url.segments);
  if (found?.stats.isFile()) {
    const type = types[extname(found.path).toLowerCase()] ?? 'application/octet-stream';
    const headers = type === 'image/svg+xml' ? { 'Content-Security-Policy': svgPolicy } : {};
    return send(res, 200, type, await readFile(found.path), headers);
  }
  const folder = Object.values(editionFolders).find((f) => f && path.startsWith(f)) ?? '';
  const notFound = preview.pages.get(`${folder}404.html`);
  if (notFound && req.method === 'GET') return sendPage(res, preview, notFound, 404);
  send(res, 404, 'text/plain; charset=utf-8', 'Not found');
}

async function sendPage(
  res: ServerResponse,
  preview: Ready,
  page: NonNullable<ReturnType<Ready['pages']['get']>>,
  status: number,
) {
  const { renderPage } = await import('../render/page.js');
  page.html ??= await renderPage(page.site, page.spec, page.locale, preview.assets);
  // Framed by the editor's page only.
  send(res, status, 'text/html; charset=utf-8', page.html, { 'X-Frame-Options': 'SAMEORIGIN' });
}
