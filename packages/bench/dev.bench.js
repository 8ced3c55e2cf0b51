// The dev server on a real archive: N synthetic articles (default 1,000) in a temporary copy of
// sites/jinshan, served by `qiaoxin-site dev`, with one of its articles open in Chromium. The
// bench saves an edit to that article's file, as a webmaster's editor does, and times how long
// until the open page shows it (the server rebuilds and tells the page to reload); several edits
// in a row, as a webmaster makes them. Prints the figures against issue 16's target (under 2 s at
// 1,000 articles). Not a test: `npm run bench:dev [-- --count N --edits E]`. Everything it
// writes is under one folder in os.tmpdir(), removed at the end, also when it fails or is
// interrupted.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import getPort from 'get-port';
import puppeteer from 'puppeteer-core';
import { chromePath, chromiumArgs } from '../../scripts/chromium.js';
import { articlesOf, writeQiaoxinSite } from './lib/archive-site.js';
import { median, printTable } from './lib/figures.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'packages/site-kit/bin/qiaoxin-site.js');

// `--count N --edits E`; bare numbers also work (npm takes the options for itself without `--`).
const { values, positionals } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    edits: { type: 'string', default: '5' },
  },
  allowPositionals: true,
});
const whole = (name, text, max) => {
  const n = Number(text);
  if (Number.isInteger(n) && n >= 1 && n <= max) return n;
  console.error(`--${name} must be a whole number from 1 to ${max}, not ${text}`);
  process.exit(2);
};
const count = whole('count', positionals[0] ?? values.count, 100000);
const edits = whole('edits', positionals[1] ?? values.edits, 100);
if (!existsSync(join(root, 'packages/site-kit/dist/cli.js'))) {
  console.error('site-kit is not built: npx turbo run build --filter=@qiaoxin/site-kit...');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'qiaoxin-bench-dev-'));
console.log(`working in ${work}`);
/** @type {import('node:child_process').ChildProcess | undefined} */
let server;
/** @type {import('puppeteer-core').Browser | undefined} */
let browser;
let cleaned = false;
async function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  await browser?.close().catch(() => undefined);
  // The server removes its own temporary folder when it is stopped: wait for it to exit.
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = once(server, 'exit');
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(work, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the dev server and removing ${work}`);
    void cleanUp().finally(() => process.exit(130));
  });

/**
 * Starts `qiaoxin-site dev`. `until(check)` resolves once `check(output so far)` holds, and
 * rejects if the server stops first.
 */
function startServer(siteDir, port) {
  const args = [cli, 'dev', siteDir, '--port', String(port), '--lang', 'en'];
  const child = spawn(process.execPath, args, { cwd: work });
  server = child;
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const stopped = once(child, 'exit').then(([code]) => {
    throw new Error(`the dev server stopped (${code}):\n${output}`);
  });
  stopped.catch(() => undefined); // seen through `until`
  const until = (check) =>
    Promise.race([
      stopped,
      new Promise((resolve) => {
        const look = () => {
          const found = check(output);
          if (!found) return;
          child.stdout.off('data', look);
          resolve(found);
        };
        child.stdout.on('data', look);
        look();
      }),
    ]);
  return { until, output: () => output };
}

/** How many builds the server has finished, the first one too ("N pages → <folder> in S s"). */
const builds = (output) => output.match(/ pages → .* in [\d.]+ s/g)?.length ?? 0;

const s = (seconds) => `${seconds.toFixed(2)} s`;

try {
  const articles = articlesOf(root, count);
  const site = writeQiaoxinSite(root, work, 'devbench', articles);
  const edited = articles.at(-1);
  const file = join(site.dir, 'content/articles', `${edited.slug}.md`);
  console.log(`${count} articles written; starting the dev server (its first build)…`);
  const started = performance.now();
  const { until, output } = startServer(site.dir, await getPort());
  const portal = await until((text) => /Portal:\s+(\S+)/.exec(text)?.[1]);
  const firstBuild = (performance.now() - started) / 1000;
  console.log(`serving ${portal} after ${s(firstBuild)}`);

  browser = await puppeteer.launch({
    executablePath: chromePath,
    headless: true,
    args: chromiumArgs,
  });
  const page = await browser.newPage();
  const url = new URL(`${edited.category}/${edited.slug}/`, portal).href;
  await page.goto(url, { waitUntil: 'load' });
  /**
   * Saves an edit and resolves with the seconds until the page shows it. Polled in the page,
   * which the server reloads: the wait goes on in each new document.
   */
  let edit = 0;
  const saveAndSee = async () => {
    const marker = `qxbench-dev-${++edit}-${Date.now()}`;
    const before = performance.now();
    appendFileSync(file, `\n本段为基准测试所改（${marker}）。\n`);
    await page.waitForFunction(
      (m) => document.body?.textContent?.includes(m),
      {
        timeout: 120_000,
        polling: 20,
      },
      marker,
    );
    return (performance.now() - before) / 1000;
  };
  // A save after the last build has finished, its search index too (a webmaster who reads the
  // page before the next change), then saves right after the last one showed (quick fixes in a
  // row): the page shows an edit before its search index follows, which a newer save abandons.
  const settled = [];
  for (let i = 0; i < edits; i++) {
    const done = builds(output()) + 1;
    settled.push(await saveAndSee());
    await until((text) => builds(text) >= done);
    console.log(`save after the last build finished: on screen after ${s(settled.at(-1))}`);
  }
  const rapid = [];
  for (let i = 0; i < edits; i++) {
    rapid.push(await saveAndSee());
    console.log(`save right after the last edit showed: on screen after ${s(rapid.at(-1))}`);
  }

  const verdict = (seconds) => (seconds < 2 ? 'met' : 'not met');
  const range = (xs) => `${s(Math.min(...xs))} – ${s(Math.max(...xs))}`;
  const rows = [
    ['articles', String(count)],
    ['first build and start', s(firstBuild)],
    ['save → on screen, median', s(median(settled)), '< 2 s', verdict(median(settled))],
    ['  (range)', range(settled)],
    ['quick saves, median', s(median(rapid)), '< 2 s', verdict(median(rapid))],
    ['  (range)', range(rapid)],
  ];
  printTable(
    `bench:dev — ${count} articles, one article open in Chromium, ${edits} saves of each kind`,
    rows,
  );
  if (count !== 1000) console.log('  (the target is for 1,000 articles)');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
