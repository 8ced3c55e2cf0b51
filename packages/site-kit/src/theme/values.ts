/**
 * The values a theme.json `--qx-*` override may take, by the type of the token it overrides,
 * judged by a real CSS parser and lexer (css-tree, whose grammar comes from the CSS specs via
 * mdn-data) rather than by a list of forbidden characters: a value is accepted only when it
 * parses as exactly one value of the token's type, and the stylesheet gets css-tree's
 * serialisation of it, never the text as written. So nothing a webmaster types can close the
 * declaration, open a comment that swallows the rest of the stylesheet, or reach lightningcss
 * as something it cannot parse.
 */
// A JSON import, not createRequire: this module also runs in the browser (Storybook's themes).
import tokenJson from '@qiaoxin/tokens/tokens.json' with { type: 'json' };
import { generate, lexer, parse, tokenize, tokenTypes, type CssNode } from 'css-tree';

/** The token types of @qiaoxin/tokens (its tokens.json `type`), and what each accepts. */
const kinds = {
  color: { describe: 'a colour', match: (v: CssNode) => lexer.matchType('color', v) },
  dimension: {
    describe: 'a length (like 4px, 0.5rem or 0)',
    match: (v: CssNode) => lexer.matchType('length-percentage', v),
  },
  duration: {
    describe: 'a duration (like 150ms)',
    match: (v: CssNode) => lexer.matchType('time', v),
  },
  cubicBezier: {
    describe: 'a timing function (like ease or cubic-bezier(0.2, 0, 0, 1))',
    match: (v: CssNode) => lexer.matchType('easing-function', v),
  },
  fontFamily: {
    describe: "a list of fonts (like 'Noto Sans SC', sans-serif)",
    match: (v: CssNode) => lexer.matchProperty('font-family', v),
  },
  fontWeight: {
    describe: 'a font weight (like 400 or bold)',
    match: (v: CssNode) => lexer.matchProperty('font-weight', v),
  },
  number: { describe: 'a number (like 1.5)', match: (v: CssNode) => lexer.matchType('number', v) },
} as const;
export type TokenType = keyof typeof kinds;

const tokenList = tokenJson as { name: string; type?: string }[];
const isKind = (type: string | undefined): type is TokenType => !!type && type in kinds;

/**
 * The type of a `--qx-*` token: its own, or, for a name the tokens package does not define
 * (`--qx-space-7`), the one type every token of its family (`--qx-space-*`) shares.
 * Undefined when neither tells: such a value cannot be checked, so it is not accepted.
 */
export function tokenTypeOf(name: string): TokenType | undefined {
  const own = tokenList.find((t) => t.name === name)?.type;
  if (own) return isKind(own) ? own : undefined;
  const parts = name.split('-'); // ['', '', 'qx', 'space', '7']
  for (let end = parts.length - 1; end > 3; end--) {
    const family = `${parts.slice(0, end).join('-')}-`;
    const types = new Set(tokenList.filter((t) => t.name.startsWith(family)).map((t) => t.type));
    if (types.size > 1) return undefined;
    const [type] = types;
    if (type !== undefined) return isKind(type) ? type : undefined;
  }
  return undefined;
}

/**
 * `4px` for `4px`; the text of a value as the stylesheet gets it, or the reason it is refused:
 * `problem` in English (this module also runs in the browser, without site-kit's message
 * catalogue), and the facts a caller words it from in the webmaster's language.
 */
export type Checked =
  | { css: string }
  | { problem: string; reason: 'unknownToken'; families: string[] }
  | { problem: string; reason: 'badValue'; type: TokenType };

/** What theme.json tokens look like; anything else is not a name the stylesheet may carry. */
export const tokenName = /^--qx-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Checks a `--qx-*` override against its token's type; `problem` is worded for theme.json. */
export function checkTokenValue(name: string, value: string): Checked {
  const type = tokenTypeOf(name);
  if (!tokenName.test(name) || !type) {
    const list = families();
    return {
      problem: `is not a token of @qiaoxin/tokens (its families: ${list.join(', ')})`,
      reason: 'unknownToken',
      families: list,
    };
  }
  const css = serialise(value, type);
  return css === undefined
    ? {
        problem: `${JSON.stringify(value)} is not ${kinds[type].describe}`,
        reason: 'badValue',
        type,
      }
    : { css };
}

/** css-tree's serialisation of `value` if it is one value of `type`, else undefined. */
function serialise(value: string, type: TokenType): string | undefined {
  // A comment, an escape or an angle bracket is never needed in a token value, and each is a
  // way to make one text mean two things to two parsers: refuse them before parsing.
  if (/[\\<>\p{Cc}]/u.test(value) || hasComment(value)) return undefined;
  let ast: CssNode;
  let broken = false;
  try {
    ast = parse(value, { context: 'value', onParseError: () => (broken = true) });
  } catch {
    return undefined;
  }
  if (broken) return undefined;
  const match = kinds[type].match(ast);
  if (match.error || match.matched === null) return undefined;
  const css = generate(ast);
  return css.trim() ? css : undefined;
}

function hasComment(value: string): boolean {
  let found = false;
  tokenize(value, (type) => {
    if (type === tokenTypes.Comment) found = true;
  });
  return found;
}

/** `--qx-color-*`, `--qx-space-*`, …: the prefixes of the tokens package, for messages. */
function families(): string[] {
  return [...new Set(tokenList.map((t) => t.name.split('-').slice(0, 4).join('-')))].map(
    (f) => `${f}-*`,
  );
}

/**
 * The declaration text of a checked override, for building the stylesheet. Throws on a value
 * that was never checked, so a caller that skipped the schema cannot emit raw text either.
 */
export function declarationOf(name: string, value: string): string {
  const checked = checkTokenValue(name, value);
  if ('problem' in checked) {
    throw new Error(`site-kit: theme value ${name}: ${checked.problem}`);
  }
  return `${name}:${checked.css}`;
}
