/**
 * The theme editor, a page of `qiaoxin-site admin`: the webmaster picks the brand colours and
 * uploads the logo, and sees the derived palettes, every pair's contrast and the portal in the
 * new colours at once. It writes theme.json (and the logo and site.config.json's `logo`) only
 * when the build would accept them, judged by the build's own schema and file rules.
 *
 * The admin server has checked the token and the path before it calls this; everything read
 * from the request (bodies, colours, uploads) is still checked here.
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { themeSchema } from '../site/schemas.js';
import { t, withLang, type MessageLang } from '../messages/index.js';
import { readBody, sameOrigin, send, sendJson } from './http.js';
import { currentLogo, maxLogoBytes, saveLogo, tooBig } from './logo.js';
import { editorPage, pagePolicy } from './page.js';
import { invalidate, previewOf, servePreview } from './preview.js';
import {
  draftFromFile,
  draftOf,
  judge,
  maxThemeBytes,
  merged,
  readThemeFile,
  themeText,
  writeAtomically,
} from './theme-file.js';

export interface ThemeEditorContext {
  /** The site folder being edited. */
  siteDir: string;
  /** The request path after the admin server's token prefix: `/theme/`, `/theme/api/check`. */
  path: string;
  /** The URL prefix including the token (`/<token>`), for the page's links and requests. */
  base: string;
}

/** dist/admin-theme (and src/admin-theme), also from the command line's bundle in dist/cli-bundle. */
const here = new URL('../admin-theme/', import.meta.url);
/** packages/site-kit/styles, from dist/admin-theme (and src/admin-theme). */
const stylesheet = new URL('../../styles/theme-editor.css', import.meta.url);
const plain = 'text/plain; charset=utf-8';

/** Handles a request for the theme editor; false when `ctx.path` is not one of its paths. */
export async function handleThemeEditor(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ThemeEditorContext,
): Promise<boolean> {
  const path = ctx.path.split('?')[0] ?? '';
  if (path !== '/theme' && !path.startsWith('/theme/')) return false;
  const query = new URL(req.url ?? '/', 'http://editor.invalid').searchParams;
  const lang: MessageLang = /^en\b/i.test(query.get('lang') ?? '') ? 'en' : 'zh';
  const site = resolve(ctx.siteDir);
  const root = `${ctx.base.replace(/\/+$/, '')}/theme`;
  try {
    await withLang(lang, () => route(req, res, { site, path, root, lang }));
  } catch (error) {
    // A webmaster sees a sentence, never a stack; the admin's terminal gets the details.
    console.error(error);
    send(
      res,
      500,
      plain,
      t('editor.failed', { reason: (error as Error).message ?? String(error) }),
    );
  }
  return true;
}

interface Route {
  site: string;
  path: string;
  root: string;
  lang: MessageLang;
}

