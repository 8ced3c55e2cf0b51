import { readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Assets } from '../render/page.js';
import type { Site } from '../site/types.js';
import { codeKey } from './build-cache.js';
import { within } from './output.js';

const require = createRequire(import.meta.url);
const kitRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** A client bundle as the build manifest keeps it, so the next build can reuse its files. */
export interface ClientRecord {
  /** `codeKey` when it was bundled: the client code is part of it. */
  code: string;
  base: string;
  scripts: Assets['scripts'];
  /** Every file written (lazy chunks too), relative to the output. */
  files: string[];
}

/** A previous output the bundle may come from: its folder and record. */
export interface PreviousClient {
  dir: string;
  record?: ClientRecord;
}

/** A client bundle with its files' contents. */
export type BundledClient = ClientRecord & { data: [string, Buffer][] };

/**
 * The client bundles last built in this process, by base path, with their files' contents:
 * they depend on nothing else of the site, so a rebuild (the dev server's, a build over a
 * previous output whose manifest records the same bundle, or one primed from the site's cache
 * folder, shared-cache.ts) writes the same files again instead of running Vite, which took
 * most of a second each time.
 */
const clients = new Map<string, BundledClient>();
/** Bundles from the site's cache folder: taken after the previous output's, which win. */
const kept = new Map<string, BundledClient>();

/** Those Vite made in this process, not taken from elsewhere. */
const madeHere = new WeakSet<BundledClient>();

export const bundledClients = {
  /** The bundles Vite made in this process for `code`, by base path. */
  made: (code: string): Record<string, BundledClient> =>
    Object.fromEntries(
      [...clients].filter(([, client]) => client.code === code && madeHere.has(client)),
    ),
  /** Takes bundles kept elsewhere; only whole ones (a damaged entry is bundled again). */
  prime(entries: Record<string, unknown>) {
    for (const [base, value] of Object.entries(entries)) {
      const client = value as Partial<BundledClient> | undefined;
      const whole =
        client?.base === base &&
        typeof client.code === 'string' &&
        typeof client.scripts?.entry === 'string' &&
        Array.isArray(client.scripts.preload) &&
        Array.isArray(client.files) &&
        Array.isArray(client.data) &&
        client.data.every(([file, data]) => typeof file === 'string' && Buffer.isBuffer(data));
      if (whole) kept.set(base, client as BundledClient);
    }
  },
};

/** The record of the bundle last written for `base` in this process (see `buildClient`). */
export function clientRecord(base: string): ClientRecord | undefined {
  const client = clients.get(base);
  return client && { code: client.code, base, scripts: client.scripts, files: client.files };
}

export async function buildClient(
  site: Site,
  out: string,
  previous?: PreviousClient,
): Promise<Assets['scripts']> {
  const code = await codeKey();
  const base = site.config.basePath;
  const cached = clients.get(base);
  const reused =
    cached?.code === code
      ? cached
      : ((await fromPrevious(previous, code, base).catch(() => undefined)) ??
        (kept.get(base)?.code === code ? kept.get(base) : undefined));
  if (reused) {
    clients.set(base, reused);
    await Promise.all(reused.data.map(([file, data]) => writeFile(within(out, file), data)));
    return reused.scripts;
  }
  const { scripts, files } = await bundleClient(site, out);
  const data = await readAll(out, files);
  const made = { code, base, scripts, files, data };
  madeHere.add(made);
  clients.set(base, made);
  return scripts;
}

/**
 * The previous output's bundle, when its manifest records this very one and it has its files
 * (reading one that is missing fails, and the client is bundled again).
 */
async function fromPrevious(previous: PreviousClient | undefined, code: string, base: string) {
  const record = previous?.record;
  if (!previous || record?.code !== code || record.base !== base) return undefined;
  if (!Array.isArray(record.files) || typeof record.scripts?.entry !== 'string') return undefined;
  const data = await readAll(previous.dir, record.files);
  return { ...record, data };
}

const readAll = (dir: string, files: string[]) =>
  Promise.all(
    files.map(async (file): Promise<[string, Buffer]> => [file, await readFile(within(dir, file))]),
  );

/**
 * Bundles the client with Vite: one small entry every page runs (client/portal.ts), which
 * imports each element's behaviour, Lit and hydration support only when the page needs them
 * (client/islands/), as hashed chunks. Nothing of theirs is preloaded: a page downloads them
 * on the reader's first touch of such an element, so the entry and its own static imports are
 * all a page fetches at load.
 */
async function bundleClient(
  site: Site,
  out: string,
): Promise<{ scripts: Assets['scripts']; files: string[] }> {
  // Imported only when it runs: loading Vite takes a few tenths of a second.
  const { build: viteBuild } = await import('vite');
  await viteBuild({
    configFile: false,
    root: kitRoot,
    base: site.config.basePath,
    logLevel: 'warn',
    publicDir: false,
    resolve: { alias: { i18next: require.resolve('@qiaoxin/i18n/i18next-lite') } },
    build: {
      outDir: out,
      emptyOutDir: false,
      manifest: 'client-manifest.json',
      modulePreload: false,
      // Library mode only so Vite adds no preload helper (~1 KB gzip, most of the entry) around
      // each import(): a chunk's own static imports are fetched in parallel without one.
      lib: { entry: { portal: join(kitRoot, 'dist/client/portal.js') }, formats: ['es'] },
      minify: true,
      target: 'es2022',
      rollupOptions: {
        output: {
          entryFileNames: 'assets/[name]-[hash].js',
          chunkFileNames: 'assets/[name]-[hash].js',
          minify: true,
        },
      },
    },
  });
  const manifestFile = join(out, 'client-manifest.json');
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Record<
    string,
    {
      file: string;
      imports?: string[];
      isEntry?: boolean;
      name?: string;
      css?: string[];
      assets?: string[];
    }
  >;
  await rm(manifestFile);
  const url = (file: string) => `${site.config.basePath}${file}`;
  const imports = (key: string): string[] =>
    (manifest[key]?.imports ?? []).flatMap((k) => [url(manifest[k]?.file ?? ''), ...imports(k)]);
  const [key, chunk] = Object.entries(manifest).find(([, c]) => c.isEntry) ?? [];
  if (!key || !chunk) throw new Error('site-kit: the client build made no entry');
  // Every file written, lazy chunks too, for the cache above.
  const files = Object.values(manifest).flatMap((c) => [
    c.file,
    ...(c.css ?? []),
    ...(c.assets ?? []),
  ]);
  return {
    scripts: { entry: url(chunk.file), preload: [...new Set(imports(key))] },
    files: [...new Set(files)],
  };
}
