import { readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';
import type { Assets } from '../render/page.js';
import type { Site } from '../site/types.js';
import { codeKey } from './build-cache.js';

const require = createRequire(import.meta.url);
const kitRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The client bundles last built in this process, by base path: they depend on nothing else of
 * the site, so a rebuild in the same process (the dev server's) writes the same files again
 * instead of running Vite, which took a few tenths of a second each time. Kept only while the
 * client code is the same (its build files' sizes and times, `codeKey`).
 */
const clients = new Map<
  string,
  { code: string; files: [string, Buffer][]; scripts: Assets['scripts'] }
>();

export async function buildClient(site: Site, out: string): Promise<Assets['scripts']> {
  const code = await codeKey();
  const cached = clients.get(site.config.basePath);
  if (cached?.code === code) {
    for (const [file, data] of cached.files) await writeFile(join(out, file), data);
    return cached.scripts;
  }
  const { scripts, files } = await bundleClient(site, out);
  const read = async (file: string): Promise<[string, Buffer]> => [
    file,
    await readFile(join(out, file)),
  ];
  clients.set(site.config.basePath, { code, files: await Promise.all(files.map(read)), scripts });
  return scripts;
}

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