async function route(req: IncomingMessage, res: ServerResponse, r: Route): Promise<void> {
  const { site, path, root, lang } = r;
  const method = req.method ?? 'GET';
  const only = (allowed: string) => {
    if (method === allowed) return true;
    send(res, 405, plain, 'Method not allowed', { Allow: allowed });
    return false;
  };
  if (path === '/theme') return send(res, 301, plain, '', { Location: `${root}/` });
  if (path === '/theme/') {
    if (!only('GET')) return;
    const siteName = await siteNameOf(site, lang);
    const back = `${root.slice(0, -'/theme'.length)}/`;
    return send(res, 200, 'text/html; charset=utf-8', editorPage({ root, back, lang, siteName }), {
      'Content-Security-Policy': pagePolicy,
      'X-Frame-Options': 'SAMEORIGIN',
    });
  }
  const script = /^\/theme\/client\/(editor|preview|view)\.js$/.exec(path)?.[1];
  if (script) {
    if (!only('GET')) return;
    const code = await readFile(new URL(`client/${script}.js`, here));
    return send(res, 200, 'text/javascript; charset=utf-8', code);
  }
  if (path === '/theme/editor.css') {
    if (!only('GET')) return;
    return send(res, 200, 'text/css; charset=utf-8', await readFile(stylesheet));
  }
  if (path === '/theme/logo') {
    if (!only('GET')) return;
    const logo = await currentLogo(site);
    if (!logo) return send(res, 404, plain, t('editor.logoNone'));
    return send(res, 200, logo.type, logo.data, {
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    });
  }
  if (path.startsWith('/theme/preview/')) {
    if (!only('GET')) return;
    const preview = await previewOf(site, `${root}/preview/`);
    return servePreview(req, res, preview, path.slice('/theme/preview/'.length));
  }
  if (path === '/theme/api/state') {
    if (!only('GET')) return;
    return sendJson(res, 200, await state(site, root));
  }
  if (path === '/theme/api/preview') {
    if (!only('GET')) return;
    const preview = await previewOf(site, `${root}/preview/`);
    return sendJson(
      res,
      200,
      'out' in preview
        ? { home: preview.home, ...(preview.article && { article: preview.article }) }
        : { problems: preview.problems },
    );
  }
  if (path === '/theme/api/check' || path === '/theme/api/save' || path === '/theme/api/logo') {
    if (!only('POST')) return;
    if (!sameOrigin(req)) return send(res, 403, plain, 'Forbidden');
    if (path === '/theme/api/logo') return uploadLogo(req, res, site);
    const body = await readBody(req, maxThemeBytes);
    if ('tooLarge' in body) {
      return sendJson(res, 413, {
        ok: false,
        message: t('editor.tooLarge', { max: maxThemeBytes / 1024 }),
      });
    }
    let draft;
    try {
      draft = draftOf(JSON.parse(body.data.toString('utf8')));
    } catch {
      draft = undefined;
    }
    if (!draft) return sendJson(res, 400, { ok: false, message: t('editor.badRequest') });
    const judged = judge(draft);
    if (path === '/theme/api/check') return sendJson(res, 200, judged);
    return save(res, site, draft, judged);
  }
  send(res, 404, plain, 'Not found');
}

/**
 * What the page starts from: the theme as saved, judged, and the logo. The preview is asked for
 * apart (api/preview), so the form is ready before the portal's assets are.
 */
async function state(site: string, root: string) {
  const file = await readThemeFile(site);
  const draft = 'theme' in file ? draftFromFile(file.theme) : {};
  const logo = await currentLogo(site);
  return {
    theme: draft,
    ...('problem' in file && { fileProblem: file.problem }),
    judged: judge(draft),
    ...(logo && { logo: `${root}/logo` }),
  };
}

async function save(
  res: ServerResponse,
  site: string,
  draft: Record<string, string>,
  judged: ReturnType<typeof judge>,
) {
  if (!judged.ok) {
    const messages = Object.values(judged.problems).flat();
    return sendJson(res, 422, {
      ...judged,
      message: t('editor.failed', { reason: messages.join('; ') }),
    });
  }
  // Read again now: the file may have changed since the page opened (another editor, a developer).
  const file = await readThemeFile(site);
  if ('problem' in file) return sendJson(res, 409, { ok: false, message: file.problem });
  const theme = merged(file.theme, draft);
  // The whole file as it will be written, `$schema` included, through the build's schema.
  const parsed = themeSchema.safeParse(theme);
  if (!parsed.success) {
    const reason = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    return sendJson(res, 422, { ...judged, ok: false, message: t('editor.failed', { reason }) });
  }
  await writeAtomically(site, 'theme.json', themeText(theme));
  await invalidate(site);
  sendJson(res, 200, { ...judged, message: t('editor.saved') });
}

async function uploadLogo(req: IncomingMessage, res: ServerResponse, site: string) {
  const body = await readBody(req, maxLogoBytes);
  const result = 'tooLarge' in body ? tooBig(body.tooLarge) : await saveLogo(site, body.data);
  if (result.ok) await invalidate(site);
  sendJson(res, result.ok ? 200 : result.status, result);
}

/** The site's short name for the page title, as site.config.json has it (the folder's if not). */
async function siteNameOf(site: string, lang: MessageLang): Promise<string> {
  try {
    const config = JSON.parse(await readFile(join(site, 'site.config.json'), 'utf8')) as {
      shortName?: { zh?: string; en?: string };
      name?: { zh?: string; en?: string };
    };
    const name = config.shortName ?? config.name;
    return (lang === 'en' ? name?.en : undefined) ?? name?.zh ?? site;
  } catch {
    return site;
  }
}
