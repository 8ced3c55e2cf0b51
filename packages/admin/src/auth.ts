import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The editor's key, as notebook servers do it: a random token in the printed URL
 * (`/?token=…`), exchanged once for an HttpOnly, SameSite=Strict cookie so the pages, the
 * preview frames and Decap's own requests carry it without the token in every address (and in
 * the browser history). A request with neither the cookie nor the token (query or
 * `X-Qiaoxin-Token` header) is refused with 403. Cookies are shared by every port of a host,
 * so the cookie's name holds the port.
 */
export function createAuth(port: () => number, token = randomBytes(24).toString('hex')) {
  const cookieName = () => `qiaoxin-admin-${port()}`;
  const same = (given: string | undefined) => {
    if (!given) return false;
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  };
  const cookieOf = (req: IncomingMessage) =>
    (req.headers.cookie ?? '')
      .split(';')
      .map((c) => c.trim().split('='))
      .find(([name]) => name === cookieName())?.[1];
  /** Hosts a browser on this machine names the server by: anything else is DNS rebinding. */
  const hostOk = (req: IncomingMessage) =>
    [`127.0.0.1:${port()}`, `localhost:${port()}`].includes(req.headers.host ?? '');
  /** A write must come from the editor's own pages, not from another site's form or script. */
  const originOk = (req: IncomingMessage) => {
    const origin = req.headers.origin;
    return (
      origin === undefined ||
      [`http://127.0.0.1:${port()}`, `http://localhost:${port()}`].includes(origin)
    );
  };
  return {
    token,
    /** True when the request may go on; otherwise it has been answered (403, or the cookie set). */
    check(req: IncomingMessage, res: ServerResponse, query: URLSearchParams): boolean {
      const refuse = () => {
        res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(
          'Forbidden: open the address qiaoxin-site admin printed, with its token\n禁止访问：请打开 qiaoxin-site admin 显示的地址（含密钥）',
        );
        return false;
      };
      if (!hostOk(req) || !originOk(req)) return refuse();
      if (same(query.get('token') ?? undefined)) {
        // Into the cookie, out of the address bar; Location is a fixed path (no open redirect).
        res.writeHead(303, {
          'Set-Cookie': `${cookieName()}=${token}; HttpOnly; SameSite=Strict; Path=/`,
          Location: '/_admin/',
        });
        res.end();
        return false;
      }
      const header = req.headers['x-qiaoxin-token'];
      if (same(cookieOf(req)) || same(typeof header === 'string' ? header : undefined)) return true;
      return refuse();
    },
  };
}
