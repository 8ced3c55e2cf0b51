import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  mountOf,
  parseRequestPath,
  resolveInside,
  serveStatic,
} from '@qiaoxin/site-kit/admin-support';
import { createAuth } from './auth.js';
import { backendAction, Refusal } from './backend.js';
import { cmsConfig } from './cms-config.js';
import { langOf, say, type Lang } from './messages.js';
import { handleApi, type ApiState } from './api.js';
import { mountTheme } from './theme-mount.js';

const clientDir = fileURLToPath(new URL('./client/', import.meta.url));
/** Uploads are at most 20 MB; base64 in JSON makes that about 27 MB. */
const maxBody = 28 * 1024 * 1024;

export interface AdminServer {
  server: Server;
  url: string;
  token: string;
  close(): Promise<void>;
}

/**
 * The editor's server, on 127.0.0.1 only. Every request passes, in order: the host and token
 * check (auth.ts, 403), site-kit's request-path parser (400 for malformed encoding, dot
 * segments, backslashes, NUL), then one route: the editor page and its script (GET), Decap's
 * backend and the editor's own actions (POST under /_admin/api/), the theme editor (/theme),
 * previews (/_preview/) and the built portal (GET under its base path), both read-only
 * through site-kit's static server.
 */
export async function startServer(
  siteDir: string,
  options: { port: number; lang: Lang },
): Promise<AdminServer> {
  let port = 0;
  const auth = createAuth(() => port);
  const previewRoot = await mkdtemp(join(tmpdir(), 'qiaoxin-preview-'));
  const state: ApiState = {
    siteDir,
    previewRoot,
    previews: 0,
    ready: new Set(),
    lang: options.lang,
  };
  const previews = serveStatic([mountOf('/_preview/', previewRoot)]);

  const server = createServer((req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cache-Control', 'no-store');
    route(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      const status = error instanceof Refusal ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (status === 500) console.error(error);
      sendJson(res, status, { error: message });
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse) {
    const target = req.url ?? '';
    const query = new URLSearchParams(
      target.includes('?') ? target.slice(target.indexOf('?') + 1) : '',
    );
    if (!auth.check(req, res, query)) return;
    const url = parseRequestPath(target);
    if (!url) return sendText(res, 400, 'Bad request');
    const path = `/${url.segments.join('/')}${url.slash && url.segments.length ? '/' : ''}`;
    const [first, second] = url.segments;
    const lang = langOf(req.headers['x-qiaoxin-lang'], options.lang);

    if (first === 'theme') {
      if (await mountTheme(req, res, { siteDir, path, base: '' })) return;
      return sendText(res, 404, 'Not found');
    }
    if (first === '_admin' && second === 'api') {
      if (req.method !== 'POST') return sendText(res, 405, 'Method not allowed', { Allow: 'POST' });
      const body = await readJson(req, lang);
      const action = url.segments.slice(2).join('/');
      if (action === 'v1') {
        const { action: name, params } = body as { action?: unknown; params?: unknown };
        const result = await backendAction(
          { siteDir, lang },
          typeof name === 'string' ? name : '',
          (params && typeof params === 'object' ? params : {}) as Record<string, unknown>,
        );
        return sendJson(res, 200, result ?? null);
      }
      return sendJson(res, 200, await handleApi(state, action, body, lang));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    if (path === '/') return sendText(res, 303, '', { Location: '/_admin/' });
    if (path === '/_admin/') return sendPage(res, query.get('lang') === 'en' ? 'en' : options.lang);
    if (first === '_admin' && second === 'config.json') {
      return sendJson(res, 200, await cmsConfig(siteDir, query.get('lang') === 'en' ? 'en' : 'zh'));
    }
    if (first === '_admin' && second === 'static') {
      const found = await resolveInside(clientDir, url.segments.slice(2));
      if (!found?.stats.isFile()) return sendText(res, 404, 'Not found');
      const type = found.path.endsWith('.js')
        ? 'text/javascript; charset=utf-8'
        : found.path.endsWith('.wasm')
          ? 'application/wasm'
          : found.path.endsWith('.css')
            ? 'text/css; charset=utf-8'
            : 'application/octet-stream';
      res.writeHead(200, { 'Content-Type': type });
      return res.end(req.method === 'HEAD' ? undefined : await readFile(found.path));
    }
    if (first === '_preview') return void previews.emit('request', req, res);
    // The built portal, where the build put it (site-kit's static server: read-only).
    if (state.portal) return void state.portal.emit('request', req, res);
    return sendText(res, 404, 'Not found');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: another machine, or this one's network address, finds no server.
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    token: auth.token,
    url: `http://127.0.0.1:${port}/?token=${auth.token}`,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Before waiting: an open tab's kept-alive connections would hold the close back.
      server.closeAllConnections();
      await closed;
      await rm(previewRoot, { recursive: true, force: true });
    },
  };
}

function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}

function sendJson(res: ServerResponse, status: number, value: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(value));
}

/** The editor page: Decap's script and ours, nothing else; in the editor's language. */
function sendPage(res: ServerResponse, lang: Lang) {
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'X-Frame-Options': 'DENY',
    // Only the editor's own script (eval: Decap validates its configuration with ajv, which
    // compiles schemas to functions); styles inline (Decap's emotion writes <style> elements);
    // pictures as blobs (uploads not yet saved); frames only the editor's own previews.
    'Content-Security-Policy':
      "default-src 'self'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' blob: data:; connect-src 'self' blob: data:; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  });
  res.end(`<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${lang === 'en' ? 'Qiaoxin editor' : '侨心网站编辑器'}</title>
<meta name="qx-lang" content="${lang}"></head>
<body><script type="module" src="/_admin/static/admin.js"></script></body>
</html>`);
}

async function readJson(req: IncomingMessage, lang: Lang): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBody)
      throw new Refusal(413, say(lang, 'bodyTooLarge', { max: maxBody / 1024 / 1024 }));
    chunks.push(chunk);
  }
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new Refusal(400, say(lang, 'badRequest'));
}
