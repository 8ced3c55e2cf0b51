// Scaffolds a new element with the project's conventions:
//
//   npm run new:component qx-thing            (or: node scripts/new-component.js qx-thing)
//   node scripts/new-component.js qx-thing --root /some/copy   (writes into another tree; tests)
//
// writes packages/components/src/thing/ (qx-thing.ts, .styles.ts, .test.ts, .stories.ts and
// strings.ts, its strings group in zh-CN and en), the define entry src/thing.ts and its export
// from src/index.ts, and lists the strings in src/strings.ts (builtInStrings). All in one
// package: the zh-Hant strings are generated from zh-CN at build (scripts/zh-hant.js there).
// An invalid or existing name is refused and nothing is written.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const validTag = /^qx-[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The names derived from a tag: `qx-sample-thing` → folder sample-thing, QxSampleThing, sampleThing. */
export function namesOf(tag) {
  const base = tag.slice(3);
  const camel = base.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
  const pascal = camel[0].toUpperCase() + camel.slice(1);
  const words = base.replace(/-/g, ' ');
  return {
    tag,
    base,
    camel,
    className: `Qx${pascal}`,
    strings: `${camel}Strings`,
    styles: `${camel}Styles`,
    title: words[0].toUpperCase() + words.slice(1),
  };
}

const files = (n) => ({
  component: `/**
 * @tagname ${n.tag}
 * @summary TODO: what it is, with a real example from a federation portal.
 *
 * @slot - The content, e.g. TODO.
 *
 * @csspart base - The outer box.
 * @csspart label - The label before the content: 标签 / Label unless \`label\` is set.
 *
 * @cssprop [--qx-${n.base}-label-color=var(--qx-color-text-muted)] - Colour of the label.
 */
export class ${n.className} extends LitElement {
  static override styles = ${n.styles};

  static override properties: PropertyDeclarations = {
    label: {},
  };

  /** Replaces the built-in label; written as it should read. */
  label?: string;

  readonly #l10n = new LocaleController(this);

  override render() {
    const label = this.label?.trim();
    return html\`<div part="base">
      <span part="label" lang=\${label ? nothing : this.#l10n.lang}
        >\${label || this.#l10n.t('${n.camel}.label')}</span
      >
      <slot></slot>
    </div>\`;
  }
}
`,
  styles: `import { css } from 'lit';
import { colorTextMuted, space2 } from '@qiaoxin/tokens/lit.js';
import { hostStyles } from '../internal/styles.js';

export const ${n.styles} = [
  hostStyles,
  css\`
    :host {
      display: block;
    }
    [part='label'] {
      margin-inline-end: \${space2};
      color: var(--qx-${n.base}-label-color, \${colorTextMuted});
    }
  \`,
];
`,
  test: `import { expect, fixture, html } from '@open-wc/testing';
import { setLocale } from '@qiaoxin/i18n';
import '../${n.base}.js';
import type { ${n.className} } from './${n.tag}.js';
import { brokenWords, switchLocale, visibleText } from '../test-utils/index.js';

const label = (el: ${n.className}) => el.shadowRoot!.querySelector<HTMLElement>('[part=label]')!;

describe('<${n.tag}>', () => {
  afterEach(async () => {
    await setLocale('zh-CN');
  });

  it('is accessible in zh and en', async () => {
    const el = await fixture<${n.className}>(html\`<${n.tag}>内容</${n.tag}>\`);
    await expect(el).to.be.accessible();
    await switchLocale('en', el);
    await expect(el).to.be.accessible();
  });

  it('shows its built-in label in the page language, marked with that language', async () => {
    const el = await fixture<${n.className}>(html\`<${n.tag}>内容</${n.tag}>\`);
    expect(label(el).lang).to.equal('zh-Hans');
    const zh = visibleText(el);
    await switchLocale('zh-Hant', el);
    expect(label(el).lang).to.equal('zh-Hant');
    expect(visibleText(el)).not.to.match(brokenWords);
    await switchLocale('en', el);
    expect(label(el).lang).to.equal('en');
    expect(visibleText(el)).not.to.equal(zh);
    expect(visibleText(el)).not.to.match(brokenWords);
  });

  it('uses the label attribute instead of the built-in one', async () => {
    const el = await fixture<${n.className}>(html\`<${n.tag} label="自定义">内容</${n.tag}>\`);
    expect(label(el).textContent).to.equal('自定义');
    expect(label(el).hasAttribute('lang')).to.be.false;
  });
});
`,
  stories: `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../${n.base}.js';

interface Args {
  label?: string;
  content: string;
}

const element = (args: Args, lang?: string) => html\`
  <${n.tag} lang=\${ifDefined(lang)} label=\${ifDefined(args.label)}>\${args.content}</${n.tag}>
\`;

const meta: Meta<Args> = {
  title: 'Components/${n.title}',
  component: '${n.tag}',
  // TODO: real content from a district portal.
  args: { content: '内容' },
  render: (args) => element(args),
};
export default meta;

type Story = StoryObj<Args>;

/** The built-in label in the toolbar's language, then the content. */
export const Default: Story = {};

/** \`label\` replaces the built-in label. */
export const CustomLabel: Story = {
  args: { label: '自定义' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('${n.tag}');
    await waitFor(() =>
      expect(el?.shadowRoot?.querySelector('[part=label]')?.textContent).toBe('自定义'),
    );
  },
};

/** English whatever the toolbar says (\`lang="en"\`). */
export const English: Story = {
  args: { content: 'Content' },
  render: (args) => element(args, 'en'),
};
`,
  entry: `import { ${n.className} } from './${n.base}/${n.tag}.js';
import { defineElement } from './internal/define.js';

export { ${n.className} };

defineElement('${n.tag}', ${n.className});

declare global {
  interface HTMLElementTagNameMap {
    '${n.tag}': ${n.className};
  }
}
`,
  i18n: `import type { Strings } from '@qiaoxin/i18n';
import { loadZhHant } from '../internal/zh-hant.js';

/** \`<${n.tag}>\`: TODO one line on what the element is. */
export const ${n.strings} = {
  group: '${n.camel}',
  // TODO: the element's real strings, in zh-CN and en. zh-Hant is generated from zh-CN at
  // build (OpenCC cn→tw); a string that needs a hand-made form goes in
  // ../internal/zh-hant-overrides.ts.
  'zh-CN': { label: '标签' },
  en: { label: 'Label' },
  loadZhHant,
} as const satisfies Strings;
`,
});

