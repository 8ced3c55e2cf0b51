// The accessibility toolbar's modes in tokens.css: colour schemes that pass AAA on every pair,
// text scales that multiply every font size, and the large cursor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { wcagContrast } from 'culori';

const css = readFileSync('dist/tokens.css', 'utf8');
/** @type {{ name: string, value: string, mode?: string }[]} */
const list = JSON.parse(readFileSync('dist/tokens.json', 'utf8'));
const { pairs } = JSON.parse(readFileSync('contrast-pairs.json', 'utf8'));
const defaults = list.filter((t) => !t.mode);
const colours = defaults.filter((t) => t.name.startsWith('--qx-color-'));
const schemes = ['high-contrast', 'black-on-yellow', 'yellow-on-black'];

/** The block of tokens.css under `selector`, as { name: value }. */
function block(/** @type {string} */ selector) {
  const start = css.indexOf(`${selector} {`);
  assert.ok(start >= 0, `${selector} missing from tokens.css`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/(--qx-[\w-]+): ([^;]+);/g)].map((m) => [m[1], m[2]]),
  );
}

for (const scheme of schemes) {
  const values = block(`:root:root:root[data-qx-scheme="${scheme}"]`);

  test(`scheme ${scheme} sets every colour token, the same in CSS and JSON`, () => {
    const json = list.filter((t) => t.mode === `scheme:${scheme}`);
    assert.deepEqual(json.map((t) => t.name).sort(), colours.map((t) => t.name).sort());
    for (const { name, value } of json) assert.equal(values[name], value, name);
  });

  // Every pair the components paint, text or boundary, reaches 7:1 in a non-default scheme.
  for (const { foreground, background } of pairs) {
    test(`scheme ${scheme}: ${foreground} on ${background} reaches 7:1`, () => {
      const [a = '', b = ''] = [
        values[`--qx-color-${foreground}`],
        values[`--qx-color-${background}`],
      ];
      const ratio = wcagContrast(a, b);
      assert.ok(ratio >= 7, `${foreground} ${a} on ${background} ${b} is ${ratio.toFixed(2)}:1`);
    });
  }
}

test('high contrast is the elder palette', () => {
  const values = block(':root:root:root[data-qx-scheme="high-contrast"]');
  const elder = list.filter((t) => t.mode === 'elder' && t.name.startsWith('--qx-color-'));
  assert.ok(elder.length >= 9);
  for (const { name, value } of elder) assert.equal(values[name], value, name);
});

test('schemes and scales outrank a district theme: three :root, after the elder block', () => {
  const elder = css.indexOf(':root[data-qx-elder] {');
  assert.ok(elder > 0);
  for (const selector of [...css.matchAll(/^(:root[^{]*\[data-qx-(?:scheme|scale)=[^{]*) \{/gm)]) {
    assert.match(selector[1] ?? '', /^:root:root:root\[/);
    assert.ok((selector.index ?? 0) > elder);
  }
});

for (const factor of [1, 1.25, 1.5, 1.75, 2]) {
  test(`scale ${factor} multiplies every font size and space by ${factor}`, () => {
    const values = block(`:root:root:root[data-qx-scale="${factor}"]`);
    // Text and the room around it, as the browser's zoom does (space-0 is 0 at every scale).
    const sizes = defaults.filter(
      (t) => /^--qx-(font-size|space)-/.test(t.name) && t.value.endsWith('rem'),
    );
    assert.ok(sizes.filter((t) => t.name.startsWith('--qx-space-')).length >= 8);
    assert.ok(sizes.length >= 16);
    for (const { name, value } of sizes) {
      assert.equal(parseFloat(values[name] ?? ''), parseFloat(value) * factor, name);
    }
  });
}

test('the large cursor covers every element and takes its image from the page', () => {
  assert.match(css, /:root\[data-qx-cursor='black'\] \{\s*--qx-cursor: var\(--qx-cursor-black\);/);
  assert.match(css, /:root\[data-qx-cursor='white'\] \{\s*--qx-cursor: var\(--qx-cursor-white\);/);
  assert.match(css, /:root\[data-qx-cursor\] \* \{\s*cursor: var\(--qx-cursor, auto\) !important;/);
  // No image in tokens.css: the site serves the cursor files and names them.
  assert.doesNotMatch(css, /url\(/);
});
