// Renders every story and Docs page of the built Storybook (storybook-static/ at the
// repository root) in Chromium, once with the toolbar language zh-CN and once with en (or the
// languages of STORIES_LOCALES: zh-Hant is left out by default, as a third run costs minutes), and
// fails a story on any of:
//  - a console error, an uncaught exception or unhandled rejection, a failed HTTP request;
//  - a render error or a play function that throws (play functions are the interaction tests);
//  - an axe violation: the a11y addon's own run (parameters.a11y.test = 'error'), and for a
//    story that changes the project's a11y parameters, an independent axe-core run;
//  - a custom element that never registered, or text showing undefined / NaN / null /
//    Invalid Date / an unfilled {{placeholder}}, or a missing i18n string;
//  - for stories tagged `320px`: a page wider than its 320 px viewport;
//  - a `[qiaoxin]` console warning in a story not tagged `warns`, and no such warning in a
//    story tagged `warns` (a bad-input story warns on purpose; the tag cannot rot). Docs pages
//    render all their stories at once: one may warn if any of its stories is tagged `warns`.
//    The rule is in warning-rule.js; a missing i18n string always fails.
// Prints `N passed, M failed` and exits non-zero on any failure.
//
// Usage: node check-stories.js [filter]   (filter: part of a story id, e.g. "breadcrumbs")
// Env:   CHROME_PATH (default /usr/bin/chromium), STORIES_CONCURRENCY (default 3),
//        STORIES_LOCALES (default "zh-CN,zh-Hant,en"; e.g. "en" or "zh-Hant"),
//        STORYBOOK_STATIC_DIR (default storybook-static/ at the repository root)
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromePath, chromiumArgs } from '../../scripts/chromium.js';
import { serveStatic } from '../../scripts/static-server.js';
import { checkShown, storyTimeout } from './story-checks.js';
import { brief, listenToStorybook } from './storybook-events.js';
import { kindOf, warningProblems } from './warning-rule.js';

const staticDir = process.env.STORYBOOK_STATIC_DIR
  ? join(process.env.STORYBOOK_STATIC_DIR, sep)
  : fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const locales = (process.env.STORIES_LOCALES || 'zh-CN,zh-Hant,en').split(',').map((l) => l.trim());
const concurrency = Number(process.env.STORIES_CONCURRENCY) || 3;
const filter = process.argv[2] ?? '';

/**
 * @typedef {import('./story-checks.js').Entry} Entry
 * @typedef {import('./story-checks.js').Preview} Preview
 */

/**
 * Opens a preview window on `entry` in `locale`. A window of its own, not a tab: a background
 * tab gets no animation frames and no IntersectionObserver reports, so count-ups would never
 * start.
 * @param {import('puppeteer-core').BrowserContext} browser the worker's own context
 * @param {string} base
 * @param {Entry} entry
 * @param {string} locale
 * @param {string[]} problems
 * @param {string[]} warnings
 * @returns {Promise<Preview>}
 */
