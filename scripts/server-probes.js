// What the portal servers' tests share (site-kit's serveStatic and dev server, and the webmaster
// guide's nginx example): the folders they plant files an attacker goes for in, and the checks
// that none of those is answered with content and that SVG cannot script.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The content of every file that must never be served: an answer containing it leaked. */
export const secret = 'SECRET_TOKEN=do-not-serve';

/** Writes `files` (a path under `root` → its content), making the folders they need. */
export async function writeTree(root, files) {
  for (const [name, body] of Object.entries(files)) {
    await mkdir(dirname(join(root, name)), { recursive: true });
    await writeFile(join(root, name), body);
  }
}

/**
 * Asks `get` for each of `paths`: every answer's status is one of `statuses`, its body never
 * matches `leak`, and `also(response, path)`, if given, passes too.
 * @template {{ status?: number, text: string }} R
 * @param {(path: string) => Promise<R>} get
 * @param {string[]} paths
 * @param {{ statuses?: number[], leak: RegExp, also?: (response: R, path: string) => void }} expected
 */
export async function assertNotServed(get, paths, { statuses = [404], leak, also }) {
  for (const path of paths) {
    const r = await get(path);
    if (statuses.length === 1) assert.equal(r.status, statuses[0], path);
    else assert.ok(statuses.includes(r.status ?? 0), `${path}: ${r.status}`);
    assert.doesNotMatch(r.text, leak, path);
    also?.(r, path);
  }
}

/**
 * An SVG answer that cannot run its scripts: image/svg+xml under a CSP that sandboxes it and
 * allows nothing.
 * @param {{ status?: number, headers: Record<string, string | string[] | undefined> }} r
 * @param {string} path
 */
export function assertSandboxedSvg(r, path) {
  assert.equal(r.status, 200, path);
  assert.match(String(r.headers['content-type']), /^image\/svg\+xml/, path);
  const csp = String(r.headers['content-security-policy'] ?? '');
  assert.match(csp, /(?:^|;\s*)sandbox(?:;|$)/, path);
  assert.match(csp, /default-src 'none'/, path);
}
