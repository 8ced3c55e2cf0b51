import { resolve } from 'node:path';
import { startServer, type AdminServer } from './server.js';
import type { Lang } from './messages.js';

export type { AdminServer };

/**
 * Starts the browser editor of a site folder (`qiaoxin-site admin`): Decap CMS on 127.0.0.1,
 * behind a random token, writing the same files the build reads. `port` 0 takes any free port.
 */
export function startAdmin(
  siteDir: string,
  options: { port?: number; lang?: Lang } = {},
): Promise<AdminServer> {
  return startServer(resolve(siteDir), { port: options.port ?? 0, lang: options.lang ?? 'zh' });
}
