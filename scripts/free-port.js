// A free TCP port for a server that cannot be told to pick its own (nginx needs a number in its
// configuration). Shared by remote-cache-tls.js and packages/portal-tests/lib/nginx.js: each
// would otherwise pull in the other's harness (remote-cache helpers, or Puppeteer and axe).
import { createServer } from 'node:net';

/** A port nothing listens on now, on 127.0.0.1. */
export async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
