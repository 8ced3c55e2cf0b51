// Taking a steady screenshot of a portal page and comparing it with its committed baseline.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export const baselineDir = fileURLToPath(new URL('../screenshots/', import.meta.url));
export const reportDir = fileURLToPath(new URL('../screenshot-report/', import.meta.url));
export const updateCommand = 'npm run test:update-screenshots';

/** Set by `npm run test:update-screenshots`: rewrite the baselines that no longer match. */
export const updating = process.env.QX_UPDATE_SCREENSHOTS === '1';

/**
 * The tolerance. Per pixel: pixelmatch's YIQ colour distance (0–1); 0.1 lets through the
 * rounding of a blended edge but not a changed colour. Per shot: the share of pixels that may
 * differ (anti-aliased pixels, which pixelmatch recognises, are not counted): 0.1 % is a few
 * hundred pixels at 375 px, less than one changed line of text.
 */
export const tolerance = { threshold: 0.1, maxDiffRatio: 0.001 };

/**
 * How tall a shot is, in CSS pixels. The home page is shot whole (up to 8000 px): it is the
 * page made of blocks, and each block must be seen at both widths. Every other page is shot
 * from the top for two screens: the header, the title, the start of the main column (and the
 * footer of a short page, such as the 404, search and section pages). Below that an article
 * or notice is more of the same text, which would make each PNG several hundred kilobytes of
 * glyphs and guard nothing more.
 */
export const heightOf = (type, viewportHeight, fullHeight) =>
  Math.min(fullHeight, type === 'home' ? 8000 : 2 * viewportHeight);

/**
 * Made steady for a screenshot: no animation or transition (the end state shows at once), no
 * text caret, no scrollbars, no smooth scrolling. Applied to the document and every shadow
 * root (document styles do not reach into shadow DOM) as a constructed style sheet, which the
 * pages' Content-Security-Policy allows where a <style> element would be refused.
 */
const steadyCss = `*, *::before, *::after {
  animation: none !important;
  transition: none !important;
  caret-color: transparent !important;
  scroll-behavior: auto !important;
}
:root { scrollbar-width: none !important; }
::-webkit-scrollbar { display: none !important; }`;

/**
 * Runs in the page: adopts the steady style sheet everywhere, makes lazy images load, and
 * resolves when every image has loaded (or failed) and decoded and the fonts are ready.
 * Returns the page's full height.
 */
async function steadyPage(css) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const roots = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  for (const r of roots) r.adoptedStyleSheets = [...r.adoptedStyleSheets, sheet];
  const images = roots.flatMap((r) => [...r.querySelectorAll('img')]);
  await Promise.all(
    images.map(async (img) => {
      // A lazy image below the fold would otherwise load, or not, while the shot is taken.
      img.loading = 'eager';
      if (!img.complete) {
        await new Promise((resolve) => {
          img.addEventListener('load', resolve, { once: true });
          img.addEventListener('error', resolve, { once: true });
        });
      }
      await img.decode().catch(() => {});
    }),
  );
  // The player's own controls are the browser's, not the portal's look, and their loading
  // spinner turns at any angle: shots show the poster without them.
  for (const video of roots.flatMap((r) => [...r.querySelectorAll('video')]))
    video.controls = false;
  await document.fonts.ready;
  return Math.ceil(document.documentElement.scrollHeight);
}

/**
 * Opens `url` in `page` at `width` and returns the PNG of the page from the top (see
 * `heightOf`). The caller sets up the mode (elder mode is saved in localStorage before the
 * page's head script reads it); `settled` waits for the components.
 */
export async function shoot(page, url, { type, width, settled }) {
  const height = width < 600 ? 812 : 768;
  await page.setViewport({ width, height });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(settled);
  const fullHeight = await page.evaluate(steadyPage, steadyCss);
  return page.screenshot({
    clip: { x: 0, y: 0, width, height: heightOf(type, height, fullHeight) },
    captureBeyondViewport: true,
  });
}

/** This run's failed comparisons, for report.html. */
const failures = [];

