// theme.json colours: contrast arithmetic, the palette derived for normal and elder mode, and
// the WCAG contrast check that stops a build. The JSON Schema and what a theme puts in the
// stylesheet, logo and favicon are in theme-schema.test.js.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SiteError, buildSite, loadSite } from '../dist/index.js';
import {
  checkContrast,
  contrast,
  derivePalettes,
  elderPairs,
  normalPairs,
  parseColour,
  toHex,
} from '../dist/theme/index.js';
import {
  copySite as copyReal,
  problemsOf,
  sites,
  writeJson,
  useTemp,
} from './helpers/site-copy.js';

const siteTheme = async (id) => JSON.parse(await readFile(join(sites, id, 'theme.json'), 'utf8'));
const ratio = (a, b) => contrast(parseColour(a).rgb, parseColour(b).rgb);

const temp = useTemp('qx-theme-');
const copySite = (id, into) => copyReal(join(temp.path, into), id);

describe('contrast arithmetic', () => {
  test('black on white is 21:1, white on white 1:1', () => {
    assert.equal(ratio('#000', '#fff'), 21);
    assert.equal(ratio('#ffffff', 'white'), 1);
  });
  test('#767676 on white is about 4.54:1, the lightest grey passing AA', () => {
    assert.ok(Math.abs(ratio('#767676', '#fff') - 4.54) < 0.01);
    assert.ok(ratio('#777777', '#fff') < 4.5);
  });
  test('rgb(), hsl(), oklch() and names parse to the same sRGB as hex', () => {
    assert.equal(toHex(parseColour('rgb(200 16 46)').rgb), '#c8102e');
    assert.equal(toHex(parseColour('rgba(200, 16, 46, 0.5)').rgb), '#c8102e');
    assert.equal(toHex(parseColour('hsl(120deg 100% 25%)').rgb), '#008000');
    assert.equal(toHex(parseColour('RebeccaPurple').rgb), '#663399');
    assert.equal(toHex(parseColour('oklch(62.8% 0.2577 29.23)').rgb), '#ff0000');
    assert.equal(parseColour('#ABCDEF80').alpha, 0x80 / 255);
  });
});

/** Asserts every pair of both palettes reaches its minimum. */
function assertPasses(theme) {
  const palettes = derivePalettes(theme);
  for (const [mode, pairs] of [
    ['normal', normalPairs],
    ['elder', elderPairs],
  ]) {
    for (const [fg, bg, min] of pairs) {
      const [f, b] = [palettes[mode][fg], palettes[mode][bg]];
      const r = contrast(f.rgb, b.rgb);
      assert.ok(
        r >= min,
        `${mode}: ${fg} ${f.css} on ${bg} ${b.css} is ${r.toFixed(2)}:1 < ${min}`,
      );
    }
  }
  assert.deepEqual(checkContrast(theme), []);
  return palettes;
}

