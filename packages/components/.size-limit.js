// size-limit checks (with @size-limit/esbuild and @size-limit/file): each element entry must
// weigh at most 3 KiB min+gzip at page load beyond what every element on a page shares — Lit,
// i18next and the token module (@qiaoxin/tokens/lit.js: a page downloads each token once, however
// many elements use it). Everything else an entry pulls in counts: @qiaoxin/i18n, helpers.
//
// "At load" is what a page downloads before the element works; chunks behind a dynamic import()
// (<qx-search>'s results, the zh-Hant strings) load on first use, so that check leaves them out
// and two unbudgeted checks show them and the whole weight. scripts/size.js prints the table.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const budget = '3 KiB';
/**
 * Elements allowed more, each with its reason. <qx-bilingual-header> carries its compact layout:
 * at narrow widths a native <details> menu (菜单 / Menu) holding the tools and the navigation, so
 * it opens with no JavaScript. That is CSS and markup, which ship inside the module for server
 * rendering; the portals render the header on the server only and never download this module.
 */
export const budgets = { 'bilingual-header.js': '3.35 KiB' };
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
    ...(entry === 'index.js' ? {} : { limit: budgets[entry] ?? budget }),
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

/**
 * The accessibility toolbar is on every page, beside <qx-elder-mode>, so its budget is what it
 * adds to a page that already has that element (and so @qiaoxin/i18n and the shared helpers):
 * at most 1 KiB until it is opened; scripts/size.js subtracts and checks. Its panel, the tools
 * loaded on first open, has a budget of its own.
 */
export const toolbarBudget = 1024;
/** One bundle of the named element entries, as a page that imports them gets. */
const page = (/** @type {Record<string, string>} */ entries) => ({
  path: Object.keys(entries).map((entry) => `dist/${entry}`),
  import: Object.fromEntries(
    Object.entries(entries).map(([entry, names]) => [resolve('dist', entry), names]),
  ),
});
const toolbar = [
  {
    name: 'elder-mode.js alone',
    ...page({ 'elder-mode.js': '{ QxElderMode }' }),
    gzip: true,
    ignore: shared,
    modifyEsbuildConfig: esbuildConfig(true),
  },
  {
    name: 'a11y-toolbar.js beside elder-mode.js',
    ...page({ 'elder-mode.js': '{ QxElderMode }', 'a11y-toolbar.js': '{ QxA11yToolbar }' }),
    gzip: true,
    ignore: shared,
    modifyEsbuildConfig: esbuildConfig(true),
  },
  {
    name: 'a11y-toolbar/panel.js on first open',
    path: 'dist/a11y-toolbar/panel.js',
    gzip: true,
    ignore: shared,
    modifyEsbuildConfig: esbuildConfig(true),
    limit: '6 KiB',
  },
];

export default [...[...entries, 'index.js'].flatMap(checks), ...onDemandChecks, ...toolbar];
