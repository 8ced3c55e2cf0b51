import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { loadSite } from './load.js';
import { formatSiteError } from './problems.js';

const cli = fileURLToPath(new URL('./cli.js', import.meta.url));
const packages = fileURLToPath(new URL('../../', import.meta.url));
/** The design-system packages a portal is made of, rebuilt when their sources change. */
const sources = ['tokens/tokens', 'i18n/src', 'components/src'].map((p) => join(packages, p));

/**
 * Builds the site into a temporary folder, serves it with Vite, and on any change to the site
 * folder or to the design-system sources rebuilds (a component first, then the site, each in a
 * fresh process so changed modules are really reloaded) and tells open pages to reload. A
 * broken change prints its problems and keeps the last good portal on screen.
 */
export async function startDev(siteDir: string, { port }: { port: number }): Promise<void> {
  const dir = resolve(siteDir);
  const site = await loadSite(dir, { relativeTo: process.cwd() }).catch((e: unknown) => {
    console.error(formatSiteError(e));
    return undefined;
  });
  const base = site?.config.basePath ?? '/';
  // Outside the site folder, so the swap of a rebuild never looks like a content change. The
  // portal sits under its base path in the served root, and Vite's own base stays "/": a Vite
  // base would be prefixed once more to URLs that already carry it.
  const root = join(tmpdir(), 'qiaoxin-dev', basename(dir));
  const out = join(root, base);
  await run(process.execPath, [cli, 'build', dir, '--out', out]);
  const server = await createServer({
    configFile: false,
    root,
    appType: 'mpa',
    publicDir: false,
    server: {
      port,
      host: '127.0.0.1',
      watch: { ignored: [`${root}/**`, '**/dist/**', '**/node_modules/**'] },
    },
    logLevel: 'info',
  });
  await server.listen();
  console.log(`  ➜  Portal:  http://127.0.0.1:${port}${base}`);

  let queue = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const pending = new Set<string>();
  const watched = [dir, ...sources];
  server.watcher.add(watched);
  server.watcher.on('all', (_event, path) => {
    const source = watched.find((w) => path.startsWith(w));
    if (!source || path.startsWith(root)) return;
    pending.add(source);
    clearTimeout(timer);
    timer = setTimeout(() => (queue = queue.then(rebuild)), 150);
  });
  const rebuild = async () => {
    const changed = [...pending];
    pending.clear();
    for (const root of changed.filter((r) => r !== dir)) {
      const pkg = join(root, '..');
      console.log(`rebuilding ${pkg.slice(packages.length)} …`);
      if (!(await run('npm', ['run', 'build', '--silent'], pkg))) return;
    }
    if (await run(process.execPath, [cli, 'build', dir, '--out', out])) {
      server.ws.send({ type: 'full-reload', path: '*' });
    }
  };
}

function run(command: string, args: string[], cwd?: string): Promise<boolean> {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: 'inherit', ...(cwd && { cwd }) });
    child.on('exit', (code) => done(code === 0));
  });
}
