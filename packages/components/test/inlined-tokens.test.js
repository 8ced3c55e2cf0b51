// The build writes each token into the elements' CSS as text (scripts/minify-templates.js).
// These tests read the built styles as a page gets them: every token reference must carry the
// token's own fallback, and nothing may be left of the interpolation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as vars from '@qiaoxin/tokens/vars.js';

const dist = new URL('../dist/', import.meta.url);
const styleModules = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
  (file) => file.endsWith('.js') && /styles\.js$/.test(file),
);
// "--qx-space-3" → "0.75rem", as the token module's `var(--qx-space-3, 0.75rem)` says.
const fallbacks = new Map(
  Object.values(vars).map((value) => {
    const [, name, fallback] = /^var\((--qx-[\w-]+), (.*)\)$/.exec(value);
    return [name, fallback.replace(/,\s+/g, ',')];
  }),
);

/** The CSS text of every CSSResult a module exports, arrays of them included. */
async function cssOf(file) {
  const module = await import(new URL(file, dist));
  return Object.values(module)
    .flat()
    .filter((value) => typeof value?.cssText === 'string')
    .map((value) => value.cssText)
    .join('\n');
}

test('the built styles no longer import the tokens module or call token()', () => {
  assert.ok(styleModules.length >= 15, `found ${styleModules.length} style modules`);
  for (const file of [...styleModules, 'internal/styles.js']) {
    const source = readFileSync(new URL(file, dist), 'utf8');
    assert.doesNotMatch(source, /@qiaoxin\/tokens\/vars\.js|token\(/, file);
  }
});

test('every token in the built CSS carries its own fallback', async () => {
  let references = 0;
  for (const file of styleModules) {
    const css = await cssOf(file);
    assert.doesNotMatch(css, /undefined|\$\{|\[object /, file);
    for (const [, name, fallback] of css.matchAll(
      /var\((--qx-[\w-]+),([^()]*(?:\([^()]*\))?[^()]*)\)/g,
    )) {
      if (!fallbacks.has(name)) continue; // an element's own property, e.g. --qx-search-border-color
      references++;
      assert.equal(fallback, fallbacks.get(name), `${file}: ${name}`);
    }
  }
  assert.ok(references > 100, `only ${references} token references`);
});
