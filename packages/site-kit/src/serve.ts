import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type OutgoingHttpHeaders, type Server } from 'node:http';
import { extname, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { editionFolderOf } from './site/editions.js';
import { isHidden, locationOf, parseRequestPath, resolveInside, svgPolicy } from './serve/paths.js';

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
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};
const compressible = /^(text\/|application\/(json|xml)|image\/svg)/;
const plain = 'text/plain; charset=utf-8';

/**
 * A small static server that behaves like the web servers portals are deployed to: folders
 * serve their index.html, unknown paths get the mount's 404.html (en/404.html under /en/,
 * zh-hant/404.html under /zh-hant/) with status 404, hashed assets are cached for a year, text
 * is gzipped. It refuses what nginx refuses: methods other than GET and HEAD (405), malformed
 * or traversing paths (400), hidden files and folders (404), symlinks out of the mount (404);
 * redirects only ever name a percent-encoded path on the same origin.
 *
 * Hand-written rather than sirv or serve-static/send, which were considered: neither gzips on
 * the fly (sirv only serves prebuilt .gz files; send none), both follow a symlink out of the
 * served folder, and neither knows each edition's own 404 page. What they would save is the
 * few lines of file streaming below; the checks above would all remain.
 */
export function serveStatic(
  mounts: Mount[],
  /** Documents kept in memory, by exact path: an index page, a root robots.txt. */
  documents: Record<string, { type: string; body: string }> = {},
): Server {
  // Longest prefix first, so /chongqing/ wins over /.
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  return createServer((req, res) => {
    // Every answer, redirects and errors too: no browser guesses a type from the content.
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const send = (
      status: number,
      type: string,
      body: string,
      headers: OutgoingHttpHeaders = {},
    ) => {
      if (res.headersSent) return void res.end();
      res.writeHead(status, { 'Content-Type': type, ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const redirect = (location: string) =>
      send(301, plain, `Moved to ${location}`, { Location: location });

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(405, plain, 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    const url = parseRequestPath(req.url ?? '');
    if (!url) return send(400, plain, 'Bad request');
    const { segments, slash, search } = url;
    const path = `/${segments.join('/')}${slash && segments.length ? '/' : ''}`;

    const document = documents[path];
    if (document) return send(200, document.type, document.body);
    // "/jinshan" belongs to the "/jinshan/" mount too: it is redirected to it below.
    const mount = sorted.find((m) => `${path.replace(/\/$/, '')}/`.startsWith(m.prefix));
    if (!mount) return send(404, plain, 'Not found');
    const inner = segments.slice(mount.prefix.split('/').filter(Boolean).length);
    const dir = mount.dir;

    void (async () => {
      // Each edition (en/, zh-hant/) has its own 404 page, in its own language.
      const notFound = () => file([`${editionFolderOf(inner.join('/') + '/')}404.html`], 404);
      if (isHidden(inner)) return notFound();
      const found = await resolveInside(dir, inner);
      if (found?.stats.isDirectory()) {
        if (!slash) return redirect(locationOf(segments, search));
        return file([...inner, 'index.html'], 200);
      }
      if (found) return file(inner, 200);
      return notFound();

      async function file(names: string[], status: number) {
        const found = await resolveInside(dir, names);
        if (!found?.stats.isFile()) return send(404, plain, 'Not found');
        // By the real file's extension: a link named .png to an .svg still gets the SVG policy.
        const type = types[extname(found.path).toLowerCase()] ?? 'application/octet-stream';
        const hashed = names[0] === 'assets' && !found.path.endsWith('.html');
        res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
        res.setHeader('Content-Type', type);
        if (type.startsWith('image/svg+xml')) res.setHeader('Content-Security-Policy', svgPolicy);
        const gzip = compressible.test(type);
        if (gzip) res.setHeader('Vary', 'Accept-Encoding');
        if (gzip && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
          res.setHeader('Content-Encoding', 'gzip');
          res.writeHead(status);
          if (req.method === 'HEAD') return res.end();
          return pipeline(createReadStream(found.path), createGzip(), res);
        }
        res.writeHead(status);
        if (req.method === 'HEAD') return res.end();
        res.end(await readFile(found.path));
      }
    })().catch((error: unknown) => {
      // A visitor who leaves mid-download is no server error.
      if (res.headersSent) return void res.destroy();
      console.error(error);
      send(500, plain, 'Server error');
    });
  });
}

/** Resolves a folder so `startsWith` checks are safe. */
export const mountOf = (prefix: string, dir: string): Mount => ({
  prefix,
  dir: normalize(dir).replace(new RegExp(`\\${sep}?$`), sep),
});
