/**
 * theme.json for the editor: read it, judge a draft exactly as the build does (the same zod
 * schema, so the same messages), describe the palettes and every pair for the page, and write
 * an accepted draft back in the format the build reads, `$schema` and key order kept.
 */
import { randomBytes } from 'node:crypto';
import { lstat, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { themeSchema } from '../site/schemas.js';
import { t } from '../messages/index.js';
import {
  brandKeys,
  checkContrast,
  colourTokens,
  contrast,
  derivePalettes,
  elderPairs,
  formatRatio,
  normalPairs,
  parseColour,
  toHex,
  type ColourToken,
} from '../theme/index.js';

export type Draft = Record<string, string>;

/** Far more than any theme needs (four brand colours and a few dozen overrides). */
const maxKeys = 200;
const maxLength = 200;
export const maxThemeBytes = 64 * 1024;

/** The draft a request sent, or undefined when it is not a flat object of short strings. */
export function draftOf(value: unknown): Draft | undefined {
  const theme = (value as { theme?: unknown } | null)?.theme;
  if (typeof theme !== 'object' || theme === null || Array.isArray(theme)) return undefined;
  const entries = Object.entries(theme);
  if (entries.length > maxKeys) return undefined;
  const draft: Draft = {};
  for (const [key, v] of entries) {
    if (key === '$schema' || key === '__proto__') continue; // $schema is the file's own
    if (typeof v !== 'string' || key.length > maxLength || v.length > maxLength) return undefined;
    draft[key] = v;
  }
  return draft;
}

export type ThemeFile = { theme: Record<string, unknown> } | { problem: string };

/** theme.json as written (an absent file is an empty theme), or why it cannot be edited. */
export async function readThemeFile(siteDir: string): Promise<ThemeFile> {
  const path = join(siteDir, 'theme.json');
  const unreadable = (reason: string) => ({ problem: t('editor.unreadable', { reason }) });
  const stat = await lstat(path).catch((e: NodeJS.ErrnoException) => e);
  if (stat instanceof Error)
    return stat.code === 'ENOENT' ? { theme: {} } : unreadable(String(stat.code));
  if (stat.isSymbolicLink()) return { problem: `theme.json ${t('editor.link')}` };
  if (!stat.isFile()) return unreadable(t('read.notRegular'));
  if (stat.size > maxThemeBytes)
    return unreadable(t('read.tooBig', { size: `${stat.size} B`, max: '64 KB' }));
  try {
    const value: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return unreadable(
        t('json.notObject', { kind: Array.isArray(value) ? t('kind.array') : typeof value }),
      );
    }
    return { theme: value as Record<string, unknown> };
  } catch (error) {
    return unreadable(t('syntax.json', { detail: (error as Error).message }));
  }
}

/** The draft the editor shows: the file without `$schema`; values that are not text as JSON. */
export function draftFromFile(theme: Record<string, unknown>): Draft {
  return Object.fromEntries(
    Object.entries(theme)
      .filter(([k]) => k !== '$schema')
      .map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
  );
}

export interface PairRow {
  mode: 'normal' | 'elder';
  foreground: ColourToken;
  background: ColourToken;
  /** The tokens' names in the page's language. */
  fgName: string;
  bgName: string;
  fg: string;
  bg: string;
  ratio: string;
  min: number;
  pass: boolean;
}

export interface Judgement {
  ok: boolean;
  /** The build's messages, by the theme.json key they are about. */
  problems: Record<string, string[]>;
  /** The nearest passing colour for each key a failing pair blames. */
  fixes: Record<string, string>;
  /** Each readable brand colour as #rrggbb, for the colour pickers. */
  hex: Record<string, string>;
  palettes?: Record<'normal' | 'elder', Record<ColourToken, string>>;
  pairs: PairRow[];
}

/** The draft judged as the build judges theme.json, with all the page shows of it. */
export function judge(draft: Draft): Judgement {
  const problems: Record<string, string[]> = {};
  const parsed = themeSchema.safeParse(draft);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const key = String(issue.path[0] ?? '');
    (problems[key] ??= []).push(issue.message);
  }
  const hex: Record<string, string> = {};
  for (const key of brandKeys) {
    const colour = draft[key] !== undefined ? parseColour(draft[key]) : undefined;
    if (colour) hex[key] = toHex(colour.rgb);
  }
  const readable = Object.values(problems).flat().length === 0 || onlyContrast(draft, problems);
  if (!readable) return { ok: false, problems, fixes: {}, hex, pairs: [] };
  const fixes: Record<string, string> = {};
  for (const failure of checkContrast(draft)) {
    if (failure.nearest) fixes[failure.key] ??= failure.nearest;
  }
  const palettes = derivePalettes(draft);
  const flat = (mode: 'normal' | 'elder') =>
    Object.fromEntries(colourTokens.map((c) => [c, palettes[mode][c].css])) as Record<
      ColourToken,
      string
    >;
  const pairs: PairRow[] = [];
  for (const [mode, list] of [
    ['normal', normalPairs],
    ['elder', elderPairs],
  ] as const) {
    for (const [foreground, background, min] of list) {
      const [f, b] = [palettes[mode][foreground], palettes[mode][background]];
      const ratio = contrast(f.rgb, b.rgb);
      pairs.push({
        mode,
        foreground,
        background,
        fgName: t(`colour.${foreground}`),
        bgName: t(`colour.${background}`),
        fg: toHex(f.rgb),
        bg: toHex(b.rgb),
        ratio: formatRatio(ratio),
        min,
        pass: ratio >= min,
      });
    }
  }
  return {
    ok: parsed.success,
    problems,
    fixes,
    hex,
    palettes: { normal: flat('normal'), elder: flat('elder') },
    pairs,
  };
}

/** Whether every problem is a contrast failure (the schema checks contrast only when all else is valid). */
function onlyContrast(draft: Draft, problems: Record<string, string[]>): boolean {
  const failing = new Set(checkContrastSafe(draft).map((f) => f.key));
  return Object.keys(problems).every((k) => failing.has(k));
}

function checkContrastSafe(draft: Draft) {
  try {
    return checkContrast(draft);
  } catch {
    return []; // a value the palette cannot use: the schema has said so
  }
}

/**
 * The file to write: the keys of the file in their order with the draft's values, keys the
 * draft dropped left out, new keys after them in the order of the brand keys, then the rest.
 */
export function merged(file: Record<string, unknown>, draft: Draft): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(file)) {
    if (key === '$schema') out[key] = value;
    else if (key in draft) out[key] = draft[key];
  }
  const order = (k: string) => {
    const i = (brandKeys as readonly string[]).indexOf(k);
    return i === -1 ? brandKeys.length : i;
  };
  for (const key of Object.keys(draft).sort((a, b) => order(a) - order(b))) {
    if (!(key in out)) out[key] = draft[key];
  }
  return out;
}

/**
 * Writes `text` to `file` in the site folder through a new file renamed over it: a reader (a
 * build, an editor) sees the old file or the new one, never half of one, and a link where the
 * file was is replaced, not followed.
 */
export async function writeAtomically(siteDir: string, file: string, text: string | Buffer) {
  const temp = join(siteDir, `.${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { flag: 'wx', mode: 0o644 });
    await rename(temp, join(siteDir, file));
  } finally {
    await rm(temp, { force: true });
  }
}

export const themeText = (theme: Record<string, unknown>) => `${JSON.stringify(theme, null, 2)}\n`;
