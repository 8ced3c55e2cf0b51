import {
  CST,
  Lexer,
  LineCounter,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import { t } from '../messages/index.js';
import { explainYaml, type TextError } from './yaml-hints.js';

/** A parsed JSON or YAML text that can say on which line any value (or its key) sits. */
export interface Located {
  value: unknown;
  /** 1-based line of the key (or sequence item) at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number;
  /** Syntax errors, with 1-based lines; `explained` ones are whole messages of ours. */
  errors: TextError[];
}

/**
 * The `yaml` package parses JSON too (JSON is YAML 1.2), and unlike `JSON.parse` it keeps
 * source positions, which is what lets every schema problem name its line.
 * `firstLine` shifts lines for text that starts inside a larger file (front matter); `yaml`
 * (front matter) adds hints for the mistakes a Chinese keyboard makes (yaml-hints.ts).
 */
export function parseLocated(text: string, firstLine = 1, { yaml = false } = {}): Located {
  const counter = new LineCounter();
  const tooDeep = deepOffset(text);
  if (tooDeep !== undefined) {
    // Lines without parsing: the parser itself is what deep nesting would overflow.
    const line = text.slice(0, tooDeep).split('\n').length + firstLine - 1;
    const message = t('syntax.tooDeep', { max: maxDepth });
    return { value: undefined, errors: [{ line, message }], lineOf: () => firstLine };
  }
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const parsed: TextError[] = doc.errors.map((e) => ({
    line: toLine(e.pos[0]),
    // The first line only: the rest is a code frame with lines relative to the snippet.
    message: (e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, ''),
  }));
  const errors = yaml
    ? explainYaml(text.split(/\r?\n/), firstLine, parsed, isMap(doc.contents))
    : parsed;
  let value: unknown;
  if (!errors.length) {
    try {
      // yaml counts what aliases (*name) expand to and throws past the limit, which stops
      // "billion laughs" texts that would otherwise expand into gigabytes.
      value = doc.toJS({ maxAliasCount });
    } catch (error) {
      if (!(error instanceof ReferenceError)) throw error;
      errors.push({
        line: toLine(firstAlias(doc)),
        message: t('syntax.aliases'),
      });
    }
  }
  return { value, errors, lineOf: (path) => toLine(offsetOf(doc, path)) };
}

/** Nesting a site file may have; real ones use five or six levels, yaml overflows near 800. */
export const maxDepth = 64;
/** Aliases a text may expand (yaml's default is 100, counted by the size of what they copy). */
const maxAliasCount = 100;

/**
 * Where `text` nests deeper than `maxDepth`, from yaml's lexer, which knows a `[` in a quoted
 * string from one that opens a list and, unlike the parser, keeps no stack. Flow nesting
 * (`[`, `{`) is counted; block nesting is bounded by indentation, since each level must be
 * indented further, so a block indicator or key past column `2 * maxDepth` counts as too deep.
 */
function deepOffset(text: string): number | undefined {
  // Nothing to look for without a `[` or `{` (no flow nesting) and without a line long enough
  // to reach past the column (most front matter): a lexer pass saved for each article.
  if (!/[[{]/.test(text) && !longLine.test(text)) return undefined;
  let depth = 0;
  let offset = 0;
  let lineStart = 0;
  let afterScalarMark = false;
  for (const token of new Lexer().lex(text)) {
    const type = afterScalarMark ? 'scalar' : CST.tokenType(token);
    afterScalarMark = token === CST.SCALAR;
    if (type === 'flow-map-start' || type === 'flow-seq-start') {
      if (++depth > maxDepth) return offset;
    } else if (type === 'flow-map-end' || type === 'flow-seq-end') {
      depth = Math.max(0, depth - 1);
    } else if (type === 'newline') {
      lineStart = offset + token.length;
    } else if (
      depth === 0 &&
      (type === 'seq-item-ind' || type === 'explicit-key-ind' || type === 'scalar') &&
      offset - lineStart > 2 * maxDepth
    ) {
      return offset;
    }
    // The lexer's markers are not part of the source text.
    if (token !== CST.DOCUMENT && token !== CST.SCALAR && token !== CST.FLOW_END) {
      offset += token.length;
    }
  }
  return undefined;
}

const longLine = new RegExp(`[^\n]{${2 * maxDepth + 1}}`);

function firstAlias(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
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
