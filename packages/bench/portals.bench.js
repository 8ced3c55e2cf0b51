// Benchmark: the district portals against their budgets, in Chromium.
// 1. Build times: a cold build of every package and both portals, the cached rebuild, and each
//    portal's own site build (skip with `--no-builds`). They run first, before anything is
//    served, so the server's files are not rewritten under a browser and the timings are quiet.
// 2. Weight: the JavaScript and CSS a visitor actually downloads for a home and an article page
//    (gzipped, as served), and that no script in <head> blocks rendering; then what opening the
//    无障碍 toolbar downloads on top (its tools load on first open). What the unopened toolbar
//    adds to every page is measured by `npm run size` (packages/components/scripts/size.js).
// 3. Lighthouse 12 (the last version for Node 20), default mobile config: the four category
//    scores and cumulative layout shift.
// Exits non-zero when a budget is missed, after printing every figure.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { chromePath, chromiumArgs } from '../../scripts/chromium.js';
import { startPortals } from '../../scripts/serve-portals.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const KB = 1024;
// Budgets per page; the article page is the heaviest kind (it alone may load the figures' JS).
const budgets = {
  js: 25 * KB,
  css: 15 * KB,
  toolbar: 8 * KB,
  performance: 95,
  others: 100,
  cls: 0,
};
const pages = [
  { site: 'chongqing', kind: 'home', path: '/chongqing/' },
  { site: 'chongqing', kind: 'article', path: '/chongqing/llxx/five-year-review/' },
  { site: 'jinshan', kind: 'home', path: '/jinshan/' },
  { site: 'jinshan', kind: 'article', path: '/jinshan/gzzs/five-year-review/' },
  { site: 'demo', kind: 'home', path: '/demo/' },
  { site: 'demo', kind: 'notice', path: '/demo/tzgg/spring-gathering/' },
  { site: 'demo', kind: 'topic', path: '/demo/topics/qxwh/' },
];

/** Every missed budget, printed at the end; any makes the exit code 1. */
const failures = [];
const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
const table = (rows) => {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  '));
  console.log();
};

