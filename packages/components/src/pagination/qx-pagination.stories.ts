import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../pagination.js';
import { narrow320 } from '../internal/reflow.stories-shared.js';

interface Args {
  current?: string;
  total?: string;
  'href-template'?: string;
  'first-href'?: string;
  label?: string;
}

const pager = (args: Args, lang?: string) => html`
  <qx-pagination
    lang=${ifDefined(lang)}
    current=${ifDefined(args.current)}
    total=${ifDefined(args.total)}
    href-template=${ifDefined(args['href-template'])}
    first-href=${ifDefined(args['first-href'])}
    label=${ifDefined(args.label)}
  ></qx-pagination>
`;

const part = (root: HTMLElement, name: string) =>
  root.querySelector('qx-pagination')?.shadowRoot?.querySelector<HTMLElement>(`[part~=${name}]`);

// The Chongqing 理论学习 column (/llxx/): page 1 is /llxx/, later pages index_2.html…
const meta: Meta<Args> = {
  title: 'Components/Pagination',
  component: 'qx-pagination',
  args: {
    current: '2',
    total: '12',
    'href-template': '/llxx/index_{page}.html',
    'first-href': '/llxx/',
  },
  render: (args) => pager(args),
};
export default meta;

type Story = StoryObj<Args>;

/** Page 2 of the 理论学习 column's 12 pages. */
export const Default: Story = {};

/** One page: nothing to page through, so nothing renders (and nothing warns). */
export const OnePage: Story = {
  args: { current: '1', total: '1' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('qx-pagination');
    await waitFor(() => expect(el?.shadowRoot?.querySelector('nav')).toBeNull());
  },
};

/** Five pages, on the first: no 上一页. */
export const FivePages: Story = { args: { current: '1', total: '5' } };

/** Fifty pages, in the middle: 1 … 24 25 26 … 50. */
export const FiftyPages: Story = { args: { current: '25', total: '50' } };

/** The last page: no 下一页. */
export const LastPage: Story = { args: { current: '50', total: '50' } };

/** English whatever the toolbar says (`lang="en"`): Previous / Next, pages named "Page 3". */
export const English: Story = { render: (args) => pager(args, 'en') };

/**
 * Bad input, clamped with a console warning: current="99" of 12 shows page 12; an unsafe
 * template renders "第2页，共12页" as text instead of links.
 */
export const BadInput: Story = {
  tags: ['warns'],
  render: (args) => html`
    ${pager({ ...args, current: '99', label: '分页（页码超出范围）' })}
    ${pager({
      ...args,
      'href-template': 'javascript:go({page})',
      'first-href': undefined,
      label: '分页（不安全的地址）',
    })}
  `,
  play: async ({ canvasElement }) => {
    const [clamped, unsafe] = [...canvasElement.querySelectorAll('qx-pagination')];
    await waitFor(() =>
      expect(clamped?.shadowRoot?.querySelector('[aria-current=page]')?.textContent).toContain(
        '12',
      ),
    );
    await expect(unsafe?.shadowRoot?.querySelector('a')).toBeNull();
  },
};

/** At 320 px the links wrap onto two lines; nothing scrolls sideways. */
export const Narrow320: Story = {
  tags: ['320px'],
  ...narrow320,
  args: { current: '25', total: '50' },
};

/**
 * Keyboard: 上一页, the page numbers and 下一页 take focus; the current page is text with
 * `aria-current="page"`, so Tab skips it. (The component tests press real Tab keys.)
 */
export const KeyboardFocus: Story = {
  args: { current: '5', total: '12' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'next')).toBeTruthy());
    const root = canvasElement.querySelector('qx-pagination')?.shadowRoot;
    for (const link of root?.querySelectorAll('a') ?? []) {
      link.focus();
      await expect(root?.activeElement).toBe(link);
    }
    await expect(part(canvasElement, 'current')?.getAttribute('aria-current')).toBe('page');
  },
};
