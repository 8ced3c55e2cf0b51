import { realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/**
 * An SVG opened on its own is a document that may run script: sandboxed, with nothing to load,
 * it may not (the same policy as docs/webmaster/nginx.conf gives SVG).
 */
export const svgPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; sandbox";

/** A request path, decoded and normalised: what the server looks up and redirects to. */
export interface RequestPath {
  /** The decoded, non-empty segments: no ".", "..", "\", NUL or control character in any. */
  segments: string[];
  /** The URL named a folder ("/en/"), not a file ("/en"). */
  slash: boolean;
  /** The query, "?…" or "", made safe to repeat in a Location header. */
  search: string;
}

/**
 * Parses the request target as sent, not through `new URL`: the URL parser would resolve `..`
 * and read `\` as `/` before the checks below could see them, and read "//host/…" as a host.
 * Returns undefined for anything that is not a plain path — absolute-form or `*` targets,
 * malformed or overlong percent-encoding (`%`, `%E0%A4%A`, `%c0%ae`), and, once decoded, a
 * dot segment, a backslash, NUL or another control character — all answered with 400. Empty
 * segments ("//en", "/%2f%2fen") are dropped, as nginx merges slashes, so a path rebuilt from
 * the segments always starts with exactly one "/".
 */
export function parseRequestPath(target: string): RequestPath | undefined {
  if (!target.startsWith('/')) return undefined;
  const query = target.indexOf('?');
  const encoded = query === -1 ? target : target.slice(0, query);
  let decoded: string;
  try {
    // Throws URIError on a stray "%" and on any byte sequence that is not valid UTF-8.
    decoded = decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return undefined;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '.' || s === '..')) return undefined;
  return {
    segments,
    slash: decoded.endsWith('/'),
    search: query === -1 ? '' : safeQuery(target.slice(query)),
  };
}

/** The query as sent, with anything outside printable ASCII percent-encoded. */
function safeQuery(search: string): string {
  return search.replace(/[^\u0021-\u007e]/gu, (c) => encodeURIComponent(c));
}

/**
 * A same-origin Location for `segments`: "/" then each segment percent-encoded, so the result
 * can never begin "//" or "/\" and be read by a browser as another host.
 */
export function locationOf(segments: string[], search = ''): string {
  const path = `/${segments.map((s) => encodeURIComponent(s)).join('/')}`;
  return `${path}${path.endsWith('/') ? '' : '/'}${search}`;
}

/** True when `child` is `parent` or inside it (both absolute, already resolved). */
function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

/** True when a path below the mount has a segment that starts with "." (.env, .git/…). */
export const isHidden = (segments: readonly string[]): boolean =>
  segments.some((s) => s.startsWith('.'));

/**
 * The file or folder `segments` names inside `dir`, or undefined when there is none that may
 * be served. Symlinks are resolved first, and the real path must lie inside the real mount
 * folder and hold no hidden segment: a link `images/etc -> /etc` or `logo.svg -> ../.env`
 * serves nothing (one that stays inside, to a visible file, is fine).
 */
export async function resolveInside(
  dir: string,
  segments: readonly string[],
): Promise<{ path: string; stats: Stats } | undefined> {
  const root = await realpath(dir).catch(() => undefined);
  if (!root) return undefined;
  const path = await realpath(join(root, ...segments)).catch(() => undefined);
  if (!path || !isInside(root, path) || isHidden(relative(root, path).split(sep))) return undefined;
  const stats = await stat(path).catch(() => undefined);
  return stats && (stats.isFile() || stats.isDirectory()) ? { path, stats } : undefined;
}
