import type { Server } from 'node:http';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { editorSchemas, mountOf, serveStatic, type Problem } from '@qiaoxin/site-kit/admin-support';
import { entryText, fieldAtLine } from './entry-files.js';
import { isWritableData } from './paths.js';
import { Refusal } from './backend.js';
import { say, type Lang } from './messages.js';
import { buildInto, problemsOf } from './site-ops.js';

export interface ApiState {
  siteDir: string;
  previewRoot: string;
  previews: number;
  lang: Lang;
  /** The built portal, served at its base path once a build succeeded. */
  portal?: Server;
}

/** A new article has no file yet: it is checked under a name the build accepts. */
const draftPath = 'content/articles/draft-entry.md';

/** The entry the editor is showing, as the file it would write. */
function entryOf(body: Record<string, unknown>, lang: Lang) {
  const given = typeof body.path === 'string' && body.path ? body.path : draftPath;
  const data = body.data && typeof body.data === 'object' ? (body.data as Record<string, unknown>) : undefined;
  if (!data || !isWritableData(given)) throw new Refusal(400, say(lang, 'badRequest'));
  return { path: given, text: entryText(given, data) };
}

/**
 * The editor's own actions: `validate` (the build's problems with an entry, by field),
 * `preview` (the entry rendered by a real build of the site with it, served under /_preview/)
 * and `build` (the real build into the site's dist, then served at its base path).
 */
export async function handleApi(state: ApiState, action: string, body: Record<string, unknown>, lang: Lang) {
  if (action === 'validate') {
    const { path, text } = entryOf(body, lang);
    const problems = await problemsOf(state.siteDir, { [path]: text }, lang);
    const errors: Record<string, string> = {};
    for (const p of problems) {
      const field = (p.line && fieldAtLine(path, text, p.line)) || fieldNamed(p.message) || '_entry';
      errors[field] = errors[field] ? `${errors[field]}; ${p.message}` : p.message;
    }
    return { errors, problems };
  }
  if (action === 'preview') {
    const { path, text } = entryOf(body, lang);
    const n = ++state.previews;
    const out = join(state.previewRoot, String(n));
    const result = await buildInto(state.siteDir, out, lang, {
      files: { [path]: text },
      basePath: `/_preview/${n}/`,
    });
    // Only the newest preview is kept.
    if (n > 1) await rm(join(state.previewRoot, String(n - 1)), { recursive: true, force: true });
    const page = path === 'content/about.md' ? '/about/' : result.articles.find((a) => a.file === path)?.path;
    return { problems: result.problems, url: page ? `/_preview/${n}${page}` : undefined };
  }
  if (action === 'build') {
    const outDir = join(state.siteDir, 'dist');
    const result = await buildInto(state.siteDir, outDir, lang);
    if (result.problems.length) {
      return { problems: await Promise.all(result.problems.map((p) => describe(state.siteDir, p))) };
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
