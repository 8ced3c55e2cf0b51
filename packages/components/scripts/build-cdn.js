// Writes cdn/qiaoxin.js: every element, Lit and i18next in one minified ES module (with its
// source map and type declarations) for a plain <script type="module"> on a page without a
// bundler, e.g. in a CMS. It also exports the bundle's own i18next instance and setLocale(),
// which a page cannot reach through @qiaoxin/i18n (that would be a second copy), and carries
// every language's strings, zh-Hant included.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const outfile = 'cdn/qiaoxin.js';
// The zh-Hant strings are imported statically: a CDN page has no bundler to give them a chunk
// of their own, and this way they are in the one file (setLocale's import() then finds them).
const entry = [
  "import '@qiaoxin/i18n/zh-hant.js';",
  "export * from './dist/index.js';",
  "export { i18n, getLocale, setLocale } from '@qiaoxin/i18n';",
].join('\n');
rmSync('cdn', { recursive: true, force: true });

await build({
  stdin: { contents: entry, resolveDir: '.', sourcefile: 'cdn-entry.js' },
  outfile,
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022'],
  sourcemap: true,
  // UTF-8 output: esbuild's default \uXXXX escapes would double every Chinese string.
  charset: 'utf8',
  // Lit's licence notices, gathered at the end of the file.
  legalComments: 'eof',
  logLevel: 'warning',
});
writeFileSync('cdn/qiaoxin.d.ts', entry.replace('./dist/', '../dist/') + '\n');

const code = readFileSync(outfile);
// One file: without `splitting`, esbuild inlines the package's own dynamic imports (the
// results part of <qx-search>); only Pagefind, from the site's own bundle, stays an import().
if (/import\(\s*["'`]\.{1,2}\//.test(code.toString()))
  throw new Error(`${outfile} imports a chunk`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`${outfile}: ${kb(code.length)} min, ${kb(gzipSync(code, { level: 9 }).length)} gzip`);
