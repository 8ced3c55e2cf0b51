// size-limit checks (with @size-limit/esbuild and @size-limit/file): each element entry must
// weigh at most 3 KiB min+gzip at page load beyond what every element on a page shares — Lit,
// i18next and the token module (@qiaoxin/tokens/lit.js: a page downloads each token once, however
// many elements use it). Everything else an entry pulls in counts: @qiaoxin/i18n, helpers.
//
// "At load" is what a page downloads before the element works; chunks behind a dynamic import()
// (<qx-search>'s results, the zh-Hant strings) load on first use, so that check leaves them out
// and two unbudgeted checks show them and the whole weight. scripts/size.js prints the table.
import { readdirSync } from 'node:fs';

export const budget = '3 KiB';
const shared = [
  'lit',
  'lit/*',
  'lit-html',
  'lit-html/*',
  'lit-element',
  'lit-element/*',
  '@lit/*',
  'i18next',
  '@qiaoxin/tokens',
  '@qiaoxin/tokens/*',
];

/** @type {import('esbuild').Plugin} */
const dynamicImportsApart = {
  name: 'dynamic-imports-apart',
  setup(build) {
    build.onResolve({ filter: /.*/ }, ({ kind, path }) =>
      kind === 'dynamic-import' ? { path, external: true } : undefined,
    );
  },
};

/** @param {boolean} lazyApart */
const esbuildConfig = (lazyApart) => (/** @type {import('esbuild').BuildOptions} */ config) => ({
  ...config,
  format: 'esm',
  // UTF-8 output, as Vite and Rollup ship it; esbuild's default \uXXXX escapes would double the
  // weight of every Chinese string.
  charset: 'utf8',
  plugins: lazyApart ? [dynamicImportsApart] : [],
});

export const entries = readdirSync('dist')
  .filter((file) => file.endsWith('.js') && file !== 'index.js')
  .sort();

/** The three checks of one entry; only elements (not index.js) have a budget. */
const checks = (entry) => [
  {
    name: `${entry} at load`,
    path: `dist/${entry}`,
    gzip: true,
    ignore: shared,
    modifyEsbuildConfig: esbuildConfig(true),
    ...(entry === 'index.js' ? {} : { limit: budget }),
  },
  {
    name: `${entry} with first use`,
    path: `dist/${entry}`,
    gzip: true,
    ignore: shared,
    modifyEsbuildConfig: esbuildConfig(false),
  },
  {
    name: `${entry} with shared`,
    path: `dist/${entry}`,
    gzip: true,
    modifyEsbuildConfig: esbuildConfig(true),
  },
];

/**
 * Modules that load on demand, behind an element's dynamic import(), with budgets of their own:
 * their weight is paid by the readers who use them, never by a page at load.
 */
export const onDemand = { 'a11y-toolbar/speech.js': '3 KiB' };

const onDemandChecks = Object.entries(onDemand).map(([entry, limit]) => ({
  name: `${entry} at load`,
  path: `dist/${entry}`,
  gzip: true,
  ignore: shared,
  modifyEsbuildConfig: esbuildConfig(true),
  limit,
}));

export default [...[...entries, 'index.js'].flatMap(checks), ...onDemandChecks];
