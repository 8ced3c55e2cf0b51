// The package exports its element entries, their classes and an explicit list of supporting
// modules, not every file under dist/. These tests check that list against the build: every
// target exists, every element and class the manifest documents is exported, and the paths the
// docs and the other packages import still resolve; internals do not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const manifest = JSON.parse(
  readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'),
);
const require = createRequire(import.meta.url);
const resolves = (specifier) => {
  try {
    return Boolean(import.meta.resolve(specifier));
  } catch {
    return false;
  }
};

test('every export points at a built file', () => {
  for (const [path, target] of Object.entries(pkg.exports)) {
    const files = typeof target === 'string' ? [target] : Object.values(target);
    for (const file of files) {
      assert.ok(existsSync(new URL(`../${file}`, import.meta.url)), `${path} → ${file}`);
    }
  }
});

test('every documented element and class module is exported', () => {
  const documented = manifest.modules
    .filter(
      (module) =>
        module.declarations?.some((declaration) => declaration.customElement) ||
        /^src\/[\w-]+\.ts$/.test(module.path),
    )
    .map((module) => `./${module.path.replace(/^src\//, '').replace(/\.ts$/, '.js')}`);
  assert.ok(documented.length >= 28, `only ${documented.length} modules`);
  for (const path of documented) assert.ok(path in pkg.exports, path);
});

test('the paths the docs and the other packages import resolve; internals do not', () => {
  for (const specifier of [
    '@qiaoxin/components',
    '@qiaoxin/components/breadcrumbs.js',
    '@qiaoxin/components/breadcrumbs/qx-breadcrumbs.js',
    '@qiaoxin/components/elder-mode/apply.js',
    '@qiaoxin/components/site-nav.js',
    '@qiaoxin/components/search.js',
    '@qiaoxin/components/stat-counter.js',
    '@qiaoxin/components/cdn/qiaoxin.js',
    '@qiaoxin/components/custom-elements.json',
    '@qiaoxin/components/web-types.json',
  ]) {
    assert.ok(resolves(specifier), specifier);
  }
  assert.ok(require.resolve('@qiaoxin/components/package.json'));
  for (const specifier of [
    '@qiaoxin/components/internal/styles.js',
    '@qiaoxin/components/search/results.js',
    '@qiaoxin/components/site-nav/qx-site-nav.styles.js',
  ]) {
    assert.equal(resolves(specifier), false, specifier);
  }
});
