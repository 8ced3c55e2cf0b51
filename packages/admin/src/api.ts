import type { Server } from 'node:http';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { editorSchemas, mountOf, serveStatic, type Problem } from '@qiaoxin/site-kit/admin-support';
import { entryText, fieldAtLine } from './entry-files.js';
import { isMediaPath, isWritableData } from './paths.js';
import { checkUpload } from './uploads.js';
import { Refusal } from './backend.js';
import { say, type Lang } from './messages.js';
import { buildInto, problemsOf } from './site-ops.js';

export interface ApiState {
  siteDir: string;
  previewRoot: string;
  previews: number;
  /** The previews built and not yet set to be removed (see `retireOlder`). */
  ready: Set<number>;
  lang: Lang;
  /** The built portal, served at its base path once a build succeeded. */
  portal?: Server;
}

/**
 * How long a preview stays once a newer one is ready: QIAOXIN_PREVIEW_KEEP_MS is a testing
 * knob. Not removed at once: a pane asks for a preview after each pause in typing (one at a
 * time, but several panes may be open, and their builds finish in any order), and the pane may
 * still be loading an older one's page, stylesheet and scripts when a newer one is ready.
 */
const keepMs = () => Number(process.env.QIAOXIN_PREVIEW_KEEP_MS) || 60_000;

/** Sets every preview older than `n`, which is ready, to be removed after `keepMs()`. */
function retireOlder(state: ApiState, n: number) {
  state.ready.add(n);
  for (const old of state.ready) {
    if (old >= n) continue;
    state.ready.delete(old);
    const dir = join(state.previewRoot, String(old));
    // Unref'd: the server's close removes every preview and need not wait for this.
    setTimeout(
      () => void rm(dir, { recursive: true, force: true }).catch(() => undefined),
      keepMs(),
    ).unref();
  }
}

/** A new article has no file yet: it is checked under a name the build accepts. */
const draftPath = 'content/articles/draft-entry.md';

/**
 * The entry the editor is showing, as the files it would write: its own text, and the pictures
 * chosen for it but not saved yet (Decap keeps them until the entry is saved), checked as
 * uploads are.
 */
async function entryOf(body: Record<string, unknown>, lang: Lang) {
  const given = typeof body.path === 'string' && body.path ? body.path : draftPath;
  const data =
    body.data && typeof body.data === 'object' ? (body.data as Record<string, unknown>) : undefined;
  if (!data || !isWritableData(given)) throw new Refusal(400, say(lang, 'badRequest'));
  const text = entryText(given, data);
  const files: Record<string, string | Buffer> = { [given]: text };
  for (const asset of Array.isArray(body.assets)
    ? (body.assets as Record<string, unknown>[])
    : []) {
    const path = typeof asset.path === 'string' ? asset.path : '';
    if (!isMediaPath(path))
      throw new Refusal(400, say(lang, 'badPath', { path: path.slice(0, 200) }));
    const checked = await checkUpload(
      path,
      Buffer.from(String(asset.content ?? ''), 'base64'),
      lang,
    );
    if ('problem' in checked) throw new Refusal(422, checked.problem);
    files[path] = checked.data;
  }
  return { path: given, text, data, files };
}

/**
 * The editor's own actions: `validate` (the build's problems with an entry, by field),
 * `preview` (the entry rendered by a real build of the site with it, served under /_preview/)
 * and `build` (the real build into the site's dist, then served at its base path).
 */
export async function handleApi(
  state: ApiState,
  action: string,
  body: Record<string, unknown>,
  lang: Lang,
) {
  if (action === 'validate') {
    const { path, text, data, files } = await entryOf(body, lang);
    const problems = (await problemsOf(state.siteDir, files, lang)).filter((p) => p.file === path);
    const errors: Record<string, string> = {};
    for (const p of problems) {
      // A missing field has no line of its own: the build names it in the message instead.
      const named = fieldNamed(p.message);
      const field =
        (named && !(named in data) ? named : undefined) ||
        (p.line && fieldAtLine(path, text, p.line)) ||
        named ||
        '_entry';
      errors[field] = errors[field] ? `${errors[field]}; ${p.message}` : p.message;
    }
    return { errors, problems };
  }
  if (action === 'preview') {
    const { path, files } = await entryOf(body, lang);
    const n = ++state.previews;
    const out = join(state.previewRoot, String(n));
    const result = await buildInto(state.siteDir, out, lang, {
      files,
      basePath: `/_preview/${n}/`,
    });
    retireOlder(state, n);
    const page =
      path === 'content/about.md' ? '/about/' : result.articles.find((a) => a.file === path)?.path;
    return { problems: result.problems, url: page ? `/_preview/${n}${page}` : undefined };
  }
  if (action === 'build') {
    const outDir = join(state.siteDir, 'dist');
    const result = await buildInto(state.siteDir, outDir, lang);
    if (result.problems.length) {
      return {
        problems: await Promise.all(result.problems.map((p) => describe(state.siteDir, p))),
      };
    }
    const config = JSON.parse(await readFile(join(state.siteDir, 'site.config.json'), 'utf8')) as {
      basePath: string;
    };
    state.portal = serveStatic([mountOf(config.basePath, outDir)]);
    return { problems: [], url: config.basePath };
  }
  throw new Refusal(404, say(lang, 'badRequest'));
}

/** A field the message names (a missing field has no line: "missing required field title"). */
function fieldNamed(message: string): string | undefined {
  const schemas = editorSchemas();
  const names = Object.values(schemas).flatMap((s) => Object.keys(s.properties ?? {}));
  return names.find((name) => new RegExp(`(^|[^\\w.])${name}([^\\w.]|$)`).test(message));
}

/** A problem as the build list shows it: file, line, and the field the line holds. */
async function describe(siteDir: string, p: Problem) {
  const text = p.line ? await readFile(join(siteDir, p.file), 'utf8').catch(() => '') : '';
  const field = p.line && text ? fieldAtLine(p.file, text, p.line) : undefined;
  return { ...p, ...(field && { field }) };
}
