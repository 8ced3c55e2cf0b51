// theme.json tokens, values a webmaster writes that reach the portal's CSS. Hostile copies of
// sites/jinshan are built with the real CLI; refused ones must stop with file:line: message and
// no stack trace, accepted ones are read back with a real CSS parser (css-tree). basePath and
// site links are in site-links.test.js.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate, parse as parseCss, walk } from 'css-tree';
import { paletteCss } from '../dist/theme/index.js';
import {
  assertRefused,
  lineOf,
  readJson,
  buildWithCli as build,
  writeJson,
  useCopies,
} from './helpers/site-copy.js';

const copySite = useCopies('qx-values-');

describe('theme.json token values', () => {
  const hostile = {
    '--qx-radius-md': '4px /*',
    '--qx-radius-lg': '8px)',
    '--qx-radius-sm': '[2px]',
    '--qx-radius-pill': '9999px"',
    '--qx-space-1': '4px}',
    '--qx-space-2': '1rem</style><script>alert(1)</script>',
    '--qx-space-3': 'url(javascript:alert(1))',
    '--qx-space-4': 'expression(alert(1))',
    '--qx-space-5': "@import 'https://evil.example/x.css'",
    '--qx-space-6': '1rem;}body{display:none',
    '--qx-space-8': '1rem\\;',
    '--qx-font-family-sans': "'Noto Sans SC', url(javascript:alert(1))",
    '--qx-font-family-serif': "'Songti SC' /* , serif",
    '--qx-motion-easing-standard': 'cubic-bezier(0.2, 0, 0, 1) !important',
    '--qx-motion-duration-fast': '150',
    '--qx-font-weight-bold': 'var(--x)',
    '--qx-color-text': 'rgb(0 0 0")',
    '--qx-color-divider': '#ccc /* */',
  };
  const kinds = {
    radius: 'a length',
    space: 'a length',
    family: 'a list of fonts',
    easing: 'a timing function',
    duration: 'a duration',
    weight: 'a font weight',
    color: 'a colour',
  };
  const kindOf = (key) => Object.entries(kinds).find(([k]) => key.includes(k))[1];

  test('each value that is not one CSS value of its token’s type is refused at its line, without a crash', async () => {
    const dir = await copySite('theme-hostile');
    const theme = { ...(await readJson(dir, 'theme.json')), ...hostile };
    await writeJson(dir, 'theme.json', theme);
    const lines = [];
    for (const [key, value] of Object.entries(hostile)) {
      const line = await lineOf(dir, 'theme.json', `"${key}"`);
      lines.push(`theme.json:${line}: ${key}: ${JSON.stringify(value)} is not ${kindOf(key)}`);
    }
    await assertRefused(dir, lines);
  });

  test('each hostile value alone is refused too (no value hides behind another)', async () => {
    const dir = await copySite('theme-one');
    const theme = await readJson(dir, 'theme.json');
    for (const [key, value] of Object.entries(hostile)) {
      await writeJson(dir, 'theme.json', { ...theme, [key]: value });
      await assertRefused(dir, [`${key}: ${JSON.stringify(value)} is not ${kindOf(key)}`]);
    }
  });

  test('a token the tokens package does not define, of no known family, is refused', async () => {
    const dir = await copySite('theme-unknown');
    await writeJson(dir, 'theme.json', { primary: '#00606b', '--qx-shadow-card': '0 1px red' });
    await assertRefused(dir, ['theme.json:3: --qx-shadow-card is not a token of @qiaoxin/tokens']);
  });

  test('typed values build; the stylesheet keeps them serialised, the elder palette and the layout', async () => {
    const dir = await copySite('theme-good');
    const good = {
      '--qx-radius-md': '6px',
      '--qx-space-7': '1.75rem',
      '--qx-font-family-sans': "'Noto Sans SC', sans-serif",
      '--qx-motion-easing-standard': 'cubic-bezier(0.2, 0, 0, 1)',
      '--qx-motion-duration-fast': '100ms',
      '--qx-font-weight-bold': '600',
      '--qx-font-line-height-normal': '1.8',
    };
    await writeJson(dir, 'theme.json', { ...(await readJson(dir, 'theme.json')), ...good });
    const { code, stderr } = await build(dir);
    assert.equal(code, 0, stderr);
    const html = await readFile(join(dir, 'dist/index.html'), 'utf8');
    const href = /<link rel="stylesheet" href="\/jinshan\/([^"]+)"/.exec(html)[1];
    const css = await readFile(join(dir, 'dist', href), 'utf8');
    const selectors = new Set();
    const declared = new Map();
    walk(parseCss(css), (node) => {
      if (node.type === 'Rule') selectors.add(generate(node.prelude));
      if (node.type === 'Declaration' && node.property.startsWith('--qx-'))
        declared.set(node.property, node.value.value?.trim() ?? '');
    });
    assert.ok(selectors.has(':root[data-qx-elder]'), 'the elder palette is in the stylesheet');
    assert.ok(
      [...selectors].some((s) => s.includes('.skip-link')),
      'portal.css is in it',
    );
    assert.equal(declared.get('--qx-radius-md'), '6px');
    assert.equal(declared.get('--qx-space-7'), '1.75rem');
    assert.match(declared.get('--qx-font-family-sans'), /^"?Noto Sans SC"?,\s*sans-serif$/);
  });

  test('the stylesheet code itself refuses an unchecked value rather than writing it', () => {
    assert.throws(() => paletteCss({ '--qx-radius-md': '4px /*' }), /--qx-radius-md/);
    assert.throws(() => paletteCss({ '--qx-color-text': 'rgb(0 0 0")' }), /--qx-color-text/);
    assert.match(paletteCss({ '--qx-radius-md': ' 4px ' }), /--qx-radius-md:4px[;}]/);
  });
});
