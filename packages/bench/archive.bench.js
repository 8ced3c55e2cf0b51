// A real archive: generates N synthetic articles (default 10,000) into a temporary copy of
// sites/jinshan (three editions, search), builds it cold with the CLI, edits one article and
// builds again, builds its pages once more without the search index (as Hugo makes none), and
// builds the same Markdown with Hugo as the reference; prints the figures against issue 16's
// targets. The edit, the pages alone and Hugo are each measured `--runs` times (default 3),
// Hugo and the pages alone taking turns, and their medians reported: one run on a shared
// 2-core machine varied by a quarter from one minute to the next. Not a test:
// `npm run bench:archive [-- --count N --runs R]`. Everything it writes is under one folder in
// os.tmpdir(), removed at the end, also when it fails or is interrupted (the builds run in their
// own process groups, which are killed first).
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { articlesOf, writeHugoSite, writeQiaoxinSite } from './lib/archive-site.js';
import { canMeasure, measure, stopAll } from './lib/process-tree.js';
import { median, printTable } from './lib/figures.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'packages/site-kit/bin/qiaoxin-site.js');
const vmhwm = new URL('./lib/vmhwm.js', import.meta.url).href;

// `--count N`; a bare N also works (npm takes `--count` for itself without a `--` before it).
const { values, positionals } = parseArgs({
  options: { count: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' } },
  allowPositionals: true,
});
const countArg = positionals[0] ?? values.count;
const count = Number(countArg);
if (!Number.isInteger(count) || count < 1 || count > 100000) {
  console.error(`--count must be a whole number from 1 to 100000, not ${countArg}`);
  process.exit(2);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 20) {
  console.error(`--runs must be a whole number from 1 to 20, not ${values.runs}`);
  process.exit(2);
}
if (spawnSync('hugo', ['version']).error) {
  console.error(
    'Hugo is missing: bench:archive builds the same articles with Hugo as its reference.\n' +
      'Install it (Debian): apt-get install -y hugo',
  );
  process.exit(1);
}
if (!canMeasure()) {
  console.error('bench:archive measures memory through /proc/<pid>/task/*/children (Linux only)');
  process.exit(1);
}
if (!existsSync(join(root, 'packages/site-kit/dist/cli.js'))) {
  console.error('site-kit is not built: npx turbo run build --filter=@qiaoxin/site-kit...');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'qiaoxin-bench-archive-'));
