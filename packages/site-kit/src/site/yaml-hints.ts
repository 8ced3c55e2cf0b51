import { t } from '../messages/index.js';

/** A syntax error at a line of a text, with `explained` when it is a hint of ours, not yaml's. */
export interface TextError {
  line: number;
  message: string;
  explained?: boolean;
}

/** `title：…`: a field name, then a full-width colon where YAML needs `: `. */
const fullWidthKey = /^(\s*(?:-\s+)?)([A-Za-z_][\w.-]*)\s*：\s*(.*)$/;
/** `title: value`, the value plain (not quoted, not a block scalar). */
const plainPair = /^(\s*(?:-\s+)?)([A-Za-z_][\w.-]*):[ \t]+([^'"|>#\s].*?)\s*$/;
/** A line that already is a YAML `key:` pair. */
const asciiKey = /^\s*(?:-\s+)?[^\s#'"][^:]*:(?:\s|$)/;

/**
 * The YAML mistakes a webmaster on a Chinese keyboard makes, in words with the fix: yaml itself
 * says "Implicit keys need to be on a single line" or "Unexpected scalar at node end", which
 * names neither the cause nor the cure. `lines` are the YAML's own lines, `firstLine` the line
 * number of the first. A line with a hint replaces yaml's errors on it; a full-width colon is
 * also found when yaml saw no error (a front matter of one line is then just a text).
 */
export function explainYaml(
  lines: readonly string[],
  firstLine: number,
  errors: readonly TextError[],
  isMap: boolean,
): TextError[] {
  const hints = new Map<number, string>();
  const erring = new Set(errors.map((e) => e.line));
  lines.forEach((text, i) => {
    const line = i + firstLine;
    const hint = erring.has(line) || !isMap ? hintFor(text) : undefined;
    if (hint) hints.set(line, hint);
  });
  if (!hints.size) return [...errors];
  const kept = errors.filter((e) => !hints.has(e.line));
  const explained = [...hints].map(([line, message]) => ({ line, message, explained: true }));
  return [...kept, ...explained].sort((a, b) => a.line - b.line);
}

function hintFor(text: string): string | undefined {
  const wide = fullWidthKey.exec(text);
  if (wide && !asciiKey.test(text)) {
    const [, , key = '', value = ''] = wide;
    return t('yaml.fullWidthColon', { key, fixed: `${key}: ${shorten(value)}` });
  }
  const pair = plainPair.exec(text);
  if (!pair) return undefined;
  const [, , key = '', value = ''] = pair;
  // JSON.stringify writes a valid YAML double-quoted string: quotes and backslashes escaped.
  const fixed = `${key}: ${JSON.stringify(value)}`;
  // `[通知] 关于…`: a closed bracket with text after it. An unclosed one (`[2023-06-02`) is more
  // likely a slip of the finger, which quotes would not mend: yaml's own words stay.
  if (/^(?:\[[^\]]*\]|\{[^}]*\})\s*[^\s,#]/.test(value)) {
    return t('yaml.quoteBracket', { key, mark: value[0] ?? '', fixed });
  }
  if (/:\s|:$/.test(value)) return t('yaml.quoteColon', { key, fixed });
  return undefined;
}

/** The start of a long value: the fix shows where the colon goes, not the whole title. */
function shorten(value: string): string {
  const chars = [...value];
  return chars.length > 12 ? `${chars.slice(0, 12).join('')}…` : value;
}
