import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../site-footer.js';
import type { QxSiteFooter } from './qx-site-footer.js';
import { narrow320 } from '../internal/reflow.stories-shared.js';

interface Args {
  organiser?: string;
  address?: string;
  phone?: string;
  email?: string;
  icp?: string;
  police?: string;
  'site-code'?: string;
}

// NOTE: the phone numbers, email addresses and 备案 numbers in these stories are made up for
// the examples; they are not the federations' real details.
const chongqing: Args = {
  organiser: '重庆市归国华侨联合会',
  address: '重庆市渝中区人和街74号',
  phone: '023-63895678',
  email: 'cqql@example.cn',
  icp: '渝ICP备05003297号-1',
  police: '渝公网安备 50010302000470号',
  'site-code': '5000000060',
};

const chongqingLinks = html`<a href="/sitemap/">网站地图</a><a href="/contact/">联系我们</a>`;

const footer = (args: Args, links = chongqingLinks, lang?: string) => html`
  <qx-site-footer
    lang=${ifDefined(lang)}
    organiser=${ifDefined(args.organiser)}
    address=${ifDefined(args.address)}
    phone=${ifDefined(args.phone)}
    email=${ifDefined(args.email)}
    icp=${ifDefined(args.icp)}
    police=${ifDefined(args.police)}
    site-code=${ifDefined(args['site-code'])}
    >${links}</qx-site-footer
  >
`;

const part = (root: HTMLElement, name: string) =>
  root.querySelector('qx-site-footer')?.shadowRoot?.querySelector(`[part=${name}]`) ?? null;

const meta: Meta<Args> = {
  title: 'Components/Site footer',
  component: 'qx-site-footer',
  args: chongqing,
  render: (args) => footer(args),
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The Chongqing federation's footer: 主办单位, contact line, 备案 line and links. The phone,
 * email and registration numbers are made up for the example.
 */
export const Default: Story = {};

/**
 * The way a page uses it: inside its own `<footer>`, which makes it the contentinfo landmark
 * (the element itself is not a landmark).
 */
export const InPageFooter: Story = {
  render: (args) => html`<footer>${footer(args)}</footer>`,
};

/** The Jinshan federation: no address, website ID or public-security number (all details made up). */
export const Jinshan: Story = {
  args: {
    organiser: '上海市金山区归国华侨联合会',
    address: undefined,
    phone: '021-57900000',
    email: 'jsql@example.cn',
    icp: '沪ICP备00000000号-1',
    police: undefined,
    'site-code': undefined,
  },
  render: (args) => footer(args, html`<a href="/sitemap/">网站地图</a>`),
};

/**
 * English whatever the toolbar says: `lang="en"` on the element. The labels are English; the
 * values stay as the page gives them.
 */
export const English: Story = {
  render: (args) =>
    footer(
      args,
      html`<a href="/en/sitemap/">Sitemap</a><a href="/en/contact/">Contact us</a>`,
      'en',
    ),
};

/** Missing fields: only the organiser and the ICP number; the other lines are left out. */
export const MissingFields: Story = {
  args: {
    organiser: '重庆市归国华侨联合会',
    address: '',
    phone: undefined,
    email: '  ',
    icp: '渝ICP备05003297号-1',
    police: undefined,
    'site-code': undefined,
  },
  render: (args) => footer(args, html``),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'organiser')).not.toBeNull());
    await expect(part(canvasElement, 'contact')).toBeNull();
    await expect(part(canvasElement, 'police')).toBeNull();
  },
};

/**
 * Bad input: an email without @ and a phone without digits show as text, not links, and the
 * console warns about each. A 公安备案号 without digits is text too.
 */
export const BadInput: Story = {
  tags: ['warns'],
  args: { phone: '见官网', email: 'cqql.example.cn', police: '渝公网安备' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'phone')).not.toBeNull());
    for (const name of ['phone', 'email', 'police'])
      await expect(part(canvasElement, name)?.querySelector('a')).toBeNull();
  },
};

/** Nothing given at all: the element renders an empty box and warns in the console. */
export const Empty: Story = {
  tags: ['warns'],
  render: () => html`<qx-site-footer></qx-site-footer>`,
};

const longArgs: Args = {
  ...chongqing,
  organiser: '重庆市归国华侨联合会（重庆市海外交流协会、重庆市侨商联合会）',
  address: '重庆市渝中区人和街74号重庆市归国华侨联合会办公楼三楼综合处（邮编400015）',
  email: 'chongqing.federation.of.returned.overseas.chinese@example.cn',
};

/** Long Chinese and unbroken English values wrap inside themselves. */
export const LongText: Story = { args: longArgs };

/** At 320 px (WCAG reflow) the lines wrap without scrolling sideways. */
export const Narrow320: Story = {
  tags: ['320px'],
  ...narrow320,
  args: longArgs,
};

/**
 * Keyboard: phone, email, ICP and 公安 links, then the slotted links, all take focus.
 * (Storybook's userEvent cannot Tab into shadow roots, so the play function focuses each
 * link; the component tests press real Tab keys.)
 */
export const KeyboardFocus: Story = {
  play: async ({ canvasElement, step }) => {
    const el = canvasElement.querySelector<QxSiteFooter>('qx-site-footer');
    await waitFor(() => expect(el?.shadowRoot?.querySelectorAll('a')).toHaveLength(4));
    const root = el?.shadowRoot;
    if (!el || !root) throw new Error('qx-site-footer did not render');
    const links = [...root.querySelectorAll('a'), ...el.querySelectorAll('a')];
    for (const link of links) {
      await step(`focus ${link.textContent}`, async () => {
        link.focus();
        const active = root.activeElement ?? document.activeElement;
        await expect(active).toBe(link);
      });
    }
  },
};