async function openPreview(browser, base, entry, locale, problems, warnings) {
  const page = await browser.newPage({ type: 'window' });
  /** @type {Preview} */
  const preview = { page, problems, warnings };
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error') preview.problems.push(`console error: ${brief(text)}`);
    // Judged once the story is finished (warning-rule.js): some stories warn on purpose.
    if (message.type() === 'warn' && kindOf(text)) preview.warnings.push(brief(text));
  });
  page.on('response', (response) => {
    if (response.status() >= 400) {
      preview.problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  page.on('pageerror', (error) =>
    preview.problems.push(
      `uncaught exception: ${error instanceof Error ? error.message : String(error)}`,
    ),
  );
  await page.setViewport(viewportOf(entry));
  await page.evaluateOnNewDocument(listenToStorybook);
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  const url = `${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}&globals=locale:${locale}`;
  await page.goto(url, { waitUntil: 'load', timeout: storyTimeout });
  return preview;
}

/** @param {Entry} entry */
const viewportOf = (entry) => ({
  width: entry.tags?.includes('320px') ? 320 : 1024,
  height: 768,
});

/**
 * Runs the jobs of one worker. Each worker keeps one preview window per language and moves
 * it from story to story over Storybook's channel (as the Storybook UI does), which is several
 * times faster than loading a page per story; beforeEach and the decorators reset language,
 * theme and emulation for every story. After a failure, and for Docs pages, the window is
 * closed, so the next story starts on a fresh page.
 * @param {import('puppeteer-core').BrowserContext} browser the worker's own context
 * @param {string} base
 * @param {{ entry: Entry, locale: string }[]} jobs shared by all workers
 * @param {(name: string, problems: string[]) => void} report
 * @param {Entry[]} entries every entry of index.json (for the warning rule)
 */
async function work(browser, base, jobs, report, entries) {
  /** @type {Map<string, Preview>} */
  const previews = new Map();
  for (let job = jobs.shift(); job; job = jobs.shift()) {
    const { entry, locale } = job;
    /** @type {string[]} */
    const problems = [];
    /** @type {string[]} */
    const warnings = [];
    let preview = entry.type === 'story' ? previews.get(locale) : undefined;
    try {
      if (preview) {
        preview.problems = problems;
        preview.warnings = warnings;
        await preview.page.setViewport(viewportOf(entry));
        await preview.page.evaluate((/** @type {string} */ id) => {
          const w = /** @type {any} */ (window);
          w.__qxOutcome = undefined;
          w.__qxEvents.length = 0;
          w.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', {
            storyId: id,
            viewMode: 'story',
          });
        }, entry.id);
      } else {
        preview = await openPreview(browser, base, entry, locale, problems, warnings);
      }
      await checkShown(preview, entry);
      problems.push(...warningProblems(entry, warnings, entries));
    } catch (error) {
      const phase = await preview?.page
        .evaluate(() => /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.currentRender?.phase)
        .catch(() => undefined);
      problems.push(
        `did not finish (render phase: ${phase ?? 'unknown'}): ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (preview && (problems.length > 0 || entry.type !== 'story')) {
      previews.delete(locale);
      await preview.page.close().catch(() => undefined);
    } else if (preview) {
      previews.set(locale, preview);
    }
    report(`${entry.id} [${locale}]`, problems);
  }
  for (const preview of previews.values()) await preview.page.close();
}

const index = await readFile(join(staticDir, 'index.json'), 'utf8').catch(() => {
  console.error(`No Storybook build in ${staticDir}: run \`npm run build-storybook\` first.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
const { origin: base, close } = await serveStatic(staticDir);
const browser = await puppeteer.launch({
  executablePath: chromePath,
  headless: true,
  args: [
    ...chromiumArgs,
    // Several stories render at once, each in its own window: keep them all running at full speed.
    '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
  ],
});

let passed = 0;
let failed = 0;
try {
  /** @type {Entry[]} */
  const entries = Object.values(JSON.parse(index).entries);
  const selected = entries.filter(
    (e) => ['story', 'docs'].includes(e.type) && e.id.includes(filter),
  );
  if (selected.length === 0)
    throw new Error(`nothing in ${staticDir}index.json matches "${filter}"`);
  const jobs = selected.flatMap((entry) => locales.map((locale) => ({ entry, locale })));
  const started = Date.now();
  /** @type {(name: string, problems: string[]) => void} */
  const report = (name, problems) => {
    if (problems.length === 0) {
      passed++;
      console.log(`ok   ${name}`);
    } else {
      failed++;
      console.log(`FAIL ${name}\n${problems.map((p) => `       - ${p}`).join('\n')}`);
    }
  };
  await Promise.all(
    // A browser context per worker: each has its own localStorage, so a story that saves
    // settings (the toolbar's, elder mode) never reaches a story another worker runs meanwhile.
    Array.from({ length: concurrency }, async () =>
      work(await browser.createBrowserContext(), base, jobs, report, entries),
    ),
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `\n${selected.length} stories and Docs pages × ${locales.length} languages in ${seconds} s`,
  );
} catch (error) {
  failed++;
  console.error(error instanceof Error ? error.message : error);
} finally {
  await browser.close();
  await close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
