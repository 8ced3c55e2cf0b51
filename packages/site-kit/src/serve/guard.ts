import { lstat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { isHidden, parseRequestPath, resolveInside, svgPolicy } from './paths.js';

/**
 * The rules serveStatic follows, for the Vite dev server (`qiaoxin-site dev`), which on its own
 * serves hidden files its `server.fs.deny` does not list (.qiaoxin-portal), follows a symlink
 * such as images/etc -> /etc out of its root, and sends SVG without a sandbox. Runs before
 * Vite's own middleware: 405 for other methods, 400 for malformed or traversing paths, 404 for
 * hidden files and for links out of `root`; nosniff on everything, the SVG policy on SVG.
 */
export function devGuard(root: string): Plugin {
  return {
    name: 'qiaoxin-dev-guard',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        guard(root, req, res).then((pass) => pass && next(), next);
      });
    },
  };
}

async function guard(root: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const refuse = (status: number, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
    res.end(req.method === 'HEAD' ? undefined : body);
    return false;
  };
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return refuse(405, 'Method not allowed', { Allow: 'GET, HEAD' });
  }
  const url = parseRequestPath(req.url ?? '');
  if (!url) return refuse(400, 'Bad request');
  const [first = '', second] = url.segments;
  // Vite's own modules (/@vite/client, /@fs/… under its fs rules, its dependency cache).
  if (first.startsWith('@') || (first === 'node_modules' && second === '.vite')) return true;
  if (isHidden(url.segments)) return refuse(404, 'Not found');
  const exists = await lstat(join(root, ...url.segments)).then(
    () => true,
    () => false,
  );
  if (exists && !(await resolveInside(root, url.segments))) return refuse(404, 'Not found');
  if (/\.svg$/i.test(url.segments.at(-1) ?? '')) {
    res.setHeader('Content-Security-Policy', svgPolicy);
  }
  return true;
}