console.log(`working in ${work}`);
let cleaned = false;
async function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  await stopAll();
  rmSync(work, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the builds and removing ${work}`);
    void cleanUp().finally(() => process.exit(130));
  });

/** Every file under `dir` whose name ends with `suffix`, as full paths. */
const filesOf = (dir, suffix) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(suffix))
    .map((e) => join(e.parentPath, e.name));

/**
 * Pagefind's fragments (gzip, `pagefind_dcd` + JSON) whose text holds `marker`: their URLs.
 * Chinese text is stored split into words by zero-width spaces, taken out before comparing.
 */
function searchUrlsWith(dir, marker) {
  return filesOf(dir, '.pf_fragment').flatMap((file) => {
    const text = gunzipSync(readFileSync(file)).toString('utf8').replaceAll('\u200b', '');
    if (!text.includes(marker)) return [];
    return [JSON.parse(text.slice(text.indexOf('{'))).url];
  });
}

/**
 * The qiaoxin-site CLI on `siteDir`, measured, with the main process's VmHWM. `out` and `env`:
 * another output folder and environment (the pages-only build).
 */
async function build(siteDir, what, { out = join(siteDir, 'dist'), env = {} } = {}) {
  console.log(`${what}…`);
  const hwmFile = join(work, 'vmhwm');
  rmSync(hwmFile, { force: true });
  const run = await measure(
    process.execPath,
    ['--import', vmhwm, cli, 'build', siteDir, '--out', out, '--lang', 'en'],
    {
      cwd: work,
      env: { QIAOXIN_BENCH_VMHWM: hwmFile, ...env },
      // A line to wait for: the build is running from here on (the test's Ctrl-C needs that).
      onStart: (pid) => console.log(`${what}: build started, pid ${pid}`),
    },
  );
  if (run.code !== 0) throw new Error(`${what} failed (exit ${run.code}):\n${run.output}`);
  // With QIAOXIN_TIMINGS set, the build's own account of where its time went.
  for (const line of run.output.split('\n').filter((l) => l.startsWith('qiaoxin-timing:')))
    console.log(`  ${line}`);
  const hwm = existsSync(hwmFile) ? Number(readFileSync(hwmFile, 'utf8')) : undefined;
  return { ...run, hwm, pages: filesOf(out, '.html').length };
}

const s = (seconds) => `${seconds.toFixed(1)} s`;
const ms = (seconds) => `${(seconds * 1000).toFixed(2)} ms`;
const mb = (bytes) => (bytes === undefined ? 'n/a' : `${Math.round(bytes / 1e6)} MB`);

try {
  const started = performance.now();
  const articles = articlesOf(root, count);
  const site = writeQiaoxinSite(root, work, 'archive', articles);
  const hugoDir = join(work, 'hugo');
  writeHugoSite(hugoDir, site.config, articles);
  console.log(`${count} articles written in ${s((performance.now() - started) / 1000)}`);

  const cold = await build(site.dir, 'building cold');

  // The newest article: the edit a webmaster makes most (a fix to this week's news), and the
  // one that also shows on the home page and the first page of its section. Edited again
  // before each run, so each rebuilds it.
  const edited = articles.at(-1);
  const rebuilds = [];
  let marker = '';
  for (let run = 1; run <= runs; run++) {
    marker = `qxbench-edit-${count}-${run}`;
    appendFileSync(
      join(site.dir, 'content/articles', `${edited.slug}.md`),
      `\n本段为基准测试所改（${marker}），检查重建后的页面与搜索索引。\n`,
    );
    rebuilds.push(
      await build(site.dir, `building again after editing one article (${run}/${runs})`),
    );
  }
  const again = rebuilds.at(-1);
  const base = site.config.basePath;
  const editions = ['', 'zh-hant/', 'en/'].map((e) => `${e}${edited.category}/${edited.slug}/`);
  const stale = editions.filter(
    (p) => !readFileSync(join(site.dir, 'dist', p, 'index.html'), 'utf8').includes(marker),
  );
  const found = new Set(searchUrlsWith(join(site.dir, 'dist'), marker));
  const unsearched = editions.filter((p) => !found.has(`${base}${p}`));
  const problems = [
    ...stale.map((p) => `the rebuilt page /${p} does not hold the edit`),
    ...unsearched.map((p) => `the search index does not hold the edit for /${p}`),
    ...(again.pages === cold.pages
      ? []
      : [`the rebuild left ${again.pages} pages, the cold build ${cold.pages}`]),
  ];

  // The same pages, cold, without their search index: Hugo makes none, so this is the figure
  // that compares rendering (Markdown in, pages, sitemaps and feeds out) with Hugo's. Its own
  // output folder and an empty parse cache, so nothing of the builds before is reused. Hugo
  // builds into an empty folder each time too, and the two take turns, so that a slow minute
  // of the machine slows both.
  // Each run writes into folders of its own, and none is removed until the end: on this
  // machine's ext4, creating 18,000 folders with a page each took 0.9–1.1 s of the kernel's time
  // with nothing deleted before, and 2.3–6.3 s right after the previous 18,000 were deleted.
  // Deleting the last run's output before each build measured that, not the build.
  const pagesOnlyRuns = [];
  const hugoRuns = [];
  let hugoPages = 0;
  for (let run = 1; run <= runs; run++) {
    const out = join(work, `pages-only-${run}`);
    const cache = join(work, `empty-cache-${run}`);
    const hugoOut = `public-${run}`;
    const pagesOnly = await build(
      site.dir,
      `building the pages alone, without search, cold (${run}/${runs})`,
      { out, env: { QIAOXIN_BENCH_PAGES_ONLY: '1', CACHE_DIR: cache } },
    );
    if (pagesOnly.pages !== cold.pages)
      problems.push(
        `the pages-only build wrote ${pagesOnly.pages} pages, the cold build ${cold.pages}`,
      );
    pagesOnlyRuns.push(pagesOnly.seconds);
    console.log(`building the same Markdown with Hugo (${run}/${runs})…`);
    const hugo = await measure('hugo', ['--quiet', '--destination', hugoOut], { cwd: hugoDir });
    if (hugo.code !== 0) throw new Error(`hugo failed (exit ${hugo.code}):\n${hugo.output}`);
    hugoRuns.push(hugo.seconds);
    // Hugo writes /<section>/page/1/ as a redirect to /<section>/: not a rendered page.
    hugoPages = filesOf(join(hugoDir, hugoOut), '.html').filter(
      (f) => !/[\\/]page[\\/]1[\\/]index\.html$/.test(f),
    ).length;
  }
  const each = (label, seconds) =>
    console.log(`  ${label}: ${seconds.map((x) => s(x)).join(', ')}; median ${s(median(seconds))}`);
  each(
    'one-edit rebuilds',
    rebuilds.map((r) => r.seconds),
  );
  each('pages alone', pagesOnlyRuns);
  each('Hugo', hugoRuns);
  const rebuildSeconds = median(rebuilds.map((r) => r.seconds));
  const rebuildPeak = Math.max(...rebuilds.map((r) => r.peakRss ?? 0)) || undefined;
  const hugo = { seconds: median(hugoRuns) };
  const pagesOnly = { seconds: median(pagesOnlyRuns), pages: cold.pages };

  const perPage = cold.seconds / cold.pages;
  const hugoPerPage = hugo.seconds / hugoPages;
  const ratio = perPage / hugoPerPage;
  const renderPerPage = pagesOnly.seconds / pagesOnly.pages;
  const renderRatio = renderPerPage / hugoPerPage;
  const verdict = (ok) => (ok ? 'met' : 'not met');
  const rows = [
    ['articles', String(count)],
    ['pages (3 editions, .html)', String(cold.pages)],
    ['cold build', s(cold.seconds), '≤ 180 s', verdict(cold.seconds <= 180)],
    ['cold, per page', ms(perPage)],
    ['peak RSS, process tree', mb(cold.peakRss), '≤ 1.5 GB', verdict(cold.peakRss <= 1.5e9)],
    ['peak RSS, main (VmHWM)', mb(cold.hwm)],
    ['one-edit rebuild', s(rebuildSeconds), '≤ 5 s', verdict(rebuildSeconds <= 5)],
    ['rebuild peak RSS, tree', mb(rebuildPeak)],
    ['Hugo build', s(hugo.seconds)],
    ['Hugo pages', String(hugoPages)],
    ['Hugo, per page', ms(hugoPerPage)],
    ['per page vs Hugo', `${ratio.toFixed(1)}×`, '≤ 3×', verdict(ratio <= 3)],
    ['pages alone, no search', s(pagesOnly.seconds)],
    ['pages alone, per page', ms(renderPerPage)],
    ['pages alone vs Hugo', `${renderRatio.toFixed(1)}×`, '≤ 3×', verdict(renderRatio <= 3)],
  ];
  printTable(
    `bench:archive — ${count} articles, ${cold.pages} pages (Hugo 1 edition, minimal template); ` +
      `rebuild, pages alone and Hugo: medians of ${runs} runs`,
    rows,
  );
  if (count !== 10000) console.log('  (the targets are for 10,000 articles)');
  if (problems.length) {
    process.exitCode = 1;
    for (const p of problems) console.error(`not rebuilt: ${p}`);
  } else console.log(`  the edit is in all 3 editions' pages and in the search index`);
} catch (error) {
  process.exitCode = 1;
  console.error(error instanceof Error ? error.message : error);
} finally {
  await cleanUp();
}
