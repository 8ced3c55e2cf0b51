import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { editionFolderOf } from './build/routes.js';

/** A folder served under a URL prefix: `/chongqing/` → `sites/chongqing/dist`. */
export interface Mount {
  prefix: string;
  dir: string;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};
const compressible = /^(text\/|application\/(json|xml)|image\/svg)/;

/**
 * A small static server that behaves like the web servers portals are deployed to: folders
 * serve their index.html, unknown paths get the mount's 404.html (en/404.html under /en/,
 * zh-hant/404.html under /zh-hant/)
 * with status 404, hashed assets are cached for a year, text is gzipped.
 */
export function serveStatic(
  mounts: Mount[],
  /** Documents kept in memory, by exact path: an index page, a root robots.txt. */
  documents: Record<string, { type: string; body: string }> = {},
): Server {
  // Longest prefix first, so /chongqing/ wins over /.
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  return createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path: string;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        path = '/';
      }
      const document = documents[path];
      if (document) return send(200, document.type, document.body);
      const mount = sorted.find((m) => path.startsWith(m.prefix));
      if (!mount) return send(404, 'text/plain; charset=utf-8', 'Not found');
      if (path === mount.prefix.slice(0, -1)) return redirect(mount.prefix);
      const local = normalize(join(mount.dir, path.slice(mount.prefix.length)));
      if (!local.startsWith(mount.dir)) return send(403, 'text/plain; charset=utf-8', 'Forbidden');
      const info = await stat(local).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!path.endsWith('/')) return redirect(`${path}/${url.search}`);
        return file(join(local, 'index.html'), 200);
      }
      if (info?.isFile()) return file(local, 200);
      // Each edition (en/, zh-hant/) has its own 404 page, in its own language.
      const edition = editionFolderOf(path.slice(mount.prefix.length));
      return file(join(mount.dir, `${edition}404.html`), 404);

      async function file(name: string, status: number) {
        const exists = await stat(name).catch(() => undefined);
        if (!exists?.isFile()) return send(404, 'text/plain; charset=utf-8', 'Not found');
        const type = types[extname(name)] ?? 'application/octet-stream';
        const hashed = /[/\\]assets[/\\]/.test(name) && !name.endsWith('.html');
        res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
        res.setHeader('Content-Type', type);
        res.setHeader('X-Content-Type-Options', 'nosniff');
        if (compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
          res.setHeader('Content-Encoding', 'gzip');
          res.writeHead(status);
          if (req.method === 'HEAD') return res.end();
          createReadStream(name).pipe(createGzip()).pipe(res);
          return;
        }
        res.writeHead(status);
        if (req.method === 'HEAD') return res.end();
        res.end(await readFile(name));
      }
    })().catch((error: unknown) => {
      console.error(error);
      send(500, 'text/plain; charset=utf-8', 'Server error');
    });

    function send(status: number, type: string, body: string) {
      if (res.headersSent) return void res.end();
      res.writeHead(status, { 'Content-Type': type });
      res.end(body);
    }
    function redirect(location: string) {
      res.writeHead(301, { Location: location });
      res.end();
    }
  });
}

/** Resolves a folder so `startsWith` checks are safe. */
export const mountOf = (prefix: string, dir: string): Mount => ({
  prefix,
  dir: normalize(dir).replace(new RegExp(`\\${sep}?$`), sep),
});
