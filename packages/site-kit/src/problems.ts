/** One thing wrong with a site folder, pointing at the file and line a webmaster must edit. */
export interface Problem {
  /** Relative to the site folder (or to `relativeTo` given to `loadSite`), with `/` separators. */
  file: string;
  /** 1-based; absent when no single line is to blame (a missing file, say). */
  line?: number;
  message: string;
}

export function formatProblem({ file, line, message }: Problem): string {
  return `${file}${line ? `:${line}` : ''}: ${message}`;
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
    return `${error.message}\n${count} problem${count === 1 ? '' : 's'} in the site folder`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
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
    const sorted = this.list
      .map((p, i) => ({ p, i }))
      .sort((a, b) => compare(a.p.file, b.p.file) || (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i)
      .map(({ p }) => p);
    throw new SiteError(sorted);
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
