// Serving the built portals with the webmaster guide's nginx example (docs/webmaster/nginx.conf),
// as a district's server would: only the listen address, root and access log are replaced, so
// what the tests see is the file webmasters copy. Needs nginx (Debian: apt-get install -y nginx).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, lchownSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import assert from 'node:assert/strict';
import { newPage, settled } from './browser.js';
import { secret, writeTree } from '../../../scripts/server-probes.js';
import { freePort } from '../../../scripts/free-port.js';

const example = new URL('../../../docs/webmaster/nginx.conf', import.meta.url);
const nginx = process.env.NGINX ?? 'nginx';

/** The example with this test's address, root and log; each must be found exactly once. */
function render(text, { port, root, log }) {
  for (const [from, to] of [
    ['listen 80;', `listen 127.0.0.1:${port};`],
    ['root /srv/qiaoxin;', `root ${root};`],
    ['access_log /var/log/nginx/qiaoxin.access.log;', `access_log ${log};`],
  ]) {
    assert.equal(text.split(from).length, 2, `the example has "${from}" once`);
    text = text.replace(from, to);
  }
  return text;
}

/** GET (or HEAD) `origin` + `path` without decompression: status, headers and the raw body. */
export function fetchRaw(origin, path, headers = {}, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** A response's body as text, gunzipped if it came gzipped. */
export const bodyText = (response) =>
  (response.headers['content-encoding'] === 'gzip'
    ? gunzipSync(response.body)
    : response.body
  ).toString('utf8');

/**
 * A folder /probe/ beside the portals holding what must never be served — hidden files and
 * folders, a symlink to /etc — and SVG files, as a careless upload or a build leftover would.
 */
export async function writeProbe(probe) {
  const files = {
    '404.html': '<h1>probe 404</h1>',
    'index.html': '<h1>probe</h1>',
    '.env': secret,
    '.git/config': secret,
    '.qiaoxin-portal': secret,
    'images/.hidden/x.txt': secret,
    'images/x.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    'images/Y.SVG': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(2)</script></svg>',
  };
  await writeTree(probe, files);
  // Planted by the account that uploads the portals (not the owner of /etc): as root, the
  // test gives the link to "nobody", as an upload by a deploy user would be.
  symlinkSync('/etc', join(probe, 'images/etc'));
  if (process.getuid?.() === 0) lchownSync(join(probe, 'images/etc'), 65534, 65534);
}

/**
 * Starts nginx with the example serving `sites` (each `{ basePath, dist }`, one folder per
 * portal under its root, named as its base path), after `prepare(root)` has added anything
 * else to the root. Returns the folder, the origin, and `stop`, which stops nginx, removes the
 * folder and fails on anything alarming nginx logged.
 */
export async function startNginx(sites, prepare = async () => {}) {
  try {
    execFileSync(nginx, ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error(`nginx is not installed (Debian: apt-get install -y nginx), or set NGINX`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'qiaoxin-nginx-'));
  const root = join(dir, 'root');
  await mkdir(root);
  for (const site of sites) {
    assert.match(site.basePath, /^\/[^/]+\/$/, 'the example serves one-level base paths');
    symlinkSync(site.dist, join(root, site.basePath.slice(1, -1)));
  }
  await prepare(root);
  const port = await freePort();
  const conf = join(dir, 'qiaoxin.conf');
  await writeFile(
    conf,
    render(readFileSync(example, 'utf8'), { port, root, log: join(dir, 'access.log') }),
  );
  // What a distribution's nginx.conf gives conf.d/*.conf: mime.types and the default type.
  // (`nginx -V` writes to stderr.)
  const version = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(version.stderr)?.[1];
  const mimeTypes = join(dirname(confPath ?? '/etc/nginx/nginx.conf'), 'mime.types');
  const temp = (name) => `${name}_temp_path ${join(dir, name)};`;
  await writeFile(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} warn;`,
      // As root, workers would switch to "nobody", which may not read the build; as anyone
      // else, nginx ignores (and warns about) a user directive.
      process.getuid?.() === 0 ? 'user root;' : '',
      'events { worker_connections 64; }',
      'http {',
      `  include ${mimeTypes};`,
      '  default_type application/octet-stream;',
      `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}`,
      `  include ${conf};`,
      '}',
      '',
    ].join('\n'),
  );
  const server = spawn(
    nginx,
    ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (server.exitCode !== null) {
      throw new Error(`nginx exited: ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
    }
    const up = await fetchRaw(origin, sites[0].basePath, {}, 'HEAD').then(
      () => true,
      () => false,
    );
    if (up) break;
    if (tries > 100) throw new Error('nginx did not answer within 10 s');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 100))]);
  }
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGQUIT');
      await exited;
    }
    // nginx said nothing alarming: no failed directive, no ignored one, no denied file.
    const log = existsSync(join(dir, 'error.log'))
      ? readFileSync(join(dir, 'error.log'), 'utf8')
      : '';
    rmSync(dir, { recursive: true, force: true });
    // Except the refused symlink: nginx logs (at [crit]) each attempt to read through it.
    const refused = /\(40: Too many levels of symbolic links\).*"GET \/probe\/images\/etc\//;
    const rest = log
      .split('\n')
      .filter((line) => !refused.test(line))
      .join('\n');
    assert.doesNotMatch(rest, /\[(?:warn|error|crit|alert|emerg)\]/, rest);
  };
  return { dir, origin, stop };
}

/**
 * Loads `path` in Chromium: the status, and every console error, failed request and CSP violation.
 * `until(page)`, when given, is awaited after the load: network idle does not see a worker's
 * requests, so a page whose work happens in one (Pagefind's search) says itself when it is done.
 */
export async function visit(browser, origin, path, until) {
  const context = await browser.createBrowserContext();
  try {
    const page = await newPage(context);
    await page.evaluateOnNewDocument(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__csp.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`),
      );
    });
    const response = await page.goto(origin + path, { waitUntil: 'networkidle0' });
    await until?.(page);
    // Components upgrade and figures count up after load; late complaints count too.
    await page.evaluate(settled);
    const csp = await page.evaluate(() => window.__csp);
    const upgraded = await page.evaluate(() => customElements.get('qx-elder-mode') !== undefined);
    return {
      status: response.status(),
      problems: [...page.problems, ...csp.map((c) => `CSP ${c}`)],
      upgraded,
    };
  } finally {
    await context.close();
  }
}
