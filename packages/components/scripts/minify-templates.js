// Minifies the static text of html`` and css`` templates in dist/ after tsc. Bundlers minify
// code but leave template strings as written, so shipping them trimmed saves every consumer
// the indentation and comments.
//
// Deliberately conservative (Lit's own minifier rewrites CSS through placeholders and once
// dropped a `;` between two interpolations): each template part is rewritten on its own, and
// only in ways that cannot change what the template means.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import * as tokens from '@qiaoxin/tokens/vars.js';

// HTML and CSS treat a whitespace run that contains a line break as a single space.
const collapseBreaks = (text) => text.replace(/\s*\n\s*/g, ' ');

/**
 * Whitespace inside a tag (`<a\n  href=${x}\n>`) is one space between attributes and none
 * before `>`. `state` says whether a part starts inside a tag or a quoted attribute value,
 * as the part before it ended. Text between tags keeps its spaces: between inline elements
 * they show.
 */
function minifyHtml(text, state) {
  let { inTag, quote } = state;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === quote) quote = '';
    } else if (!inTag) {
      if (char === '<' && /[a-z/]/i.test(text[i + 1] ?? '')) inTag = true;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      inTag = false;
    } else if (/\s/.test(char)) {
      const run = /^\s+/.exec(text.slice(i))[0];
      const next = text[i + run.length];
      i += run.length - 1;
      // Before ">" or "/>" no space is needed; one is kept before an interpolation.
      if (next !== '>' && !(next === '/' && text[i + 2] === '>')) out += ' ';
      continue;
    }
    out += char;
  }
  Object.assign(state, { inTag, quote });
  return collapseBreaks(out);
}

const minifyCss = (text) =>
  collapseBreaks(text.replace(/\/\*[\s\S]*?\*\//g, ''))
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/\s+!important/g, '!important')
    // The last declaration of a block needs no ";".
    .replace(/;}/g, '}')
    // [part='title'] is [part=title]: an identifier needs no quotes.
    .replace(/(\[[\w-]+[~|^$*]?=)'([a-z][\w-]*)'\]/gi, '$1$2]');

/** The [start, end, replacement] edits for every template part under a css/html tag. */
function templateEdits(source) {
  const file = ts.createSourceFile('x.js', source, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const minify = ['html', 'css'].includes(node.tag.text) ? node.tag.text : undefined;
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      const state = { inTag: false, quote: '' };
      parts.forEach((part, index) => {
        if (!minify) return;
        // The raw text sits between the opening (` or }) and closing (` or ${) delimiters.
        const start = part.getStart(file) + 1;
        const end =
          part.getEnd() -
          (ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part) ? 1 : 2);
        let text = source.slice(start, end);
        if (minify === 'html') text = minifyHtml(text, state);
        else text = minifyCss(text);
        // Space at either end of a whole css template is nothing.
        if (minify === 'css' && index === 0) text = text.trimStart();
        if (minify === 'css' && index === parts.length - 1) text = text.trimEnd();
        edits.push([start, end, text]);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return edits.sort((a, b) => b[0] - a[0]);
}

/** The names an import statement from a module matching `from` (a regexp source) brings in. */
const importPattern = (from) => new RegExp(`import \\{([^}]*)\\} from '(${from})';\\n`);

/** Drops the names an import no longer needs, and the whole import when it needs none. */
function pruneImport(source, from) {
  const match = importPattern(from).exec(source);
  if (!match || match[1].includes(' as ')) return source;
  const rest = source.replace(match[0], '');
  // Comments may name what the code no longer uses (tsc keeps each on lines of its own).
  const code = rest.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  const used = match[1]
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name && new RegExp(`\\b${name}\\b`).test(code));
  const kept = used.length ? `import { ${used.join(', ')} } from '${match[2]}';\n` : '';
  return source.slice(0, match.index) + kept + rest.slice(match.index);
}

const tokensModule = '@qiaoxin/tokens/vars\\.js';

/**
 * Writes each token interpolated into a template, `${token(space3)}`, as its text,
 * `var(--qx-space-3, 0.75rem)`. The CSS is the same either way; inlined, it costs a page no
 * variable per token and no call per use, and the tokens module is no longer imported.
 * Only names imported from the tokens module are inlined.
 */
function inlineTokens(source) {
  const match = importPattern(tokensModule).exec(source);
  if (!match) return source;
  const names = new Set(match[1].split(',').map((name) => name.trim()));
  source = source.replace(/\$\{token\((\w+)\)\}/g, (whole, name) =>
    names.has(name) ? tokens[name].replace(/[`\\]|\$\{/g, '\\$&') : whole,
  );
  return pruneImport(pruneImport(source, tokensModule), '[./]+(?:internal/)?token\\.js');
}

const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) =>
  f.endsWith('.js'),
);
for (const file of files) {
  const path = join('dist', file);
  let source = inlineTokens(readFileSync(path, 'utf8'));
  for (const [start, end, text] of templateEdits(source)) {
    source = source.slice(0, start) + text + source.slice(end);
  }
  writeFileSync(path, source);
}