/**
 * Compares a screenshot (PNG bytes) with `<baselines>/<name>.png`. Returns `undefined` when
 * they match within the tolerance, or when updating (a baseline that no longer matches, or is
 * missing, is then rewritten; one that matches is left alone, so an update touches only what
 * changed). Otherwise returns a message naming the diff (or actual) image written to the
 * git-ignored report folder, beside report.html.
 *
 * Shots are stored as Chromium encoded them: pngjs at deflate level 9 wrote them 20–30 %
 * larger, and a palette would lose the grey levels of anti-aliased CJK text.
 */
export function compareWithBaseline(
  name,
  shot,
  { update = updating, baselines = baselineDir, report = reportDir } = {},
) {
  const baseline = join(baselines, `${name}.png`);
  const keep = () => {
    mkdirSync(baselines, { recursive: true });
    writeFileSync(baseline, shot);
  };
  const save = (suffix, bytes) => {
    mkdirSync(report, { recursive: true });
    const file = join(report, `${name}.${suffix}.png`);
    writeFileSync(file, bytes);
    return file;
  };
  if (!existsSync(baseline)) {
    if (update) return void keep();
    const file = save('actual', shot);
    failures.push({ name, why: 'no baseline', actual: file, report });
    return `${name}: no baseline ${baseline} (this run's shot: ${file}); make the baselines on purpose with \`${updateCommand}\``;
  }
  const expected = PNG.sync.read(readFileSync(baseline));
  const actual = PNG.sync.read(shot);
  const { width, height } = actual;
  let why;
  let diffFile;
  if (expected.width !== width || expected.height !== height) {
    why = `size ${width}×${height}, baseline ${expected.width}×${expected.height}`;
  } else {
    const diff = new PNG({ width, height });
    // Anti-aliased pixels are recognised and not counted (pixelmatch's includeAA: false).
    const count = pixelmatch(expected.data, actual.data, diff.data, width, height, {
      threshold: tolerance.threshold,
    });
    if (count <= tolerance.maxDiffRatio * width * height) return undefined;
    why = `${count} pixels differ (${((100 * count) / (width * height)).toFixed(2)} %; at most ${100 * tolerance.maxDiffRatio} % may)`;
    if (!update) diffFile = save('diff', PNG.sync.write(diff));
  }
  if (update) return void keep();
  const actualFile = save('actual', shot);
  failures.push({ name, why, actual: actualFile, diff: diffFile, baseline, report });
  return `${name}: ${why}; see ${diffFile ?? actualFile}`;
}

/** The last line of a failed shot test: where to look, and what to do if the change is meant. */
export const failureAdvice = (report = reportDir) =>
  `Baseline, actual and diff side by side: ${join(report, 'report.html')}. If the change is intended, run \`${updateCommand}\`, look at the new PNGs in packages/portal-tests/screenshots/ and commit them.`;

/** Empties the report folder (call before the shots). */
export function clearReport(report = reportDir) {
  rmSync(report, { recursive: true, force: true });
  failures.length = 0;
}

const escape = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Writes report.html listing every failed comparison: baseline, actual and diff side by side. */
export function writeReport(report = reportDir) {
  const shown = failures.filter((f) => (f.report ?? reportDir) === report);
  if (!shown.length) return undefined;
  mkdirSync(report, { recursive: true });
  const img = (file, label) =>
    file
      ? `<figure><img src="${escape(relative(report, file))}" alt=""><figcaption>${label}</figcaption></figure>`
      : '';
  const rows = shown.map(
    (f) =>
      `<section><h2>${escape(f.name)}</h2><p>${escape(f.why)}</p><div>${img(f.baseline, 'baseline')}${img(f.actual, 'actual')}${img(f.diff, 'diff (red: differs)')}</div></section>`,
  );
  const file = join(report, 'report.html');
  writeFileSync(
    file,
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>Screenshot differences</title>
<style>body{font-family:sans-serif;margin:1rem}div{display:flex;gap:1rem;align-items:flex-start}figure{margin:0}img{max-width:30vw;border:1px solid #999}</style>
<h1>${shown.length} screenshot(s) differ from their baselines</h1>
<p>Intended? Run <code>${updateCommand}</code>, look at the new PNGs in packages/portal-tests/screenshots/ and commit them.</p>
${rows.join('\n')}
`,
  );
  return file;
}