// 1. Build times. Output goes to a log (it is long and only interesting when a build fails).
if (!process.argv.includes('--no-builds')) {
  const log = join(tmpdir(), `qiaoxin-portal-builds-${Date.now()}.log`);
  const fd = openSync(log, 'a');
  const timed = (label, command, args) => {
    writeSync(fd, `\n$ ${command} ${args.join(' ')}\n`);
    const start = performance.now();
    const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', fd, fd] });
    const seconds = (performance.now() - start) / 1000;
    if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status}): see ${log}`);
    return [label, `${seconds.toFixed(1)} s`];
  };
  const filter = '--filter=@qiaoxin-site/*...';
  const rows = [['build', 'time']];
  // --force ignores turbo's cache, so every package really builds (dependencies stay installed).
  rows.push(
    timed('cold: all packages + portals', 'npx', ['turbo', 'run', 'build', '--force', filter]),
  );
  const before = readFileSync(log, 'utf8').length;
  rows.push(timed('cached rebuild', 'npx', ['turbo', 'run', 'build', filter]));
  // Unchanged inputs must come back from the cache alone: turbo then says FULL TURBO.
  if (!readFileSync(log, 'utf8').slice(before).includes('FULL TURBO')) {
    failures.push(`cached rebuild was not FULL TURBO (see ${log})`);
  }
  for (const site of ['chongqing', 'jinshan', 'demo']) {
    const cli = join(root, 'packages/site-kit/dist/cli.js');
    rows.push(timed(`site build: ${site}`, process.execPath, [cli, 'build', `sites/${site}`]));
  }
  closeSync(fd);
  console.log(`Build times (log: ${log})\n`);
  table(rows);
}

const { server, origin } = await startPortals({ port: 0 });
// One system Chromium for both parts; puppeteer opens it on a debugging port Lighthouse reuses.
const browser = await puppeteer.launch({
  executablePath: chromePath,
  headless: true, // --headless=new
  args: chromiumArgs,
});

/**
 * Loads a page as a first-time visitor (fresh context: empty cache and storage), scrolls to the
 * bottom so lazily loaded things count, and adds up the bytes that came over the wire.
 */
async function weigh(path, { openToolbar = false } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  const mimeTypes = new Map();
  const bytes = { js: 0, css: 0, all: 0 };
  const failed = [];
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    mimeTypes.set(requestId, response.mimeType);
  });
  // encodedDataLength at the end of a request is what was transferred: the gzipped body as the
  // server sent it plus the response headers, like DevTools' "transferred" column.
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const mime = mimeTypes.get(requestId) ?? '';
    if (/javascript/.test(mime)) bytes.js += encodedDataLength;
    if (mime === 'text/css') bytes.css += encodedDataLength;
    bytes.all += encodedDataLength;
  });
  cdp.on('Network.loadingFailed', ({ requestId, errorText }) =>
    failed.push(`${requestId}: ${errorText}`),
  );
  await cdp.send('Network.enable');
  const response = await page.goto(origin + path, { waitUntil: 'networkidle0' });
  if (response?.status() !== 200) failed.push(`${path}: HTTP ${response?.status()}`);
  // A classic external script in <head> stops rendering until it has downloaded and run;
  // module scripts are deferred, and inline scripts cost no request.
  const blocking = await page.$$eval('head script[src]', (scripts) =>
    scripts.filter((s) => s.type !== 'module' && !s.defer && !s.async).map((s) => s.src),
  );
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await frame();
    }
    scrollTo(0, document.documentElement.scrollHeight);
    await frame();
  });
  await page.waitForNetworkIdle({ idleTime: 500 });
  const loaded = { ...bytes };
  if (openToolbar) {
    await page.evaluate(() =>
      document.querySelector('qx-a11y-toolbar').shadowRoot.querySelector('button').click(),
    );
    await page.waitForFunction(() => customElements.get('qx-a11y-panel'));
    await page.waitForNetworkIdle({ idleTime: 500 });
  }
  await context.close();
  return { ...loaded, toolbarJs: bytes.js - loaded.js, blocking, failed };
}

/** One Lighthouse run, default (mobile, simulated throttling) config, on the shared browser. */
async function audit(path) {
  const port = Number(new URL(browser.wsEndpoint()).port);
  const result = await lighthouse(origin + path, { port, output: 'json', logLevel: 'error' });
  if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
  return result.lhr;
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
try {
  const weights = [
    [
      'page',
      'JS (gzip)',
      'CSS (gzip)',
      'all requests',
      'toolbar opened: + JS',
      'blocking <script>',
    ],
  ];
  for (const p of pages) {
    const w = await weigh(p.path, { openToolbar: true });
    const name = `${p.site} ${p.kind}`;
    const blocking = w.blocking.length ? w.blocking : 'none';
    weights.push([name, kb(w.js), kb(w.css), kb(w.all), kb(w.toolbarJs), blocking]);
    if (w.js > budgets.js) failures.push(`${name}: JS ${kb(w.js)} > ${kb(budgets.js)}`);
    if (!(w.toolbarJs > 0)) failures.push(`${name}: opening the toolbar loaded no code`);
    if (w.toolbarJs > budgets.toolbar)
      failures.push(`${name}: opened toolbar + ${kb(w.toolbarJs)} > ${kb(budgets.toolbar)}`);
    if (w.css > budgets.css) failures.push(`${name}: CSS ${kb(w.css)} > ${kb(budgets.css)}`);
    for (const src of w.blocking) failures.push(`${name}: render-blocking script ${src}`);
    for (const f of w.failed) failures.push(`${name}: request failed ${f}`);
  }
  console.log(
    `Weight per page, transferred (gzip + headers), first visit, scrolled to the end` +
      `\nBudgets: JS ≤ ${kb(budgets.js)}, CSS ≤ ${kb(budgets.css)}, opening the toolbar` +
      ` ≤ ${kb(budgets.toolbar)} more JS, no render-blocking script\n`,
  );
  table(weights);

  const scores = [['page', ...categories, 'CLS', 'LCP', 'TBT']];
  const details = [];
  let version = '';
  for (const p of pages) {
    const lhr = await audit(p.path);
    const name = `${p.site} ${p.kind}`;
    version = lhr.lighthouseVersion;
    if (lhr.runtimeError) failures.push(`${name}: Lighthouse ${lhr.runtimeError.message}`);
    const score = (id) => Math.round((lhr.categories[id].score ?? 0) * 100);
    const cls = lhr.audits['cumulative-layout-shift'].numericValue ?? NaN;
    const { audits } = lhr;
    scores.push([
      name,
      ...categories.map(score),
      cls.toFixed(3),
      audits['largest-contentful-paint'].displayValue,
      audits['total-blocking-time'].displayValue,
    ]);
    if (!(cls <= budgets.cls)) {
      failures.push(`${name}: cumulative layout shift ${cls.toFixed(4)}`);
      // Which elements moved, and the cause Lighthouse suspects, so the shift can be found.
      for (const item of audits['layout-shifts'].details?.items ?? []) {
        const cause = item.subItems?.items?.map((c) => `${c.cause}: ${c.extra?.snippet}`);
        details.push(
          `  ${name} / layout shift ${item.score.toFixed(4)} of ${item.node?.snippet}` +
            (cause ? ` (${cause.join('; ')})` : ''),
        );
      }
    }
    for (const id of categories) {
      const min = id === 'performance' ? budgets.performance : budgets.others;
      if (score(id) >= min) continue;
      failures.push(`${name}: ${id} ${score(id)} < ${min}`);
      // Name the audits that cost the points, with Lighthouse's own reason.
      for (const { id: auditId } of lhr.categories[id].auditRefs) {
        const a = audits[auditId];
        if (a.score === null || a.score >= 1) continue;
        const why = a.explanation || [a.title, a.displayValue].filter(Boolean).join(': ');
        const node = a.details?.items?.[0]?.node;
        const where = node ? ` [${node.snippet}: ${node.explanation?.replace(/\s+/g, ' ')}]` : '';
        details.push(`  ${name} / ${id} / ${auditId} (score ${a.score}): ${why}${where}`);
      }
    }
  }
  console.log(
    `Lighthouse ${version}, mobile, simulated throttling` +
      `\nBudgets: performance ≥ ${budgets.performance}, others = 100, CLS = 0\n`,
  );
  table(scores);
  if (details.length)
    console.log(
      `Why (audits below 1 in failing categories, layout shifts):\n${details.join('\n')}\n`,
    );
} finally {
  await browser.close();
  server.close();
}

if (failures.length) {
  console.log(`Budgets missed:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('Every portal budget met.');
}
