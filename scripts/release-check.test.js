// The release check's helpers; the check itself runs at the end of `npm test`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { patternMatches, referencedPaths } from './release-check.js';

test('collects every path a package.json points at', () => {
  const pkg = {
    name: '@x/kit',
    exports: {
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      './*.js': { types: './dist/*.d.ts', default: './dist/*.js' },
      './internal/*': null,
      './package.json': './package.json',
    },
    bin: { kit: './dist/cli.js' },
    customElements: 'custom-elements.json',
  };
  assert.deepEqual(referencedPaths(pkg).sort(), [
    'custom-elements.json',
    'dist/*.d.ts',
    'dist/*.js',
    'dist/cli.js',
    'dist/index.d.ts',
    'dist/index.js',
    'package.json',
  ]);
  assert.deepEqual(referencedPaths({ name: 'k', bin: './cli.js' }), ['cli.js']);
});

test('matches exports patterns against the packed files', () => {
  const files = ['package.json', 'dist/index.js', 'dist/figure.js', 'dist/figure.d.ts'];
  assert.ok(patternMatches('dist/index.js', files));
  assert.ok(patternMatches('dist/*.d.ts', files));
  assert.ok(!patternMatches('dist/index.d.ts', files));
  assert.ok(!patternMatches('lib/*.js', files));
  assert.ok(!patternMatches('dist/*.css', files));
});
