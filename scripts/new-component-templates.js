// The files scripts/new-component.js writes for a new element, from the names namesOf gives:
// the element, its styles, test, stories, strings and define entry.
export const files = (n) => ({
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
import '../${n.base}.js';
import type { ${n.className} } from './${n.tag}.js';
import { brokenWords, resetPage, switchLocale, visibleText } from '../test-utils/index.js';

const label = (el: ${n.className}) => el.shadowRoot!.querySelector<HTMLElement>('[part=label]')!;

describe('<${n.tag}>', () => {
  afterEach(resetPage);

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

export const componentHeader = (n) =>
  `import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { LocaleController, registerStrings } from '@qiaoxin/i18n';
import { ${n.strings} } from './strings.js';
import { ${n.styles} } from './${n.tag}.styles.js';

// On import, so setLocale('zh-Hant') before the first element is made loads its zh-Hant strings.
registerStrings(${n.strings});

`;
