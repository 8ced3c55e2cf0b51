// Prints the min+gzip weight of each element's entry module and, with --check, fails when
// one exceeds its budget. "Own" weight leaves out Lit and i18next (shared by every element
// on a page) but counts everything else it pulls in: @qiaoxin/i18n strings, tokens, helpers.
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const budgetBytes = 3 * 1024;
const shared = [
  'lit',
  'lit/*',
  'lit-html',
  'lit-html/*',
  'lit-element',
  'lit-element/*',
  '@lit/*',
  'i18next',
];
const entries = readdirSync('dist')
  .filter((file) => file.endsWith('.js') && file !== 'index.js')
  .sort();

async function gzippedSize(entry, external) {
  const result = await build({
    entryPoints: [`dist/${entry}`],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    // UTF-8 output, as Vite and Rollup ship it; esbuild's default \uXXXX escapes would
    // double the weight of every Chinese string.
    charset: 'utf8',
    external,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const rows = [];
for (const entry of [...entries, 'index.js']) {
  const own = await gzippedSize(entry, shared);
  const total = await gzippedSize(entry, []);
  const budgeted = entry !== 'index.js';
  rows.push({ entry, own, total, over: budgeted && own > budgetBytes, budgeted });
}

console.log(
  'module'.padEnd(24),
  'own (min+gz)'.padStart(14),
  'with Lit+i18next'.padStart(18),
  '  budget',
);
for (const { entry, own, total, over, budgeted } of rows) {
  const verdict = !budgeted
    ? ''
    : over
      ? `  OVER ${kb(budgetBytes)}`
      : `  ok (≤ ${kb(budgetBytes)})`;
  console.log(entry.padEnd(24), kb(own).padStart(14), kb(total).padStart(18), verdict);
}

const failures = rows.filter((row) => row.over);
if (process.argv.includes('--check') && failures.length > 0) {
  console.error(`\nSize budget exceeded by: ${failures.map((row) => row.entry).join(', ')}`);
  process.exit(1);
}
