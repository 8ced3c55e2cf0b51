// Screenshots that guard the look: every page type of the demo content, under each site's look
// (theme, logo, names), at 375 and 1366 px, in the default and in elder mode, compared with
// the committed baselines in screenshots/. `npm run test:update-screenshots` refreshes them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromePath, chromiumArgs, newTab } from '../../../scripts/chromium.js';
import { settled } from '../lib/browser.js';
import {
  buildThemed,
  configOfBuild,
  contentSource,
  pageTable,
  pageTypes,
  serve,
  themes,
} from '../lib/themed-demo.js';
import {
  baselineDir,
  clearReport,
  compareWithBaseline,
  failureAdvice,
  shoot,
  updateCommand,
  updating,
  writeReport,
} from '../lib/visual.js';

const widths = [375, 1366];
const modes = ['default', 'elder'];
const shotName = (theme, type, width, mode) => `${theme}-${type}-${width}-${mode}`;

let temp, browser;
/** Per theme: the server's origin, its close(), and the page table. */
const portals = {};

before(async () => {
  clearReport();
  temp = mkdtempSync(join(tmpdir(), 'portal-shots-'));
  // Three builds of a few seconds each, beside the browser's start. Settled, not all-or-none:
  // a look that fails to build fails its own tests, and the browser is always there to close.
  const launching = puppeteer.launch({
    executablePath: chromePath,
    // The same text rendering on every machine: no hinting, sRGB, no scrollbars.
    args: [
      ...chromiumArgs,
      '--hide-scrollbars',
      '--font-render-hinting=none',
      '--force-color-profile=srgb',
    ],
  });
  // Handled here so a failed start is not reported as unhandled while the builds run.
  launching.catch(() => {});
  const builds = await Promise.allSettled(themes.map((theme) => buildThemed(theme, temp)));
  browser = await launching;
  for (const [i, built] of builds.entries()) {
    const theme = themes[i];
    if (built.status === 'rejected') portals[theme] = { error: built.reason.message };
    else
      portals[theme] = {
        ...(await serve(built.value)),
        table: pageTable(built.value, configOfBuild(built.value)),
      };
  }
});

after(async () => {
  const report = writeReport();
  if (report) console.log(`Screenshot differences: ${report}`);
  await browser?.close();
  await Promise.all(Object.values(portals).map((p) => p.close?.()));
  if (temp) rmSync(temp, { recursive: true, force: true });
});

/** One page type under one look: four shots in one tab (a few tabs run at once). */
async function shootPageType(theme, type) {
  const { origin, table, error } = portals[theme];
  if (error) assert.fail(error);
  const entry = table[type];
  if (entry.error) {
    const source = contentSource();
    assert.fail(
      source.standIn
        ? `${entry.error}. sites/demo does not exist yet and Jinshan's content stands in; once it exists, run \`${updateCommand}\``
        : `${entry.error}: the demo must show every page type (issue 17)`,
    );
  }
  const problems = [];
  for (const mode of modes) {
    const context = await browser.createBrowserContext();
    try {
      const page = await newTab(context);
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      // As <qx-elder-mode> saves it: the page's head script turns it on before first paint.
      if (mode === 'elder') {
        await page.evaluateOnNewDocument(() => localStorage.setItem('qx-elder-mode', 'on'));
      }
      for (const width of widths) {
        const png = await shoot(page, origin + entry.path, { type, width, settled });
        const elder = await page.evaluate(() =>
          document.documentElement.hasAttribute('data-qx-elder'),
        );
        assert.equal(elder, mode === 'elder', `${entry.path}: elder mode ${mode === 'elder'}`);
        const message = compareWithBaseline(shotName(theme, type, width, mode), png);
        if (message) problems.push(message);
      }
    } finally {
      await context.close();
    }
  }
  if (problems.length) assert.fail([...problems, failureAdvice()].join('\n'));
}

// Three tabs at once: on two cores, more only queue. A hung page fails its own test (four
// shots take 5–25 s on a busy machine), not the whole run.
describe('screenshots', { concurrency: 3 }, () => {
  for (const theme of themes) {
    for (const type of pageTypes) {
      test(`${type} page, ${theme} look`, { timeout: 120_000 }, () => shootPageType(theme, type));
    }
  }
});

test('no baseline is left over from a page type, look, width or mode that is gone', () => {
  const expected = new Set(
    themes.flatMap((theme) =>
      pageTypes.flatMap((type) =>
        widths.flatMap((w) => modes.map((m) => `${shotName(theme, type, w, m)}.png`)),
      ),
    ),
  );
  const stale = (existsSync(baselineDir) ? readdirSync(baselineDir) : []).filter(
    (f) => !expected.has(f),
  );
  if (updating) {
    for (const file of stale) rmSync(join(baselineDir, file));
    return;
  }
  assert.deepEqual(stale, [], `stale baselines in ${baselineDir}: run \`${updateCommand}\``);
});
