// theme.json as published: its JSON Schema (against the zod schema the build uses), and what a
// theme becomes in the portal: the stylesheet, the default emblem as logo and favicon.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite } from '../dist/index.js';
import { themeSchema } from '../dist/site/schemas.js';
import { copySite as copyReal, sites, writeJson, useTemp } from './helpers/site-copy.js';

const schemaFile = fileURLToPath(new URL('../schema/theme.schema.json', import.meta.url));
const jsonSchema = JSON.parse(await readFile(schemaFile, 'utf8'));
const siteTheme = async (id) => JSON.parse(await readFile(join(sites, id, 'theme.json'), 'utf8'));

const temp = useTemp('qx-theme-');
const copySite = (id, into) => copyReal(join(temp.path, into), id);

/**
 * A small JSON Schema (2020-12) validator for the keywords theme.schema.json uses; the repo
 * has no 2020-12 validator, and this keeps the test honest about what the schema says.
 */
function validates(schema, value, root = schema) {
  if (schema === true) return true;
  if (schema === false) return false;
  if (schema.$ref) {
    const target = schema.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((s, k) => s[k], root);
    if (!validates(target, value, root)) return false;
  }
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  if (schema.type && schema.type !== type) return false;
  if (schema.anyOf && !schema.anyOf.some((s) => validates(s, value, root))) return false;
  if (type === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) return false;
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) return false;
  }
  if (type === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const named = schema.properties?.[key];
      const patterned = Object.entries(schema.patternProperties ?? {}).filter(([p]) =>
        new RegExp(p, 'u').test(key),
      );
      if (named && !validates(named, v, root)) return false;
      if (patterned.some(([, s]) => !validates(s, v, root))) return false;
      if (!named && !patterned.length && schema.additionalProperties === false) return false;
    }
    for (const [key, needs] of Object.entries(schema.dependentRequired ?? {})) {
      if (key in value && needs.some((n) => !(n in value))) return false;
    }
  }
  return true;
}

describe('theme.schema.json', () => {
  test('is draft 2020-12 and published with the package', async () => {
    assert.equal(jsonSchema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    assert.ok(pkg.files.includes('schema'));
    assert.equal(pkg.exports['./theme.schema.json'], './schema/theme.schema.json');
  });

  test("accepts the sites' theme.json files, which refer to it", async () => {
    for (const id of ['chongqing', 'jinshan']) {
      const theme = await siteTheme(id);
      assert.equal(theme.$schema, '../../packages/site-kit/schema/theme.schema.json');
      assert.ok(validates(jsonSchema, theme), id);
      assert.ok(themeSchema.safeParse(theme).success, id);
    }
  });

  const good = [
    {},
    { primary: '#00606b' },
    { primary: '#c8102e', accent: '#1d4f91', text: '#1f2329', surface: '#ffffff' },
    { primary: 'rgb(0 96 107)', accent: 'oklch(45% 0.15 25)', surface: 'white' },
    { primary: '#7a1f5c', '--qx-radius-md': '6px', '--qx-color-divider': '#ccc' },
    { '--qx-color-primary': '#00606b', '--qx-color-link': 'hsl(186deg 100% 21%)' },
    ...(jsonSchema.examples ?? []),
  ];
  const bad = [
    { accent: '#1d4f91' },
    { surface: '#fff' },
    { primary: 5 },
    { primary: '#12345' },
    { primary: 'var(--x)' },
    { primary: '#00606b', colour: '#fff' },
    { 'color-primary': '#fff' },
    { '--qx-radius-md': '4px; color: red' },
    { '--qx-radius-md': '' },
    { '--qx-space-md': 8 },
    { '--qx-color-link': '#12345' },
    { $schema: 5 },
  ];
  test('agrees with the zod schema site-kit builds with, on good and bad documents', () => {
    for (const doc of good) {
      assert.ok(validates(jsonSchema, doc), `JSON Schema rejects ${JSON.stringify(doc)}`);
      assert.ok(themeSchema.safeParse(doc).success, `zod rejects ${JSON.stringify(doc)}`);
    }
    for (const doc of bad) {
      assert.ok(!validates(jsonSchema, doc), `JSON Schema accepts ${JSON.stringify(doc)}`);
      assert.ok(!themeSchema.safeParse(doc).success, `zod accepts ${JSON.stringify(doc)}`);
    }
  });

  test('names the same brand colours as the zod schema', async () => {
    const { brandKeys } = await import('../dist/theme/index.js');
    assert.deepEqual(
      Object.keys(jsonSchema.properties).filter((k) => k !== '$schema'),
      [...brandKeys],
    );
  });
});

describe('stylesheet, logo and favicon', () => {
  test('a site without a logo gets an emblem of its primary colour as logo and favicon', async () => {
    const dir = await copySite('jinshan', 'no-logo');
    const config = JSON.parse(await readFile(join(dir, 'site.config.json'), 'utf8'));
    delete config.logo;
    await writeJson(dir, 'site.config.json', config);
    const { outDir } = await buildSite(dir);
    const html = await readFile(join(outDir, 'index.html'), 'utf8');
    const src = /<img\s+slot="logo"\s+src="([^"]+)"/.exec(html)?.[1];
    assert.match(src ?? '', /^\/jinshan\/assets\/emblem-\w+\.svg$/);
    assert.ok(html.includes(`<link rel="icon" type="image/svg+xml" href="${src}">`), 'favicon');
    const svg = await readFile(join(outDir, src.replace('/jinshan/', '')), 'utf8');
    assert.match(svg, /fill="#00606b"/);
    assert.match(svg, />金<\/text>/);
    // The stylesheet carries the derived palette for both modes.
    const css = await readFile(
      join(outDir, /href="\/jinshan\/(assets\/site-[^"]+\.css)"/.exec(html)[1]),
      'utf8',
    );
    const elder = css.slice(css.lastIndexOf(':root[data-qx-elder]'));
    assert.match(elder, /--qx-color-primary:#[0-9a-f]{3,6}/);
    assert.doesNotMatch(elder, /#8f0c22/, 'the tokens’ red elder primary on a teal site');
  });

  test("a site's SVG logo is its favicon, with its type", async () => {
    const dir = await copySite('chongqing', 'logo');
    const { outDir } = await buildSite(dir);
    const html = await readFile(join(outDir, 'index.html'), 'utf8');
    assert.match(
      html,
      /<link rel="icon" type="image\/svg\+xml" href="\/chongqing\/assets\/logo-\w+\.svg">/,
    );
  });
});
