import { parseLocated, type Located } from './locate.js';

export interface Split {
  /** The parsed front matter; line numbers are those of the .md file. */
  data: Located;
  body: string;
  /** 1-based line of the .md file on which the body starts. */
  bodyLine: number;
}

/**
 * Splits `---` front matter from the Markdown body. Returns a problem (line and message)
 * rather than guessing when the fences are missing: content without a title or date is
 * never what the webmaster meant.
 */
export function splitFrontMatter(source: string): Split | { line: number; message: string } {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return { line: 1, message: 'must start with front matter between --- lines' };
  }
  const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (close < 0) return { line: 1, message: 'front matter is not closed by a --- line' };
  return {
    // Line 1 is the opening fence, so the YAML starts on line 2.
    data: parseLocated(lines.slice(1, close).join('\n'), 2),
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
