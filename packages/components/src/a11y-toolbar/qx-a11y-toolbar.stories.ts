import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../a11y-toolbar.js';

interface Args {
  label?: string;
  content: string;
}

const element = (args: Args, lang?: string) => html`
  <qx-a11y-toolbar lang=${ifDefined(lang)} label=${ifDefined(args.label)}
    >${args.content}</qx-a11y-toolbar
  >
`;

const meta: Meta<Args> = {
  title: 'Components/A11y toolbar',
  component: 'qx-a11y-toolbar',
  // TODO: real content from a district portal.
  args: { content: '内容' },
  render: (args) => element(args),
};
export default meta;

type Story = StoryObj<Args>;

/** The built-in label in the toolbar's language, then the content. */
export const Default: Story = {};

/** `label` replaces the built-in label. */
export const CustomLabel: Story = {
  args: { label: '自定义' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('qx-a11y-toolbar');
    await waitFor(() =>
      expect(el?.shadowRoot?.querySelector('[part=label]')?.textContent).toBe('自定义'),
    );
  },
};

/** English whatever the toolbar says (`lang="en"`). */
export const English: Story = {
  args: { content: 'Content' },
  render: (args) => element(args, 'en'),
};
