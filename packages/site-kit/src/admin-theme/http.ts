/**
 * The small HTTP pieces the theme editor's handler needs: answers with the headers every answer
 * carries, and request bodies read with a cap, so a client cannot make the server hold more
 * than the limit in memory.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** Sends `body` with `status`; nothing the editor answers may be cached or sniffed. */
export function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: OutgoingHttpHeaders = {},
): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(body);
}

export const sendJson = (res: ServerResponse, status: number, value: unknown): void =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

/** How much of an oversized body is read and dropped so the client can see the answer. */
const discardLimit = 32 * 1024 * 1024;

export type Body = { data: Buffer } | { tooLarge: number };

/**
 * The request body, or how large it said or turned out to be when that is over `max` bytes.
 * A body over the limit is not kept: the rest is read and dropped, so the answer reaches the
 * client (a browser that is still sending ignores an answer sent before it finished), up to
 * `discardLimit` more bytes.
 */
export function readBody(req: IncomingMessage, max: number): Promise<Body> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) return void chunks.push(chunk);
      chunks.length = 0;
      // Past any honest mistake: stop reading, the client gets no answer.
      if (size > max + discardLimit) {
        req.destroy();
        resolve({ tooLarge: size });
      }
    });
    req.on('end', () =>
      resolve(
        size > max ? { tooLarge: Math.max(size, declared || 0) } : { data: Buffer.concat(chunks) },
      ),
    );
    req.on('error', reject);
  });
}

/**
 * A write must come from the editor's own page: a browser always sends Origin with a POST, and
 * another site's page (which could at most guess the token) would show another origin.
 */
export function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true; // not a browser: the token was all it needed
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
