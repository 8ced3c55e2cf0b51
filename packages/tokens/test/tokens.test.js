// The token values themselves must be usable: every text/background pair the components use
// meets WCAG contrast, and the CSS, JS and JSON outputs agree with each other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { wcagContrast, wcagLuminance } from 'culori';
import * as values from '../dist/tokens.js';
import * as vars from '../dist/vars.js';

/** WCAG 2 contrast of two CSS colours, by the colour library the whole system uses. */
const contrast = (/** @type {string} */ a, /** @type {string} */ b) => wcagContrast(a, b);

/** The one table of which token is painted on which and what each pair needs. */
const { pairs: table } = JSON.parse(readFileSync('contrast-pairs.json', 'utf8'));
/** `text-muted` → `colorTextMuted`, the name in dist/tokens.js. */
const valueName = (/** @type {string} */ token) => camel(`--qx-color-${token}`);

test('the contrast table names only colour tokens, each pair once', () => {
  assert.ok(table.length >= 10);
  const seen = new Set();
  for (const { foreground, background, normal, elder } of table) {
    for (const token of [foreground, background])
      assert.ok(valueName(token) in values, `${token} is not a colour token`);
    assert.ok([3, 4.5, 7].includes(normal) && [3, 4.5, 7].includes(elder));
    assert.ok(elder >= normal, `${foreground} on ${background}: elder mode asks less`);
    const key = `${foreground} on ${background}`;
    assert.ok(!seen.has(key), `${key} is listed twice`);
    seen.add(key);
  }
});

for (const { foreground, background, normal: min } of table) {
  test(`${foreground} on ${background} reaches ${min}:1`, () => {
    const byName = /** @type {Record<string, string>} */ (/** @type {unknown} */ (values));
    const [a = '', b = ''] = [byName[valueName(foreground)], byName[valueName(background)]];
    const ratio = contrast(a, b);
    assert.ok(ratio >= min, `${foreground} ${a} on ${background} ${b} is ${ratio.toFixed(2)}:1`);
  });
}

test('every colour is a six-digit hex value', () => {
  const colours = Object.entries(values).filter(([name]) => name.startsWith('color'));
  assert.ok(colours.length >= 10);
  for (const [name, value] of colours) assert.match(value, /^#[0-9a-f]{6}$/i, name);
});

test('the font stack is CJK-first and needs no web font', () => {
  const stack = values.fontFamilySans.split(',').map((f) => f.trim().replace(/'/g, ''));
  assert.deepEqual(stack.slice(0, 3), ['PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei']);
  assert.ok(stack.includes('Noto Sans CJK SC'));
  assert.equal(stack.at(-1), 'sans-serif');
  assert.doesNotMatch(readFileSync('dist/tokens.css', 'utf8'), /@font-face|url\(/);
});

test('body line height suits Chinese text', () => {
  assert.ok(Number(values.fontLineHeightNormal) >= 1.6);
});

test('CSS, vars and JSON outputs name the same tokens with the same values', () => {
  const css = readFileSync('dist/tokens.css', 'utf8');
  /** @type {{ name: string, value: string, mode?: string }[]} */
  const all = JSON.parse(readFileSync('dist/tokens.json', 'utf8'));
  const json = all.filter((t) => !t.mode);
  assert.equal(json.length, Object.keys(values).length);
  for (const { name, value } of json) {
    assert.ok(name.startsWith('--qx-'), name);
    assert.ok(css.includes(`${name}: ${value};`), `${name} missing from tokens.css`);
  }
  assert.equal(vars.colorPrimary, `var(--qx-color-primary, ${values.colorPrimary})`);
});

// Elder-friendly mode (适老化): the overrides in dist/tokens.json marked `mode: "elder"`.
/** @type {{ name: string, value: string, mode?: string }[]} */
const elderList = JSON.parse(readFileSync('dist/tokens.json', 'utf8')).filter(
  (/** @type {{ mode?: string }} */ t) => t.mode === 'elder',
);
const elderValues = /** @type {Record<string, string>} */ ({
  ...values,
  ...Object.fromEntries(elderList.map((t) => [camel(t.name), t.value])),
});
function camel(/** @type {string} */ name) {
  return name.replace(/^--qx-/, '').replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}

for (const { foreground, background, elder: min } of table) {
  test(`elder mode: ${foreground} on ${background} reaches ${min}:1`, () => {
    const [a, b] = [elderValues[valueName(foreground)], elderValues[valueName(background)]];
    assert.ok(a && b, `${foreground} or ${background} has no value`);
    const ratio = contrast(a, b);
    assert.ok(ratio >= min, `${foreground} ${a} on ${background} ${b} is ${ratio.toFixed(2)}:1`);
  });
}

test('elder mode darkens text, muted text, links and primary', () => {
  for (const name of ['colorText', 'colorTextMuted', 'colorLink', 'colorPrimary']) {
    const [before, after] = [values[/** @type {keyof typeof values} */ (name)], elderValues[name]];
    assert.ok(
      wcagLuminance(String(after)) < wcagLuminance(before),
      `${name} ${after} is not darker`,
    );
  }
});

test('elder mode makes every font size at least 1.25 times its default', () => {
  const sizes = Object.keys(values).filter((name) => name.startsWith('fontSize'));
  assert.ok(sizes.length >= 8);
  const rem = (/** @type {string} */ v) => {
    assert.match(v, /^[\d.]+rem$/);
    return parseFloat(v);
  };
  for (const name of sizes) {
    const base = rem(values[/** @type {keyof typeof values} */ (name)]);
    const elder = rem(String(elderValues[name]));
    assert.ok(elder >= base * 1.25, `${name}: ${elder}rem < 1.25 × ${base}rem`);
  }
  assert.ok(Number(elderValues.fontLineHeightNormal) > Number(values.fontLineHeightNormal));
});

test('tokens.css overrides the elder values under :root[data-qx-elder], after :root', () => {
  const css = readFileSync('dist/tokens.css', 'utf8');
  const block = css.slice(css.indexOf(':root[data-qx-elder] {'));
  assert.ok(css.indexOf(':root {') < css.indexOf(':root[data-qx-elder] {'));
  assert.ok(elderList.length >= 9);
  for (const { name, value } of elderList) {
    assert.ok(block.includes(`${name}: ${value};`), `${name} missing from the elder block`);
  }
  assert.equal(vars.fontSizeMd, `var(--qx-font-size-md, ${values.fontSizeMd})`);
});

test('lit.js holds the same var() text as vars.js, as Lit CSSResults', async () => {
  const lit = await import('../dist/lit.js');
  assert.deepEqual(Object.keys(lit).sort(), Object.keys(vars).sort());
  for (const [name, value] of Object.entries(lit)) {
    assert.equal(value.cssText, vars[/** @type {keyof typeof vars} */ (name)], name);
  }
  // Every token is marked pure, so a bundler drops the ones an element does not use.
  const source = readFileSync('dist/lit.js', 'utf8');
  const exports = source.match(/^export const /gm) ?? [];
  const pure = source.match(/= \/\* @__PURE__ \*\/ unsafeCSS\(/g) ?? [];
  assert.equal(pure.length, exports.length);
});
