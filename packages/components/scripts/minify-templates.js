// Minifies the html`` and css`` templates in dist/ after tsc, with minify-literals (html-minifier-
// next for HTML; csso for CSS, see below). Bundlers minify code but leave template strings as
// written, so shipping them trimmed saves every consumer the indentation and comments, and keeps
// each element within its 3 KB budget. The tests run against this dist/, so what they check is
// what ships.
//
// minify-literals passes a template through with only its line breaks taken out, and a console
// warning, when it cannot minify it (CSS it cannot parse, unsafeCSS in the file, an expression
// inside an HTML comment). That is harmless for a one-line value such as site-nav's
// `var(--qx-site-nav-color, ${…})`, but would quietly ship the indentation and comments of a
// whole sheet. So the result is checked: a template left with a run of spaces or a comment fails
// the build, with the library's warnings for that file.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify as csso } from 'csso';
import { minifyHTMLLiterals } from 'minify-literals';
import ts from 'typescript';

/**
 * minify-literals joins a template's parts with one placeholder (`@TEMPLATE_EXPRESSION`), minifies
 * the whole, and splits the result on that placeholder by position. So the CSS minifier must keep
 * declarations in order: its default, Lightning CSS, sorts them (a known trait of its minify
 * mode), which hands one interpolated token to another declaration (`font-size` got the colour).
 * csso without restructuring keeps the order. The placeholder stands in as an identifier while
 * csso runs, so it parses each value and collapses its white space instead of keeping it raw,
 * and keeps a space wherever an identifier needs one (`${space2} 0`, not `${space2}0`). A
 * template that is one value, not rules (`${width} solid ${colour}`), is minified as a declaration.
 */
function minifyCss(text) {
  const placeholder = /@TEMPLATE_EXPRESSION_*/.exec(text)?.[0] ?? '@TEMPLATE_EXPRESSION';
  const standIn = `--${placeholder.slice(1)}`;
  const value = !text.includes('{');
  const input = text.replaceAll(placeholder, standIn);
  let css = csso(value ? `a{b:${input}}` : input, { restructure: false }).css;
  if (value) css = css.slice('a{b:'.length, -'}'.length);
  css = css.replaceAll(standIn, placeholder);
  if (css.split(placeholder).length !== text.split(placeholder).length) {
    throw new Error(`csso lost an interpolation in:\n${text}`);
  }
  return css;
}

/** The raw text of each html`` / css`` / svg`` template part in a module. */
function templateParts(source) {
  const file = ts.createSourceFile('x.js', source, ts.ScriptTarget.Latest, true);
  const parts = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      ['html', 'css', 'svg'].includes(node.tag.text)
    ) {
      const { template } = node;
      const literals = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      parts.push(...literals.map((literal) => literal.rawText ?? ''));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return parts;
}

/** @type {import('minify-literals').Options} */
const options = {
  sourceMap: false,
  html: {
    // A run of white space becomes one space, never none: a template such as
    // html`<span>${name}</span> ` keeps the space that separates names in the text.
    conservativeCollapse: true,
  },
  css: minifyCss,
};

const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((file) =>
  file.endsWith('.js'),
);
const problems = [];
const warn = console.warn;
for (const file of files) {
  const path = join('dist', file);
  const warnings = [];
  console.warn = (...args) => warnings.push(args.join(' '));
  let source = readFileSync(path, 'utf8');
  try {
    const result = await minifyHTMLLiterals(source, { ...options, fileName: path });
    if (result) writeFileSync(path, (source = result.code));
  } finally {
    console.warn = warn;
  }
  const left = templateParts(source).filter((text) => /\s\s|\/\*|<!--/.test(text));
  if (left.length > 0) problems.push(`${path}: ${[...warnings, ...left].join('\n  ')}`);
}
if (problems.length > 0) {
  console.error(`Templates left unminified:\n${problems.join('\n')}`);
  process.exit(1);
}
