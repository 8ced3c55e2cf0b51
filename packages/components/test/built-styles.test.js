// The elements interpolate tokens from @qiaoxin/tokens/lit.js (Style Dictionary's output) and the
// build minifies their templates (scripts/minify-templates.js). These tests read the built styles
// as a page gets them: every token reference must carry the token's own fallback, each
// interpolation must land in its own declaration, and nothing may be left of the interpolation.
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
    return [name, fallback];
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

test('the built styles take their tokens from the generated module, as written', () => {
  assert.ok(styleModules.length >= 15, `found ${styleModules.length} style modules`);
  for (const file of [...styleModules, 'internal/styles.js']) {
    const source = readFileSync(new URL(file, dist), 'utf8');
    // No text of a token is copied into the build: each comes from the module at run time.
    assert.doesNotMatch(source, /var\(--qx-(?:color|space|font|radius|border)-[\w-]+,/, file);
    assert.match(source, /from '@qiaoxin\/tokens\/lit\.js'/, file);
  }
});

test('the built templates are minified: no comments, no runs of white space', () => {
  for (const file of styleModules) {
    const source = readFileSync(new URL(file, dist), 'utf8');
    for (const [, text] of source.matchAll(/css `([^`]*)`/g)) {
      assert.doesNotMatch(text, /\/\*|\s\s|\n/, file);
    }
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
      assert.equal(fallback.trim(), fallbacks.get(name), `${file}: ${name}`);
    }
  }
  assert.ok(references > 100, `only ${references} token references`);
});

/** Which declarations a kind of token may stand in; a colour in `font-size` means the minifier
 * handed an interpolation to the wrong declaration (Lightning CSS reorders declarations). */
const belongs = [
  [/^--qx-font-size-/, (property) => /font-size|^font$/.test(property)],
  [/^--qx-font-weight-/, (property) => /font-weight|^font$/.test(property)],
  [/^--qx-font-line-height-/, (property) => /line-height|^font$/.test(property)],
  [
    /^--qx-color-/,
    (property) =>
      !/font-size|font-weight|line-height|margin|padding|gap|width|height|radius|offset/.test(
        property,
      ),
  ],
  [/^--qx-space-/, (property) => !/color|background|font-weight/.test(property)],
];

test('each interpolated token lands in a declaration of its kind', async () => {
  let checked = 0;
  for (const file of styleModules) {
    const css = await cssOf(file);
    for (const [, property, value] of css.matchAll(/([\w-]+)\s*:([^;{}]+)/g)) {
      if (property.startsWith('--')) continue; // a custom property may hold any token
      for (const [, name] of value.matchAll(/var\((--qx-[\w-]+),/g)) {
        const rule = belongs.find(([prefix]) => prefix.test(name));
        if (!rule || !fallbacks.has(name)) continue;
        checked++;
        assert.ok(rule[1](property), `${file}: ${name} in ${property}:${value}`);
      }
    }
  }
  assert.ok(checked > 100, `only ${checked} declarations checked`);
});
