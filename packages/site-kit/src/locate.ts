import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';

/** A parsed JSON or YAML text that can say on which line any value (or its key) sits. */
export interface Located {
  value: unknown;
  /** 1-based line of the key (or sequence item) at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number;
  /** Syntax errors, with 1-based lines. */
  errors: { line: number; message: string }[];
}

/**
 * The `yaml` package parses JSON too (JSON is YAML 1.2), and unlike `JSON.parse` it keeps
 * source positions, which is what lets every schema problem name its line.
 * `firstLine` shifts lines for text that starts inside a larger file (front matter).
 */
export function parseLocated(text: string, firstLine = 1): Located {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const errors = doc.errors.map((e) => ({
    line: toLine(e.pos[0]),
    // The first line only: the rest is a code frame with lines relative to the snippet.
    message: (e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, ''),
  }));
  return {
    value: errors.length ? undefined : doc.toJS(),
    errors,
    lineOf: (path) => toLine(offsetOf(doc, path)),
  };
}

function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = 0; // a missing top-level key: blame the start of the text
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset;
}
