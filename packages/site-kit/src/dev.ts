import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, realpath } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { constants, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { createServer } from 'vite';
import { OutputError, isInside } from './write/output.js';
import { loadSite } from './site/load.js';
import { buildSite } from './build.js';
import { SiteError, formatSiteError } from './site/problems.js';
import { describeError } from './system-errors.js';
import { devGuard } from './serve/guard.js';
import { messageLang, t } from './messages/index.js';

/**
 * The command line as tsc writes it, for builds in a fresh process (`--watch`): it loads each
 * package's modules as they are on disk now, where the bundle the dev server runs from
 * (scripts/bundle-cli.js) holds them as they were when it was made. Found through the package's
 * own name, the same from dist/ and from the bundle in dist/cli-bundle/.
 */
const cli = join(
  dirname(createRequire(import.meta.url).resolve('@qiaoxin/site-kit/package.json')),
  'dist/cli.js',
);

export interface DevOptions {
  port: number;
  /**
   * Source folders of packages the portal is made of (`--watch`), e.g. the design system's
   * own sources when working inside its repository: a change there rebuilds that package
   * (`npm run build` in the nearest folder with a package.json), then the site.
   */
  watch?: string[];
}

/**
 * Builds the site into a temporary folder, serves it with Vite, and on any change to the site
 * folder or to the design-system sources rebuilds (a component first, then the site, each in a
 * fresh process so changed modules are really reloaded) and tells open pages to reload. A
 * broken change prints its problems and keeps the last good portal on screen.
 */
export async function startDev(siteDir: string, { port, watch = [] }: DevOptions): Promise<void> {
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
    throw new OutputError(t('dev.outside', { base, root }));
  }
  // Without package sources to watch (a webmaster's case), rebuilds run in this process: its
  // modules stay loaded and the build cache renders only what an edit touched, so a saved
  // article is on screen in about a second. With them, each build is a fresh process, so
  // changed modules are really reloaded.
  // The browser reloads as soon as a rebuild's pages are in place (see BuildOptions.onPages),
  // or once a build in another process has finished.
  const browsers: { reload?: () => void } = {};
  const reload = () => browsers.reload?.();
  // A change saved while a rebuild's search index is still being written (its pages are on
  // screen already) abandons that index: the next rebuild, which waits for this one, writes it
  // with both changes, instead of starting seconds later.
  let searching = new AbortController();
  const build = () => {
    searching = new AbortController();
    return watch.length
      ? run(process.execPath, [cli, 'build', dir, '--out', out, '--lang', messageLang()])
      : buildHere(dir, out, reload, searching.signal);
  };
  if (!(await build()).ok) {
    throw new OutputError(t('dev.firstBuild'));
  }
  const server = await createServer({
    configFile: false,
    root,
    appType: 'mpa',
    publicDir: false,
    // The portal's pages load the client the build bundled: there is nothing for Vite to
    // pre-bundle. Its dependency scan read every page the build wrote, and the first page a
    // browser asked for waited for it: 4 s at 2,000 articles, half a minute at 10,000.
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [devGuard(root)],
    server: {
      port,
      host: '127.0.0.1',
      watch: { ignored: [`${root}/**`, '**/dist/**', '**/node_modules/**'] },
    },
    logLevel: 'info',
  });
  await server.listen();
  browsers.reload = () => server.ws.send({ type: 'full-reload', path: '*' });
  console.log(t('dev.portal', { url: `http://127.0.0.1:${port}${base}` }));

  let queue = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const pending = new Set<string>();
  const sources = watch.map((w) => resolve(w));
  const watched = [dir, ...sources];
  server.watcher.add(watched);
  server.watcher.on('all', (_event, path) => {
    const source = watched.find((w) => path.startsWith(w));
    if (!source || path.startsWith(root)) return;
    pending.add(source);
    searching.abort();
    clearTimeout(timer);
    timer = setTimeout(() => (queue = queue.then(rebuild)), 150);
  });
  // A failed rebuild shows its messages over the open page (Vite's error overlay) as well as in
  // the terminal, so a webmaster who only looks at the browser sees why nothing changed; the
  // reload after a good build removes it.
  const showProblems = (message: string) =>
    server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'qiaoxin-site' } });
  const rebuild = async () => {
    const changed = [...pending];
    pending.clear();
    for (const source of changed.filter((r) => r !== dir)) {
      const pkg = packageOf(source);
      console.log(t('dev.rebuilding', { pkg: relative(process.cwd(), pkg) || '.' }));
      const built = await run('npm', ['run', 'build', '--silent'], pkg);
      if (!built.ok) return showProblems(built.output);
    }
    const built: { ok: boolean; output: string; reloaded?: boolean } = await build();
    if (built.ok && !built.reloaded) reload();
    if (!built.ok) showProblems(built.output);
  };
}

/** A build in this process, printed and reported as the CLI would. */
async function buildHere(
  dir: string,
  out: string,
  reload: () => void,
  searchSignal: AbortSignal,
): Promise<{ ok: boolean; output: string; reloaded?: boolean }> {
  const started = performance.now();
  let reloaded = false;
  try {
    const onPages = () => {
      reloaded = true;
      reload();
    };
    const { pages } = await buildSite(dir, {
      outDir: out,
      lang: messageLang(),
      onPages,
      searchSignal,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      t('cli.built', { pages: pages.length, out: relative(process.cwd(), out), seconds }),
    );
    return { ok: true, output: '', reloaded };
  } catch (error) {
    const output =
      error instanceof SiteError
        ? formatSiteError(error)
        : error instanceof OutputError
          ? error.message
          : describeError(error);
    console.error(output);
    return { ok: false, output, reloaded };
  }
}

/** The nearest folder at or above `path` with a package.json: the package to rebuild. */
function packageOf(path: string): string {
  for (let dir = path; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return path;
  }
}

/** Runs a command, its output shown as it comes and also kept (for the error overlay). */
function run(
  command: string,
  args: string[],
  cwd?: string,
): Promise<{ ok: boolean; output: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...(cwd && { cwd }) });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => process.stdout.write(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      output += String(chunk);
    });
    child.on('exit', (code) => done({ ok: code === 0, output: output.trim() }));
  });
}
