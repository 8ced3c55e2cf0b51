// Renders one story of the built Storybook under each district theme of sites/*/theme.json and
// checks that the toolbar's theme really reaches the components: their computed colours must
// differ from the default theme's and equal the palette the portal build derives from the same
// theme.json (normal and elder mode). Needs the static build (`npm run build-storybook`).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { colourTokens, derivePalettes } from '@qiaoxin/site-kit/theme';
import { mountOf, serveStatic } from '@qiaoxin/site-kit/serve';
import { chromePath, chromiumArgs, newTab } from '../../../scripts/chromium.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const staticDir = process.env.STORYBOOK_STATIC_DIR ?? join(root, 'storybook-static');
const story = 'components-breadcrumbs--default';

/** Every site folder with a theme.json: id and its parsed theme. */
async function districts() {
  const entries = await readdir(join(root, 'sites'), { withFileTypes: true });
  const found = [];
  for (const entry of entries.filter((e) => e.isDirectory())) {
    const text = await readFile(join(root, 'sites', entry.name, 'theme.json'), 'utf8').catch(
      () => undefined,
    );
    if (text) found.push({ id: entry.name, theme: JSON.parse(text) });
  }
  return found;
}

let server;
let browser;
let base;
before(async () => {
  server = serveStatic([mountOf('/', staticDir)]);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({ executablePath: chromePath, args: chromiumArgs });
});
after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * The colours a reader sees in the story under a theme: the link colour of the first
 * breadcrumb (inside its shadow root) and every --qx-color-* token on the document, in normal
 * and in elder mode.
 */
async function coloursUnder(theme) {
  const page = await newTab(browser);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warn' && warnings.push(m.text()));
  try {
    await page.goto(`${base}/iframe.html?id=${story}&viewMode=story&globals=theme:${theme}`);
    const link = await page.waitForSelector('qx-breadcrumb-item >>> a');
    const read = () =>
      page.evaluate(
        (a, tokens) => {
          const rootStyle = getComputedStyle(document.documentElement);
          const colours = Object.fromEntries(
            tokens.map((t) => [t, rootStyle.getPropertyValue(`--qx-color-${t}`).trim()]),
          );
          return { breadcrumbLink: getComputedStyle(a).color, ...colours };
        },
        link,
        colourTokens,
      );
    const normal = await read();
    await page.evaluate(() => document.documentElement.setAttribute('data-qx-elder', ''));
    const elder = await read();
    return { normal, elder, warnings };
  } finally {
    await page.close();
  }
}

/** `rgb(0, 96, 107)` for `#00606b`, as getComputedStyle reports colours. */
const rgbOf = (hex) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

test('every district theme changes the components’ colours to its derived palette', async () => {
  const sites = await districts();
  assert.ok(sites.length >= 2, 'expected the Chongqing and Jinshan themes');
  const fallback = await coloursUnder('default');
  for (const { id, theme } of sites) {
    const seen = await coloursUnder(`site-${id}`);
    assert.deepEqual(seen.warnings, [], `sites/${id}: the theme toolbar warned`);
    assert.notDeepEqual(seen.normal, fallback.normal, `sites/${id} shows the default palette`);
    assert.notDeepEqual(seen.elder, fallback.elder, `sites/${id} elder mode shows the default`);
    const derived = derivePalettes(theme);
    for (const mode of ['normal', 'elder']) {
      const palette = derived[mode];
      const expected = Object.fromEntries(colourTokens.map((t) => [t, palette[t].css]));
      const { breadcrumbLink, ...tokens } = seen[mode];
      assert.deepEqual(tokens, expected, `sites/${id}, ${mode} mode: the portal's palette`);
      assert.equal(
        breadcrumbLink,
        rgbOf(palette.link.css),
        `sites/${id}, ${mode} mode: breadcrumb link`,
      );
    }
  }
});
