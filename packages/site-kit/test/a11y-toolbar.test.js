// The accessibility toolbar on a built portal: the 无障碍 button beside 长者模式 in every
// edition, its head script allowed by the CSP, the large cursors published and named by the
// stylesheet, and the visitor's fixed colour schemes outranking the district's theme.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { a11yBootScript } from '@qiaoxin/components/a11y-toolbar/apply.js';
import { buildSite } from '../dist/index.js';
import { copySite, files, read, useTemp } from './helpers/site-copy.js';

const temp = useTemp('qx-a11y-');
const require = createRequire(import.meta.url);

/** Specificity (ids, classes/attributes/pseudo-classes, types) of a simple :root selector. */
const specificity = (selector) => [0, (selector.match(/:root|\[[^\]]+\]/g) ?? []).length, 0];

describe('the accessibility toolbar on the Chongqing portal', () => {
  let out;
  before(async () => {
    // Chongqing has its own theme.json: a district palette the schemes must outrank.
    const dir = await copySite(join(temp.path, 'site'), 'chongqing');
    out = (await buildSite(dir)).outDir;
  });

  test('every edition has the 无障碍 button in the header actions, beside 长者模式', async () => {
    for (const [file, lang] of [
      ['index.html', 'zh-Hans'],
      ['zh-hant/index.html', 'zh-Hant'],
      ['en/index.html', 'en'],
    ]) {
      const html = await read(out, file);
      assert.match(
        html,
        new RegExp(
          `<qx-elder-mode\\s+slot="actions" lang="${lang}">[\\s\\S]*?</qx-elder-mode>\\s*(<!--[^>]*-->\\s*)*<qx-a11y-toolbar\\s+slot="actions" lang="${lang}">`,
        ),
        file,
      );
    }
  });

  test('the head script restores the toolbar settings and elder mode, allowed by its hash', async () => {
    const html = await read(out, 'index.html');
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    assert.deepEqual(inline, [a11yBootScript]);
    const hash = `'sha256-${createHash('sha256').update(a11yBootScript).digest('base64')}'`;
    assert.ok(html.includes(hash), 'the CSP allows the boot script');
    assert.ok(html.indexOf('<script>') < html.indexOf('rel="stylesheet"'), 'before the stylesheet');
  });

  test('the large cursors are published and the stylesheet points at them; no data: URL', async () => {
    const all = await files(out);
    const stylesheet = all.find((f) => /^assets\/site-\w+\.css$/.test(f));
    const css = await read(out, stylesheet);
    for (const colour of ['black', 'white']) {
      const file = all.find((f) => new RegExp(`^assets/cursor-${colour}-\\w+\\.svg$`).test(f));
      assert.ok(file, `${colour} cursor published`);
      assert.deepEqual(
        await readFile(join(out, file)),
        await readFile(require.resolve(`@qiaoxin/components/cursors/${colour}.svg`)),
      );
      assert.match(
        css,
        new RegExp(`--qx-cursor-${colour}:url\\("?/chongqing/${file}"?\\) 4 2,auto`),
      );
    }
    assert.doesNotMatch(css, /url\(["']?data:/);
  });

  test("the fixed colour schemes and text sizes outrank the district's theme blocks", async () => {
    const all = await files(out);
    const css = await read(
      out,
      all.find((f) => /^assets\/site-\w+\.css$/.test(f)),
    );
    // The district's palette: its own --qx-color-surface or text under :root and elder mode.
    const theme = [...css.matchAll(/(:root(?:\[data-qx-elder\])?)\{[^}]*--qx-color-/g)].map(
      (m) => m[1],
    );
    assert.ok(theme.includes(':root[data-qx-elder]'), 'the district writes an elder palette');
    const schemes = [...css.matchAll(/([:\w]+\[data-qx-(?:scheme|scale)="?[\w.-]+"?\])\{/g)].map(
      (m) => m[1],
    );
    assert.ok(schemes.length >= 8, `scheme and scale blocks: ${schemes}`);
    const strongest = Math.max(...theme.map((s) => specificity(s)[1]));
    for (const selector of schemes) assert.ok(specificity(selector)[1] > strongest, selector);
  });
});
