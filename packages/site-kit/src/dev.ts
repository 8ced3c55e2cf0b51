import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, realpath } from 'node:fs/promises';
import { constants, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { OutputError, isInside } from './build/output.js';
import { loadSite } from './load.js';

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
  // A site that does not load is not built at all: its problems are printed by the CLI, and
  // without a valid config there is no base path to serve under.
  const site = await loadSite(dir, { relativeTo: process.cwd() });
  const base = site.config.basePath;
  // Outside the site folder, so the swap of a rebuild never looks like a content change; a
  // fresh private folder (mkdtemp), so no other user's files or links in the shared temp folder
  // are ever in the way, removed when dev stops. The portal sits under its base path in the
  // served root, and Vite's own base stays "/": a Vite base would be prefixed once more to URLs
  // that already carry it.
  const own = await realpath(await mkdtemp(join(tmpdir(), `qiaoxin-dev-${site.config.id}-`)));
  process.once('exit', () => rmSync(own, { recursive: true, force: true }));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.once(signal, () => process.exit(128 + constants.signals[signal]));
  // Served from a folder inside it, so a build's folders beside its output stay private too.
  const root = join(own, 'www');
  // The schema refuses a basePath with "..", and this makes sure: nothing derived from the
  // config is built or removed outside the dev folder.
  const out = resolve(root, `.${base}`);
  if (out !== root && !isInside(root, out)) {
    throw new OutputError(`site.config.json: basePath "${base}" leads outside ${root}; not built`);
  }
  if (!(await run(process.execPath, [cli, 'build', dir, '--out', out]))) {
    throw new OutputError('the first build failed (see above); dev mode stopped');
  }
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
