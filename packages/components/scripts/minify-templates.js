// Minifies the static text of html`` and css`` templates in dist/ after tsc. Bundlers minify
// code but leave template strings as written, so shipping them trimmed saves every consumer
// the indentation and comments.
//
// Deliberately conservative (Lit's own minifier rewrites CSS through placeholders and once
// dropped a `;` between two interpolations): it only removes CSS comments, and collapses
// whitespace runs that contain a line break, which HTML and CSS treat as a single space.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const collapseBreaks = (text) => text.replace(/\s*\n\s*/g, ' ');
const minifiers = {
  html: collapseBreaks,
  css: (text) =>
    collapseBreaks(text.replace(/\/\*[\s\S]*?\*\//g, ''))
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/:\s+/g, ':'),
};

/** The [start, end, replacement] edits for every template part under a css/html tag. */
function templateEdits(source) {
  const file = ts.createSourceFile('x.js', source, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const minify = minifiers[node.tag.text];
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const part of minify ? parts : []) {
        // The raw text sits between the opening (` or }) and closing (` or ${) delimiters.
        const start = part.getStart(file) + 1;
        const end =
          part.getEnd() -
          (ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part) ? 1 : 2);
        edits.push([start, end, minify(source.slice(start, end))]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return edits.sort((a, b) => b[0] - a[0]);
}

const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) =>
  f.endsWith('.js'),
);
for (const file of files) {
  const path = join('dist', file);
  let source = readFileSync(path, 'utf8');
  for (const [start, end, text] of templateEdits(source)) {
    source = source.slice(0, start) + text + source.slice(end);
  }
  writeFileSync(path, source);
}
