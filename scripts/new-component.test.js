// The component generator, run against a temporary copy of the folders it reads and edits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, namesOf } from './new-component.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const script = join(repo, 'scripts/new-component.js');

/** A temporary tree with a copy of the one folder the generator writes into and edits. */
function copyTree(t) {
  const root = mkdtempSync(join(tmpdir(), 'qx-new-component-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  for (const dir of ['packages/components/src'])
    cpSync(join(repo, dir), join(root, dir), {
      recursive: true,
      filter: (src) => !src.includes('node_modules'),
    });
  return root;
}

const read = (root, file) => readFileSync(join(root, file), 'utf8');

/** Runs the CLI; returns its exit status and output. */
function cli(args) {
  try {
    return {
      status: 0,
      output: execFileSync(process.execPath, [script, ...args], {
        encoding: 'utf8',
        stdio: 'pipe',
      }),
    };
  } catch (error) {
    return { status: error.status, output: `${error.stdout}${error.stderr}` };
  }
}

test('derives the names from the tag', () => {
  assert.deepEqual(namesOf('qx-sample-thing'), {
    tag: 'qx-sample-thing',
    base: 'sample-thing',
    camel: 'sampleThing',
    className: 'QxSampleThing',
    strings: 'sampleThingStrings',
    styles: 'sampleThingStyles',
    title: 'Sample thing',
  });
});

test('generates the element, its strings, tests, stories and entry, and wires them in', (t) => {
  const root = copyTree(t);
  const componentIndex = read(root, 'packages/components/src/index.ts');
  const { status, output } = cli(['qx-sample-thing', '--root', root]);
  assert.equal(status, 0, output);
  assert.match(output, /Created <qx-sample-thing> \(QxSampleThing\)/);

  const dir = 'packages/components/src/sample-thing';
  for (const file of [
    'qx-sample-thing.ts',
    'qx-sample-thing.styles.ts',
    'qx-sample-thing.test.ts',
    'qx-sample-thing.stories.ts',
    'strings.ts',
  ])
    assert.ok(existsSync(join(root, dir, file)), file);

  const element = read(root, `${dir}/qx-sample-thing.ts`);
  for (const expected of [
    '@tagname qx-sample-thing',
    '@summary',
    '@csspart base',
    '@cssprop [--qx-sample-thing-label-color',
    'export class QxSampleThing extends LitElement',
    'static override properties: PropertyDeclarations',
    'registerStrings(sampleThingStrings);',
    'new LocaleController(this)',
    "this.#l10n.t('sampleThing.label')",
  ])
    assert.ok(element.includes(expected), expected);
  assert.ok(
    read(root, `${dir}/qx-sample-thing.styles.ts`).includes(
      'export const sampleThingStyles = [\n  hostStyles,',
    ),
  );
  // Every name a generated file imports from the package's own modules is exported there.
  for (const file of ['qx-sample-thing.ts', 'qx-sample-thing.styles.ts', 'strings.ts']) {
    const source = read(root, `${dir}/${file}`);
    for (const [, names, from] of source.matchAll(/import \{([^}]*)\} from '(\.[^']+)\.js';/g)) {
      const target = read(root, join(dir, `${from}.ts`));
      for (const name of names.split(',').map((n) => n.replace(/^\s*type\s+/, '').trim()))
        if (name)
          assert.match(
            target,
            new RegExp(`export [^\\n]*\\b${name}\\b`),
            `${file}: ${name} from ${from}`,
          );
    }
  }
  const spec = read(root, `${dir}/qx-sample-thing.test.ts`);
  assert.match(spec, /it\('is accessible in zh and en'/);
  assert.ok(spec.includes("from '../test-utils/index.js'"));
  const stories = read(root, `${dir}/qx-sample-thing.stories.ts`);
  assert.ok(stories.includes("component: 'qx-sample-thing'"));
  assert.ok(stories.includes('export default meta;'));

  const entry = read(root, 'packages/components/src/sample-thing.ts');
  assert.ok(entry.includes("defineElement('qx-sample-thing', QxSampleThing);"));
  assert.ok(entry.includes("'qx-sample-thing': QxSampleThing;"));
  assert.equal(
    read(root, 'packages/components/src/index.ts'),
    `${componentIndex.trimEnd()}\nexport * from './sample-thing.js';\n`,
  );

  // The strings land in the element's own folder: one package, nothing in @qiaoxin/i18n.
  const strings = read(root, `${dir}/strings.ts`);
  assert.ok(strings.includes("group: 'sampleThing'"));
  assert.ok(strings.includes('export const sampleThingStrings'));
  assert.match(strings, /'zh-CN': \{ label: '标签' \}/);
  assert.match(strings, /\ben: \{ label: 'Label' \}/);
  // zh-Hant is generated from zh-CN at build and loaded apart, never in the element's bundle.
  assert.doesNotMatch(strings, /zh-Hant'?:/);
  assert.match(strings, /\n {2}loadZhHant,\n\} as const satisfies Strings;/);
  assert.ok(!existsSync(join(root, 'packages/i18n')));
  const index = read(root, 'packages/components/src/strings.ts');
  assert.ok(index.includes("import { sampleThingStrings } from './sample-thing/strings.js';"));
  // Exported and listed in builtInStrings: the name appears in the import, the export list and the array.
  assert.equal(index.match(/\bsampleThingStrings\b/g).length, 3);
  const builtIn = index.slice(index.indexOf('builtInStrings'));
  assert.match(builtIn, /sampleThingStrings,\n\];/);
});

test('refuses a second run for the same element, changing nothing', (t) => {
  const root = copyTree(t);
  assert.equal(cli(['qx-sample-thing', '--root', root]).status, 0);
  const before =
    read(root, 'packages/components/src/strings.ts') +
    read(root, 'packages/components/src/index.ts');
  const again = cli(['qx-sample-thing', '--root', root]);
  assert.equal(again.status, 1);
  assert.match(again.output, /<qx-sample-thing> already exists/);
  assert.equal(
    read(root, 'packages/components/src/strings.ts') +
      read(root, 'packages/components/src/index.ts'),
    before,
  );
});

test('refuses an existing element of the library', (t) => {
  const root = copyTree(t);
  assert.throws(
    () => generate('qx-figure', root),
    /<qx-figure> already exists \(packages\/components\/src\/figure/,
  );
});

test('refuses invalid names and writes nothing', (t) => {
  const root = copyTree(t);
  const index = read(root, 'packages/components/src/index.ts');
  for (const name of [
    'thing',
    'Qx-thing',
    'qx-Thing',
    'qx-',
    'qx-1thing',
    'qx-thing-',
    'qx--thing',
    'qx-thing_x',
    undefined,
  ]) {
    const args = name === undefined ? ['--root', root] : [name, '--root', root];
    const { status, output } = cli(args);
    assert.equal(status, 1, String(name));
    assert.match(output, /is not a valid name: use qx- followed by lowercase words/);
  }
  assert.equal(read(root, 'packages/components/src/index.ts'), index);
  assert.ok(!existsSync(join(root, 'packages/components/src/thing')));
});
