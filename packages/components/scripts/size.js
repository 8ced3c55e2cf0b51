// Prints the weight of each element entry as size-limit measures it (.size-limit.js says what
// is counted) and, with --check, fails when one is over its budget (3 KiB unless .size-limit.js says otherwise). size-limit does the
// bundling and gzipping; this script only lays its three checks per entry out as one table row.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const bin = join(
  dirname(createRequire(import.meta.url).resolve('size-limit/package.json')),
  'bin.js',
);

/** @type {{ name: string, size: number, passed?: boolean, sizeLimit?: number }[]} */
let results;
try {
  results = JSON.parse(execFileSync(process.execPath, [bin, '--json'], { encoding: 'utf8' }));
} catch (error) {
  // size-limit exits 1 when a check is over its limit, and still prints every result.
  const output = /** @type {{ stdout?: string }} */ (error).stdout;
  if (!output?.trim().startsWith('[')) throw error;
  results = JSON.parse(output);
}
const byName = new Map(results.map((result) => [result.name, result]));
const entries = [
  ...new Set(
    results
      .filter((result) => / (at load|with first use|with shared)$/.test(result.name))
      .map((result) => result.name.replace(/ .*/, '')),
  ),
];

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
console.log(
  'module'.padEnd(24),
  'own (min+gz)'.padStart(14),
  'on first use'.padStart(14),
  'with Lit+i18next+tokens'.padStart(24),
  '  budget',
);
for (const entry of entries) {
  const atLoad = byName.get(`${entry} at load`);
  const later = (byName.get(`${entry} with first use`)?.size ?? 0) - (atLoad?.size ?? 0);
  const budget = atLoad?.sizeLimit;
  const verdict = !budget ? '' : atLoad.passed ? `  ok (≤ ${kb(budget)})` : `  OVER ${kb(budget)}`;
  console.log(
    entry.padEnd(24),
    kb(atLoad?.size ?? 0).padStart(14),
    (later > 0 ? `+ ${kb(later)}` : '').padStart(14),
    kb(byName.get(`${entry} with shared`)?.size ?? 0).padStart(24),
    verdict,
  );
}

// What the unopened toolbar adds to a page that has <qx-elder-mode> (see .size-limit.js).
const { toolbarBudget } = await import('../.size-limit.js');
const beside = byName.get('a11y-toolbar.js beside elder-mode.js')?.size ?? 0;
const added = beside - (byName.get('elder-mode.js alone')?.size ?? 0);
const panel = byName.get('a11y-toolbar/panel.js on first open');
console.log(
  `\n<qx-a11y-toolbar> unopened, added to a page with <qx-elder-mode>: ${kb(added)}` +
    (added <= toolbarBudget ? `  ok (≤ ${kb(toolbarBudget)})` : `  OVER ${kb(toolbarBudget)}`),
);
console.log(
  `its panel, on first open: ${kb(panel?.size ?? 0)} (budget ${kb(panel?.sizeLimit ?? 0)})`,
);

const failures = results.filter((result) => result.passed === false);
if (added > toolbarBudget) failures.push({ name: 'a11y-toolbar.js unopened', size: added });
if (process.argv.includes('--check') && failures.length > 0) {
  console.error(`\nSize budget exceeded by: ${failures.map((result) => result.name).join(', ')}`);
  process.exit(1);
}