describe('the derived palette', () => {
  test('Chongqing red passes every pair in normal and elder mode', async () => {
    const theme = await siteTheme('chongqing');
    assert.equal(theme.primary, '#c8102e');
    const { normal, elder } = assertPasses(theme);
    assert.equal(normal.primary.css, '#c8102e');
    assert.equal(normal['on-primary'].css, '#ffffff');
    assert.equal(normal.link.css, '#1d4f91');
    // Elder mode darkens the primary and the links until they reach 7:1.
    assert.ok(ratio(elder.primary.css, '#fff') >= 7);
    assert.ok(ratio(elder.link.css, '#fff') >= 7);
  });

  test('Jinshan teal passes every pair in normal and elder mode, and stays the primary', async () => {
    const theme = await siteTheme('jinshan');
    const { normal, elder } = assertPasses(theme);
    assert.equal(normal.primary.css, '#00606b');
    assert.equal(normal.link.css, '#00606b');
    assert.notEqual(normal['primary-hover'].css, normal.primary.css);
    // The tint of the subtle surface is teal, not the tokens' grey.
    const [r, g, b] = parseColour(normal['surface-subtle'].css).rgb;
    assert.ok(g > r && b > r, normal['surface-subtle'].css);
    assert.ok(ratio(elder.primary.css, '#fff') >= 7);
  });

  test('a gold accent is darkened for links until it reads', () => {
    const { normal, elder } = assertPasses({ primary: '#7a1f5c', accent: '#b8860b' });
    assert.ok(ratio(normal.link.css, '#fff') >= 4.5);
    assert.ok(ratio(elder.link.css, '#fff') >= 7);
  });

  test('a legacy flat --qx-* theme still works, and now gets an elder palette of its hue', () => {
    const { normal, elder } = assertPasses({
      '--qx-color-primary': '#00606b',
      '--qx-color-on-primary': '#ffffff',
      '--qx-color-link': '#00606b',
    });
    assert.equal(normal.link.css, '#00606b');
    const [, g, b] = parseColour(elder.primary.css).rgb;
    assert.ok(g > 0.2 && b > 0.2, `elder primary ${elder.primary.css} is not teal`);
  });

  test('a pale primary gets dark text on it but fails as heading colour, with a passing suggestion', () => {
    const theme = { primary: '#f0c0c0' };
    const { normal } = derivePalettes(theme);
    assert.ok(ratio(normal['on-primary'].css, '#f0c0c0') >= 4.5, normal['on-primary'].css);
    const failures = checkContrast(theme);
    assert.deepEqual(
      failures.map((f) => [f.key, f.pair, f.min]),
      [
        ['primary', 'primary on surface', 3],
        ['primary', 'primary on surface-subtle', 3],
      ],
    );
    const nearest = failures[0].nearest;
    assert.match(nearest, /^#[0-9a-f]{6}$/);
    assertPasses({ primary: nearest });
  });
});

describe('the contrast check stops the build', () => {
  test('an explicit --qx-color-link of #aaaaaa: pair, ratio and a nearest colour that passes', async () => {
    const dir = await copySite('jinshan', 'grey-link');
    const theme = await siteTheme('jinshan');
    await writeJson(dir, 'theme.json', { ...theme, '--qx-color-link': '#aaaaaa' });
    const error = await buildSite(dir, { relativeTo: dir }).then(
      () => assert.fail('the build succeeded'),
      (e) => e,
    );
    assert.ok(error instanceof SiteError, String(error));
    const [first] = error.message.split('\n');
    const match =
      /^theme\.json:4: --qx-color-link: link on surface is 2\.32:1, needs 4\.5:1 — nearest passing colour: (#[0-9a-f]{6})$/.exec(
        first ?? '',
      );
    assert.ok(match, error.message);
    assert.match(error.message, /link on surface-subtle is [\d.]+:1, needs 4\.5:1/);
    const nearest = match[1];
    assert.ok(ratio(nearest, '#fff') >= 4.5);
    assertPasses({ ...theme, '--qx-color-link': nearest });
    // …and the site loads with it.
    await writeJson(dir, 'theme.json', { ...theme, '--qx-color-link': nearest });
    await loadSite(dir);
  });

  test('a pale primary stops the load at its line', async () => {
    const dir = await copySite('chongqing', 'pale');
    await writeJson(dir, 'theme.json', { primary: '#f0c0c0' });
    const lines = await problemsOf(dir);
    assert.equal(lines.length, 2);
    assert.match(
      lines[0],
      /^theme\.json:2: primary: primary on surface is 1\.61:1, needs 3:1 — nearest passing colour: #[0-9a-f]{6}$/,
    );
  });

  test('brand colours without a primary, and unknown fields, are named', async () => {
    const dir = await copySite('chongqing', 'no-primary');
    await writeJson(dir, 'theme.json', { accent: '#1d4f91', colour: '#fff', $schema: 5 });
    assert.deepEqual(await problemsOf(dir), [
      'theme.json:2: accent must come with a primary colour ("primary": "#rrggbb")',
      'theme.json:3: colour is not a theme field: use primary, accent, text, surface or a --qx-* token',
      'theme.json:4: $schema must be a string (the path or URL of theme.schema.json)',
    ]);
  });
});
