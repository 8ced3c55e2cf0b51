import { cp, mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { buildSite } from '@qiaoxin/site-kit';
import { SiteError, loadSite, type Problem } from '@qiaoxin/site-kit/admin-support';
import type { Lang } from './messages.js';

/** Folders of a site that are output or tooling, never content. */
const skipped = new Set(['dist', 'node_modules']);

/**
 * A copy of the site folder in a new temporary folder, with `files` (path → text) written over
 * it: the site as it would be if the editor saved them. The copy keeps the folder's name (the
 * build checks it against the site id). Returned with a function that removes it.
 */
export async function overlay(
  siteDir: string,
  files: Record<string, string | Buffer>,
  edit?: (dir: string) => Promise<void>,
) {
  const real = await realpath(siteDir);
  const parent = await mkdtemp(join(tmpdir(), 'qiaoxin-admin-'));
  const dir = join(parent, basename(real));
  await cp(real, dir, {
    recursive: true,
    filter: (source) => {
      const name = basename(source);
      return (
        source === real ||
        !(name.startsWith('.') || (dirname(source) === real && skipped.has(name)))
      );
    },
  });
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  await edit?.(dir);
  return { dir, remove: () => rm(parent, { recursive: true, force: true }) };
}

/**
 * What the build would say about the site with `files` saved: the problems of those files only
 * (what is already wrong elsewhere is not the webmaster's current edit), named as the build
 * names them. The same loader as `qiaoxin-site build`, so the same words.
 */
export async function problemsOf(
  siteDir: string,
  files: Record<string, string | Buffer>,
  lang: Lang,
): Promise<Problem[]> {
  const copy = await overlay(siteDir, files);
  try {
    await loadSite(copy.dir, { relativeTo: copy.dir, lang });
    return [];
  } catch (error) {
    if (!(error instanceof SiteError)) throw error;
    return error.problems.filter((p) => p.file in files);
  } finally {
    await copy.remove();
  }
}

/**
 * Builds the site into `outDir`, in-process with site-kit's `buildSite`; its problems are
 * returned (file, line, message), never thrown. `files` and `basePath` give the preview: a
 * draft written over a copy, served under another base path.
 */
export async function buildInto(
  siteDir: string,
  outDir: string,
  lang: Lang,
  draft?: { files: Record<string, string | Buffer>; basePath: string },
): Promise<{ problems: Problem[]; articles: { file: string; path: string }[] }> {
  const copy = draft
    ? await overlay(siteDir, draft.files, async (dir) => {
        const configPath = join(dir, 'site.config.json');
        const { readFile } = await import('node:fs/promises');
        const config = JSON.parse(await readFile(configPath, 'utf8')) as Record<string, unknown>;
        await writeFile(configPath, JSON.stringify({ ...config, basePath: draft.basePath }));
      })
    : undefined;
  try {
    const dir = copy?.dir ?? siteDir;
    const { site } = await buildSite(dir, { outDir, relativeTo: dir, lang });
    return {
      problems: [],
      articles: site.articles.map((a) => ({ file: a.file, path: a.path })),
    };
  } catch (error) {
    if (error instanceof SiteError) return { problems: [...error.problems], articles: [] };
    const message = error instanceof Error ? error.message : String(error);
    return { problems: [{ file: '', message }], articles: [] };
  } finally {
    await copy?.remove();
  }
}
