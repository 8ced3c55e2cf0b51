// The check every portal server's tests make (site-kit's serveStatic and dev server, and the
// webmaster guide's nginx example): paths an attacker asks for, none answered with content.
import assert from 'node:assert/strict';

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
