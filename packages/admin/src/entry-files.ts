import { parseDocument, stringify, isMap, isSeq, isScalar, LineCounter, type Node } from 'yaml';

/**
 * The text of an entry as the editor writes it: Markdown with `---` front matter, or JSON.
 * Fields the webmaster left empty are dropped rather than written as `""`: the build reads an
 * absent optional field as "none" but refuses an empty one (`subtitle: ""`).
 */
export function entryText(path: string, data: Record<string, unknown>): string {
  if (path.endsWith('.json')) return `${JSON.stringify(data, null, 2)}\n`;
  const { body, ...front } = data;
  return `---\n${stringify(withoutEmpty(front))}---\n${typeof body === 'string' ? body : ''}`;
}

/** Decap's own Markdown text, tidied the same way (its empty fields dropped). */
export function tidyMarkdown(raw: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
  if (!match) return raw;
  const front = parseDocument(match[1] ?? '').toJS() as unknown;
  if (!front || typeof front !== 'object' || Array.isArray(front)) return raw;
  return entryText('x.md', { ...(front as Record<string, unknown>), body: match[2] ?? '' });
}

function withoutEmpty(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).filter(([, v]) => v !== '' && v !== null && v !== undefined),
  );
}

/**
 * The top-level field a problem's line points at in `text` (Markdown front matter or JSON, both
 * read as YAML with positions), or `body` below the front matter. The build names lines; the
 * editor shows each message beside its field.
 */
export function fieldAtLine(path: string, text: string, line: number): string | undefined {
  const markdown = path.endsWith('.md');
  const lines = text.split('\n');
  let source = text;
  let first = 1;
  if (markdown) {
    const close = lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l));
    if (close > 0 && line > close + 1) return 'body';
    source = lines.slice(1, Math.max(close, 1)).join('\n');
    first = 2;
  }
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter });
  if (!isMap(doc.contents)) return undefined;
  let found: string | undefined;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const start = (pair.key as Node | null)?.range?.[0];
    if (key === undefined || start === undefined) continue;
    if (counter.linePos(start).line + first - 1 <= line) found = key;
  }
  return found;
}

export { isSeq };
