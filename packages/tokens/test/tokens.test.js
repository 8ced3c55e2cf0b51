// The token values themselves must be usable: every text/background pair the components use
// meets WCAG contrast, and the CSS, JS and JSON outputs agree with each other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as values from '../dist/tokens.js';
import * as vars from '../dist/vars.js';

const luminance = (/** @type {string} */ hex) => {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
};
const contrast = (/** @type {string} */ a, /** @type {string} */ b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
};

/** [foreground, background, minimum ratio] as the components pair them. */
const pairs = /** @type {const} */ ([
  ['colorText', 'colorSurface', 4.5],
  ['colorText', 'colorSurfaceSubtle', 4.5],
  ['colorTextMuted', 'colorSurface', 4.5],
  ['colorTextMuted', 'colorSurfaceSubtle', 4.5],
  ['colorLink', 'colorSurface', 4.5],
  ['colorLink', 'colorSurfaceSubtle', 4.5],
  ['colorLinkHover', 'colorSurface', 4.5],
  ['colorPrimary', 'colorSurface', 4.5],
  ['colorPrimary', 'colorSurfaceSubtle', 4.5],
  ['colorOnPrimary', 'colorPrimary', 4.5],
  ['colorOnPrimary', 'colorPrimaryHover', 4.5],
  ['colorFocus', 'colorSurface', 3],
  ['colorFocus', 'colorSurfaceSubtle', 3],
  ['colorBorder', 'colorSurface', 3],
]);

for (const [fg, bg, min] of pairs) {
  test(`${fg} on ${bg} reaches ${min}:1`, () => {
    const ratio = contrast(values[fg], values[bg]);
    assert.ok(ratio >= min, `${fg} ${values[fg]} on ${bg} ${values[bg]} is ${ratio.toFixed(2)}:1`);
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

/**
 * The same pairs as in normal mode, plus borders on subtle surfaces; text and muted text
 * must reach AAA (7:1) here, the rest keeps its normal-mode minimum.
 */
const elderPairs = [...pairs, /** @type {const} */ (['colorBorder', 'colorSurfaceSubtle', 3])].map(
  ([fg, bg, min]) => /** @type {const} */ ([fg, bg, fg.startsWith('colorText') ? 7 : min]),
);

for (const [fg, bg, min] of elderPairs) {
  test(`elder mode: ${fg} on ${bg} reaches ${min}:1`, () => {
    const [a, b] = [elderValues[fg], elderValues[bg]];
    assert.ok(a && b, `${fg} or ${bg} has no value`);
    const ratio = contrast(a, b);
    assert.ok(ratio >= min, `${fg} ${a} on ${bg} ${b} is ${ratio.toFixed(2)}:1`);
  });
}

test('elder mode darkens text, muted text, links and primary', () => {
  for (const name of ['colorText', 'colorTextMuted', 'colorLink', 'colorPrimary']) {
    const [before, after] = [values[/** @type {keyof typeof values} */ (name)], elderValues[name]];
    assert.ok(luminance(String(after)) < luminance(before), `${name} ${after} is not darker`);
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
