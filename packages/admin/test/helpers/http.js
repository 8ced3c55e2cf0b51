// Shared by the editor's HTTP tests (not a test itself): the real `qiaoxin-site admin` process on
// a copy of sites/jinshan for the file's tests, and raw requests to it with or without the cookie
// the printed URL sets.
import { after, before } from 'node:test';
import { request } from 'node:http';
import { siteCopy, startEditor } from './admin.js';

/**
 * Starts the editor before the file's tests and stops it after. `ctx.cookie` is what requests
 * carry: none until `ctx.login()` (at once with `{ login: true }`); set it to undefined to speak
 * without the token.
 */
export function useEditor(args = [], { login = false, env = {} } = {}) {
  const ctx = {
    site: undefined,
    editor: undefined,
    cookie: undefined,
    /** One raw HTTP request (the path exactly as written, no URL normalisation). */
    send(path, { method = 'GET', headers = {}, body, host } = {}) {
      return new Promise((resolve, reject) => {
        const req = request(
          {
            host: host ?? '127.0.0.1',
            port: ctx.editor.port,
            path,
            method,
            headers: { ...(ctx.cookie && { cookie: ctx.cookie }), ...headers },
          },
          (res) => {
            let text = '';
            res.on('data', (c) => (text += c));
            res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    },
    /** A call of Decap's proxy-backend API. */
    api: (action, params, headers = {}) =>
      ctx.send('/_admin/api/v1', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ action, params }),
      }),
    /** Opens the printed URL, as the webmaster does, and keeps the cookie it sets. */
    async login() {
      const res = await ctx.send(`/?token=${ctx.editor.token}`);
      ctx.cookie = res.headers['set-cookie'][0].split(';')[0];
      return res;
    },
  };
  before(async () => {
    ctx.site = await siteCopy();
    ctx.editor = await startEditor(ctx.site.dir, args, env);
    if (login) await ctx.login();
  });
  after(async () => {
    await ctx.editor?.stop();
    await ctx.site?.remove();
  });
  return ctx;
}
