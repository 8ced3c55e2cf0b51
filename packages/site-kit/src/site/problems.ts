import { t } from '../messages/index.js';

/** One thing wrong with a site folder, pointing at the file and line a webmaster must edit. */
export interface Problem {
  /** Relative to the site folder (or to `relativeTo` given to `loadSite`), with `/` separators. */
  file: string;
  /** 1-based; absent when no single line is to blame (a missing file, say). */
  line?: number;
  message: string;
}

/**
 * One line of terminal text. File names and messages quote the webmaster's content, so they
 * are escaped here, where every problem is formatted: an escape sequence (`\u001b]0;…\u0007`
 * retitles the terminal, `\u001b[2J` clears it), a carriage return or a bidi override would
 * otherwise rewrite what the CI log shows.
 */
export function formatProblem({ file, line, message }: Problem): string {
  return escapeControls(`${file}${line ? `:${line}` : ''}: ${message}`);
}

/**
 * C0 and C1 controls (newlines too: a problem is one line), DEL, and the Unicode format
 * characters that reorder or hide text (bidi embeddings, overrides and isolates, line and
 * paragraph separators), written as `\u001b`. A dozen code points need no library.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controls = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

export function escapeControls(text: string): string {
  return text.replace(controls, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Thrown by `loadSite` with every problem found, not just the first: a webmaster fixing a
 * folder should see the whole list in one build, not one error per attempt.
 */
export class SiteError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'SiteError';
    this.problems = problems;
  }
}

/** CLI text: one `file:line: message` per line and a count, or the message of any other error. */
export function formatSiteError(error: unknown): string {
  if (error instanceof SiteError) {
    const count = error.problems.length;
    return `${error.message}\n${t(count === 1 ? 'cli.problem' : 'cli.problems', { count })}`;
  }
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  // Other errors may quote content too; their lines stay lines.
  return text.split('\n').map(escapeControls).join('\n');
}

/** Collects problems for one file, so callers only say which line and what is wrong. */
export class Problems {
  readonly list: Problem[] = [];

  add(file: string, line: number | undefined, message: string): void {
    this.list.push(line ? { file, line, message } : { file, message });
  }

  /** Problems are reported in file order, then line order, whatever order checks ran in. */
  throwIfAny(): void {
    if (!this.list.length) return;
    throw new SiteError(sortProblems(this.list));
  }
}

/** In file order, then line order; problems on one line keep their order. */
export function sortProblems(list: readonly Problem[]): Problem[] {
  return list
    .map((p, i) => ({ p, i }))
    .sort((a, b) => compare(a.p.file, b.p.file) || (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i)
    .map(({ p }) => p);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