const componentHeader = (n) =>
  `import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { LocaleController, registerStrings } from '@qiaoxin/i18n';
import { ${n.strings} } from './strings.js';
import { ${n.styles} } from './${n.tag}.styles.js';

// On import, so setLocale('zh-Hant') before the first element is made loads its zh-Hant strings.
registerStrings(${n.strings});

`;

/** Adds `line` to the block of lines matching `pattern` (kept sorted), or after the last one. */
function insertSorted(text, pattern, line) {
  const lines = text.split('\n');
  const indices = lines.flatMap((l, i) => (pattern.test(l) ? [i] : []));
  if (!indices.length) throw new Error(`no line matching ${pattern}`);
  const before = indices.find((i) => lines[i] > line);
  lines.splice(before ?? indices.at(-1) + 1, 0, line);
  return lines.join('\n');
}

/** Adds `item,` to the end of the block that starts with `opening` and ends with `closing`. */
function appendToBlock(text, opening, closing, item) {
  const start = text.indexOf(opening);
  if (start < 0) return text;
  const end = text.indexOf(closing, start);
  return `${text.slice(0, end)}  ${item},\n${text.slice(end)}`;
}

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Formats `paths` with the project's Prettier and settings, wherever they are. */
function format(paths) {
  const prettier = join(repo, 'node_modules/prettier/bin/prettier.cjs');
  if (!existsSync(prettier)) return;
  execFileSync(
    process.execPath,
    [
      prettier,
      '--config',
      join(repo, '.prettierrc.json'),
      '--log-level',
      'warn',
      '--write',
      ...paths,
    ],
    { stdio: 'inherit' },
  );
}

/**
 * Writes the new element into the tree at `root`. Returns the files written and edited;
 * throws (writing nothing) for an invalid or existing name.
 */
export function generate(tag, root) {
  if (typeof tag !== 'string' || !validTag.test(tag))
    throw new Error(
      `"${tag ?? ''}" is not a valid name: use qx- followed by lowercase words joined by single hyphens, e.g. qx-notice-board.`,
    );
  const n = namesOf(tag);
  const components = join(root, 'packages/components/src');
  const target = {
    component: join(components, n.base, `${tag}.ts`),
    styles: join(components, n.base, `${tag}.styles.ts`),
    test: join(components, n.base, `${tag}.test.ts`),
    stories: join(components, n.base, `${tag}.stories.ts`),
    i18n: join(components, n.base, 'strings.ts'),
    entry: join(components, `${n.base}.ts`),
  };
  const componentIndex = join(components, 'index.ts');
  const stringsIndex = join(components, 'strings.ts');
  for (const file of [componentIndex, stringsIndex])
    if (!existsSync(file)) throw new Error(`${file} not found: is ${root} the repository root?`);
  const taken = [join(components, n.base), target.entry].filter((p) => existsSync(p));
  const stringsText = readFileSync(stringsIndex, 'utf8');
  if (taken.length || new RegExp(`\\b${n.strings}\\b`).test(stringsText))
    throw new Error(
      `<${tag}> already exists (${taken.map((p) => relative(root, p)).join(', ') || `${n.strings} in ${relative(root, stringsIndex)}`}); pick another name.`,
    );

  const text = files(n);
  text.component = componentHeader(n) + text.component;
  const edits = {
    [componentIndex]: `${readFileSync(componentIndex, 'utf8').trimEnd()}\nexport * from './${n.base}.js';\n`,
    [stringsIndex]: appendToBlock(
      appendToBlock(
        insertSorted(
          stringsText,
          /^import \{ \w+ \} from '\.\/[\w-]+\/strings\.js';$/,
          `import { ${n.strings} } from './${n.base}/strings.js';`,
        ),
        'export {\n',
        '};',
        n.strings,
      ),
      'builtInStrings = [\n',
      '];',
      n.strings,
    ),
  };
  mkdirSync(join(components, n.base), { recursive: true });
  for (const [key, file] of Object.entries(target)) writeFileSync(file, text[key]);
  for (const [file, content] of Object.entries(edits)) writeFileSync(file, content);
  format([...Object.values(target), ...Object.keys(edits)]);
  return { written: Object.values(target), edited: Object.keys(edits) };
}

function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--root');
  const root = at >= 0 ? args.splice(at, 2)[1] : repo;
  try {
    const { written, edited } = generate(args[0], root);
    const n = namesOf(args[0]);
    console.log(`Created <${n.tag}> (${n.className}):`);
    for (const file of written) console.log(`  + ${relative(root, file)}`);
    for (const file of edited) console.log(`  ~ ${relative(root, file)}`);
    console.log(
      `\nNext: fill in the TODOs (summary, strings, stories with real content), add a server-rendering` +
        ` case to packages/components/test/ssr.test.js, run \`npm test\`, and add a changeset (\`npx changeset\`)` +
        ` for @qiaoxin/components.`,
    );
  } catch (error) {
    console.error(`new-component: ${error.message}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
