// Prints the min+gzip weight of each element's entry module and, with --check, fails when
// one exceeds the 3 KB budget. "Own" weight leaves out Lit and i18next (shared by every element
// on a page) but counts everything else it pulls in: @qiaoxin/i18n strings, tokens, helpers.
//
// Each entry is bundled with code splitting, as Vite and Rollup bundle it for a site: "own" is
// what a page downloads at load, the entry chunk and every chunk it imports statically, each
// gzipped as it is served. Chunks behind a dynamic import() (e.g. <qx-search>'s results, the
// zh-Hant strings) are listed apart, "on first use", and not budgeted.
import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
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

/** The gzipped weight of the chunks a page loads at once, and of those it loads later. */
async function weigh(entry, external) {
  const { outputFiles, metafile } = await build({
    entryPoints: [`dist/${entry}`],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    outdir: 'size-out', // never written: write is false
    write: false,
    metafile: true,
    // UTF-8 output, as Vite and Rollup ship it; esbuild's default \uXXXX escapes would
    // double the weight of every Chinese string.
    charset: 'utf8',
    external,
    logLevel: 'silent',
  });
  const gzipped = new Map(
    outputFiles.map((file) => [
      relative('.', file.path),
      gzipSync(file.contents, { level: 9 }).length,
    ]),
  );
  const outputs = metafile.outputs;
  const start = Object.keys(outputs).find((out) => outputs[out].entryPoint === `dist/${entry}`);
  // Walks static imports from `from`; dynamic ones are collected as the next roots.
  const reach = (from, seen, later) => {
    if (seen.has(from) || !outputs[from]) return;
    seen.add(from);
    for (const { path, kind, external: outside } of outputs[from].imports) {
      if (outside) continue;
      if (kind === 'dynamic-import') later.push(path);
      else reach(path, seen, later);
    }
  };
  const atLoad = new Set();
  const queue = [];
  reach(start, atLoad, queue);
  const onUse = new Set();
  while (queue.length) {
    const next = queue.pop();
    if (!atLoad.has(next)) reach(next, onUse, queue);
  }
  for (const out of atLoad) onUse.delete(out);
  const sum = (set) => [...set].reduce((total, out) => total + (gzipped.get(out) ?? 0), 0);
  return { load: sum(atLoad), later: sum(onUse) };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const rows = [];
for (const entry of [...entries, 'index.js']) {
  const own = await weigh(entry, shared);
  const total = await weigh(entry, []);
  const budgeted = entry !== 'index.js';
  rows.push({ entry, own, total, budgeted, over: budgeted && own.load > budgetBytes });
}

console.log(
  'module'.padEnd(24),
  'own (min+gz)'.padStart(14),
  'on first use'.padStart(14),
  'with Lit+i18next'.padStart(18),
  '  budget',
);
for (const { entry, own, total, over, budgeted } of rows) {
  const verdict = !budgeted
    ? ''
    : over
      ? `  OVER ${kb(budgetBytes)}`
      : `  ok (≤ ${kb(budgetBytes)})`;
  const later = own.later ? `+ ${kb(own.later)}` : '';
  console.log(
    entry.padEnd(24),
    kb(own.load).padStart(14),
    later.padStart(14),
    kb(total.load).padStart(18),
    verdict,
  );
}

const failures = rows.filter((row) => row.over);
if (process.argv.includes('--check') && failures.length > 0) {
  console.error(`\nSize budget exceeded by: ${failures.map((row) => row.entry).join(', ')}`);
  process.exit(1);
}
