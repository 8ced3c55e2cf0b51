import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { loadSite } from './load.js';
import { formatSiteError } from './problems.js';

const cli = fileURLToPath(new URL('./cli.js', import.meta.url));
const packages = fileURLToPath(new URL('../../', import.meta.url));
/** The design-system packages a portal is made of, rebuilt when their sources change. */
const sources = ['tokens/tokens', 'i18n/src', 'components/src'].map((p) => join(packages, p));

/**
 * Builds the site into `<site>/.dev`, serves it with Vite, and on any change to the site
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
  const out = join(dir, '.dev');
  await run(process.execPath, [cli, 'build', dir, '--out', out]);
  const server = await createServer({
    configFile: false,
    root: out,
    base,
    appType: 'mpa',
    publicDir: false,
    server: { port, host: '127.0.0.1', watch: null },
    logLevel: 'info',
  });
  await server.listen();
  server.printUrls();

  let queue = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const pending = new Set<string>();
  const changed = (root: string) => (_event: string, file: string | Buffer | null) => {
    const path = join(root, String(file ?? ''));
    if (path.startsWith(out) || /[/\\](dist|node_modules|\.dev)[/\\]/.test(path)) return;
    pending.add(root);
    clearTimeout(timer);
    timer = setTimeout(() => (queue = queue.then(rebuild)), 150);
  };
  const rebuild = async () => {
    const roots = [...pending];
    pending.clear();
    for (const root of roots.filter((r) => r !== dir)) {
      const pkg = join(root, '..');
      console.log(`rebuilding ${pkg.slice(packages.length)} …`);
      if (!(await run('npm', ['run', 'build', '--silent'], pkg))) return;
    }
    if (await run(process.execPath, [cli, 'build', dir, '--out', out])) {
      server.ws.send({ type: 'full-reload', path: '*' });
    }
  };
  watch(dir, { recursive: true }, changed(dir));
  for (const root of sources) watch(root, { recursive: true }, changed(root));
}

function run(command: string, args: string[], cwd?: string): Promise<boolean> {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: 'inherit', ...(cwd && { cwd }) });
    child.on('exit', (code) => done(code === 0));
  });
}
