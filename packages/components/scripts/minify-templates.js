// Minifies the html`` and css`` templates in dist/ after tsc, with Lit's own minifier.
// Bundlers minify code but leave template strings as written, so shipping them minified
// saves every consumer the indentation and comments.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';

const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) =>
  f.endsWith('.js'),
);
for (const file of files) {
  const path = join('dist', file);
  const result = await minifyHTMLLiterals(readFileSync(path, 'utf8'), { fileName: path });
  if (result) writeFileSync(path, result.code);
}
