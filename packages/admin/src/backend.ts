import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { formatProblem } from '@qiaoxin/site-kit/admin-support';
import { confined, isMediaPath, isWritableData } from './paths.js';
import { say, type Lang } from './messages.js';
import { problemsOf } from './site-ops.js';
import { tidyMarkdown } from './entry-files.js';
import { checkUpload } from './uploads.js';

/** A refusal the editor shows as it is: a status and a message for the webmaster. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface Ctx {
  siteDir: string;
  lang: Lang;
}

type Params = Record<string, unknown>;
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Decap CMS's local-backend API (the `proxy` backend's actions), answered over the site folder.
 * Written here rather than mounting decap-server's middleware: decap-server is an Express app
 * meant to listen on its own port (8081) with open CORS, and takes the repository path from its
 * environment; mounting it would still leave every path check to us, plus Express, Joi, winston
 * and simple-git to install. The dozen actions below are small; each path is checked against
 * a closed list (paths.ts) and, on disk, against symlinks out of the site folder. Editorial
 * workflow actions are not offered (the CMS runs in simple publish mode).
 */
export async function backendAction(ctx: Ctx, action: string, params: Params): Promise<unknown> {
  switch (action) {
    case 'info':
      return { repo: 'site', publish_modes: ['simple'], type: 'local_fs' };
    case 'entriesByFolder':
      return entriesByFolder(ctx, str(params.folder), str(params.extension));
    case 'entriesByFiles': {
      const files = Array.isArray(params.files) ? (params.files as Params[]) : [];
      const entries = await Promise.all(files.map((f) => readEntry(ctx, str(f.path))));
      return entries.filter((e) => e !== undefined);
    }
    case 'getEntry':
      return readEntry(ctx, str(params.path));
    case 'persistEntry':
      return persistEntry(ctx, params);
    case 'getMedia':
      return getMedia(ctx, str(params.mediaFolder));
    case 'getMediaFile':
      return mediaFile(ctx, str(params.path));
    case 'persistMedia':
      return persistMedia(ctx, (params.asset ?? {}) as Params);
    case 'deleteFile':
      return deleteFiles(ctx, [str(params.path)]);
    case 'deleteFiles':
      return deleteFiles(ctx, Array.isArray(params.paths) ? params.paths.map(str) : []);
    case 'getDeployPreview':
      return null;
    default:
      throw new Refusal(422, say(ctx.lang, 'badRequest'));
  }
}

/** The real file of a path the editor may read or write, or a 400 refusal. */
async function fileOf(ctx: Ctx, path: string, media = false): Promise<string> {
  const allowed = media ? isMediaPath(path) : isWritableData(path);
  const real = allowed ? await confined(ctx.siteDir, path) : undefined;
  if (!real) throw new Refusal(400, say(ctx.lang, 'badPath', { path: path.slice(0, 200) }));
  return real;
}

async function readEntry(ctx: Ctx, path: string) {
  const file = await fileOf(ctx, path);
  const data = await readFile(file, 'utf8').catch(() => undefined);
  return data === undefined ? undefined : { data, file: { path, id: path } };
}

async function entriesByFolder(ctx: Ctx, folder: string, extension: string) {
  if (folder !== 'content/articles' || extension !== 'md') return [];
  const dir = await fileOf(ctx, 'content/articles/x.md').then(dirname);
  const names = await readdir(dir).catch(() => [] as string[]);
  const entries = await Promise.all(
    names
      .filter((n) => isWritableData(`${folder}/${n}`))
      .map((n) => readEntry(ctx, `${folder}/${n}`).catch(() => undefined)),
  );
  return entries.filter((e) => e !== undefined);
}

/**
 * Saves an entry (and the pictures it brought), but only once site-kit's loader, run on the
 * site as it would be, finds nothing wrong with it: the editor's check, made again here so no
 * other page or program can write what the build would refuse.
 */
async function persistEntry(ctx: Ctx, params: Params) {
  const dataFiles = Array.isArray(params.dataFiles) ? (params.dataFiles as Params[]) : [];
  const assets = Array.isArray(params.assets) ? (params.assets as Params[]) : [];
  const files: Record<string, string> = {};
  for (const f of dataFiles) {
    const path = str(f.newPath) || str(f.path);
    await fileOf(ctx, path);
    files[path] = path.endsWith('.md') ? tidyMarkdown(str(f.raw)) : str(f.raw);
  }
  const uploads = await Promise.all(assets.map((a) => checkedAsset(ctx, a)));
  const withUploads: Record<string, string | Buffer> = { ...files };
  for (const { path, data } of uploads) withUploads[path] = data;
  const problems = (await problemsOf(ctx.siteDir, withUploads, ctx.lang)).filter(
    (p) => p.file in files,
  );
  if (problems.length) {
    throw new Refusal(
      422,
      say(ctx.lang, 'refused', { problems: problems.map(formatProblem).join('; ') }),
    );
  }
  for (const { path, data } of uploads) await write(await fileOf(ctx, path, true), data);
  for (const [path, text] of Object.entries(files)) await write(await fileOf(ctx, path), text);
  for (const f of dataFiles) {
    const old = str(f.path);
    if (str(f.newPath) && old !== str(f.newPath)) await rm(await fileOf(ctx, old), { force: true });
  }
  return { message: 'entry persisted' };
}

async function write(file: string, data: string | Buffer) {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, data);
}

async function checkedAsset(ctx: Ctx, asset: Params) {
  const path = str(asset.path);
  await fileOf(ctx, path, true);
  if (asset.encoding !== 'base64') throw new Refusal(400, say(ctx.lang, 'badRequest'));
  const checked = await checkUpload(
    path.split('/').pop() ?? path,
    Buffer.from(str(asset.content), 'base64'),
    ctx.lang,
  );
  if ('problem' in checked) throw new Refusal(422, checked.problem);
  return { path, data: checked.data };
}

async function persistMedia(ctx: Ctx, asset: Params) {
  const { path, data } = await checkedAsset(ctx, asset);
  await write(await fileOf(ctx, path, true), data);
  return mediaFile(ctx, path);
}

async function mediaFile(ctx: Ctx, path: string) {
  const data = await readFile(await fileOf(ctx, path, true));
  const name = path.split('/').pop() ?? path;
  return { id: path, name, path, content: data.toString('base64'), encoding: 'base64' };
}

async function getMedia(ctx: Ctx, folder: string) {
  if (folder !== 'content/images' && folder !== 'content/files') return [];
  const dir = dirname(await fileOf(ctx, `${folder}/x.png`, true));
  const names = await readdir(dir).catch(() => [] as string[]);
  const files = await Promise.all(
    names
      .filter((n) => isMediaPath(`${folder}/${n}`))
      .map((n) => mediaFile(ctx, `${folder}/${n}`).catch(() => undefined)),
  );
  return files.filter((f) => f !== undefined);
}

async function deleteFiles(ctx: Ctx, paths: string[]) {
  for (const path of paths) {
    const media = isMediaPath(path);
    await rm(await fileOf(ctx, path, media), { force: true });
  }
  return { message: 'deleted' };
}
