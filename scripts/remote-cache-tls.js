// nginx with TLS in front of the cache server, from the server block of
// docs/deploy/remote-cache.md: only the listen address, the certificate files and the cache
// server's port are replaced, so what remote-cache.test.js tests is the block a federation copies.
// Needs nginx and openssl (Debian: apt-get install -y nginx openssl; .ci/run installs them).
import { existsSync, watch } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { run, start } from './remote-cache-helpers.js';
import { freePort } from './free-port.js';

const nginx = process.env.NGINX ?? 'nginx';

/** The ```nginx block of a Markdown document. */
export function nginxBlock(markdown) {
  const blocks = [...markdown.matchAll(/^```nginx\n([\s\S]*?)^```$/gm)];
  assert.equal(blocks.length, 1, 'one nginx server block');
  return blocks[0][1];
}

/**
 * A certificate authority and a certificate for localhost signed by it (a leaf certificate, as
 * Let's Encrypt gives: turbo's TLS library accepts no self-signed CA as a server's certificate).
 * turbo trusts the CA through SSL_CERT_FILE, curl through CURL_CA_BUNDLE.
 */
export async function makeCertificates(dir) {
  const files = { ca: join(dir, 'ca.pem'), cert: join(dir, 'cert.pem'), key: join(dir, 'key.pem') };
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  const caKey = join(dir, 'ca.key');
  const request = join(dir, 'leaf.csr');
  const extensions = join(dir, 'leaf.cnf');
  await writeFile(
    extensions,
    'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n',
  );
  for (const args of [
    ['req', '-x509', ...ec, '-keyout', caKey, '-out', files.ca, '-subj', '/CN=Qiaoxin test CA'],
    ['req', ...ec, '-keyout', files.key, '-out', request, '-subj', '/CN=localhost'],
    ['x509', '-req', '-in', request, '-CA', files.ca, '-CAkey', caKey, '-CAcreateserial'],
  ]) {
    if (args[0] === 'x509') args.push('-extfile', extensions, '-out', files.cert);
    if (args.includes('-x509') || args[0] === 'x509') args.push('-days', '1');
    const { code, output } = await run('openssl', args, { cwd: dir });
    assert.equal(code, 0, `openssl ${args.join(' ')}:\n${output}`);
  }
  return files;
}

/**
 * Starts nginx in `dir` with the docs' server block, proxying to `upstream` (the cache
 * server's http://127.0.0.1:port). Resolves with the started process (see start()), the
 * HTTPS origin and the error log's path once nginx listens: nginx writes its pid file after it
 * has opened its sockets, so the test waits for that file to appear.
 */
export async function startNginx(dir, block, files, upstream) {
  const port = await freePort();
  let conf = block;
  for (const [from, to] of [
    ['listen 443 ssl;', `listen 127.0.0.1:${port} ssl;`],
    ['/etc/letsencrypt/live/cache.example.org/fullchain.pem', files.cert],
    ['/etc/letsencrypt/live/cache.example.org/privkey.pem', files.key],
    ['proxy_pass http://127.0.0.1:3000;', `proxy_pass ${upstream};`],
  ]) {
    assert.equal(conf.split(from).length, 2, `the nginx sample has "${from}" once`);
    conf = conf.replace(from, to);
  }
  const errorLog = join(dir, 'error.log');
  const pidFile = join(dir, 'nginx.pid');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
    (name) => `${name}_temp_path ${join(dir, name)};`,
  );
  await writeFile(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      `pid ${pidFile};`,
      `error_log ${errorLog} warn;`,
      // As root, workers would switch to "nobody"; as anyone else, nginx ignores this line.
      process.getuid?.() === 0 ? 'user root;' : '',
      'events { worker_connections 64; }',
      `http { access_log off; ${temp.join(' ')}`,
      conf,
      '}',
    ].join('\n'),
  );
  const watcher = watch(dir);
  const started = start(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', errorLog], {});
  try {
    await new Promise((resolve, reject) => {
      const listening = () => existsSync(pidFile) && resolve();
      watcher.on('change', listening);
      listening();
      started.closed.then((code) =>
        reject(new Error(`nginx exited (${code}):\n${started.lines.join('\n')}`)),
      );
    });
  } finally {
    watcher.close();
  }
  return { started, origin: `https://localhost:${port}`, errorLog };
}
