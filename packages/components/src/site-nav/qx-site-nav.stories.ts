import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../site-nav.js';
import type { QxSiteNav } from './qx-site-nav.js';
import { narrow320 } from '../internal/reflow.stories-shared.js';

interface Args {
  current?: string;
  label?: string;
  open: boolean;
}

// The Chongqing portal's sections; the article sits under 理论学习
// (seeds/chongqing-five-year-review.txt: 您的当前位置: 首页 > 理论学习 > 正文).
const chongqingLinks = html`
  <a href="/">首页</a><a href="/qldt/">侨联动态</a><a href="/llxx/">理论学习</a
  ><a href="/qwgz/">侨务工作</a><a href="/about/">简介</a>
`;

const englishLinks = html`
  <a href="/en/">Home</a><a href="/en/news/">Federation News</a
  ><a href="/en/theory/">Theory Study</a><a href="/en/about/">About Us</a>
`;

const nav = (args: Args, links: TemplateResult, lang?: string) => html`
  <qx-site-nav
    lang=${ifDefined(lang)}
    current=${ifDefined(args.current)}
    label=${ifDefined(args.label)}
    ?open=${args.open}
    >${links}</qx-site-nav
  >
`;

const root = (canvas: HTMLElement) => canvas.querySelector<QxSiteNav>('qx-site-nav');
const toggle = (canvas: HTMLElement) =>
  root(canvas)?.shadowRoot?.querySelector<HTMLButtonElement>('[part=toggle]') ?? null;
const marks = (canvas: HTMLElement) =>
  [...canvas.querySelectorAll('qx-site-nav a')].map((a) => a.getAttribute('aria-current'));

const meta: Meta<Args> = {
  title: 'Components/Site nav',
  component: 'qx-site-nav',
  args: { current: '/llxx/', label: undefined, open: false },
  render: (args, { parameters }) =>
    nav(args, (parameters.links as TemplateResult | undefined) ?? chongqingLinks),
};
export default meta;

type Story = StoryObj<Args>;

/** The Chongqing portal on the 理论学习 section page: a red band, the section marked by a bar. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(marks(canvasElement)).toEqual([null, null, 'page', null, null]));
  },
};

/** An article inside a section (`current` deeper than the link): the section gets `aria-current="true"`. */
export const InsideASection: Story = {
  args: { current: '/llxx/2023/0602/zw.html' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(marks(canvasElement)).toEqual([null, null, 'true', null, null]));
  },
};

/** The home page: 首页 is marked only when `current` is "/" itself. */
export const HomePage: Story = { args: { current: '/' } };

/** `aria-current` written in the markup (by the CMS template) is kept; `current` is then ignored. */
export const MarkedByTheTemplate: Story = {
  args: { current: undefined },
  parameters: {
    links: html`<a href="/">首页</a><a href="/qldt/" aria-current="page">侨联动态</a
      ><a href="/llxx/">理论学习</a><a href="/about/">简介</a>`,
  },
};

/** `label` replaces the landmark's built-in name 主导航. */
export const CustomLabel: Story = { args: { label: '重庆市侨联栏目' } };

/** Without `current` no link is marked. */
export const NoCurrent: Story = { args: { current: undefined } };

/** The band's custom properties: Jinshan's blue (white on it is 8.6:1). */
export const CustomColours: Story = {
  decorators: [
    (story) =>
      html`<div
        style="--qx-site-nav-background: var(--qx-color-link); --qx-site-nav-hover-background: var(--qx-color-text)"
      >
        ${story()}
      </div>`,
  ],
};

/** English whatever the toolbar says: `lang="en"` names it "Main navigation" and its button "Menu". */
export const English: Story = {
  args: { current: '/en/theory/' },
  render: (args) => nav(args, englishLinks, 'en'),
};

/** Each nav follows its own `lang`: a Chinese and an English one, as on a bilingual portal. */
export const BothLanguages: Story = {
  render: (args) => html`
    ${nav(args, chongqingLinks, 'zh-CN')}
    <br />
    ${nav({ ...args, current: '/en/theory/' }, englishLinks, 'en')}
  `,
};

const longLinks = html`
  <a href="/">首页</a><a href="/llxx/">重庆市归国华侨联合会理论学习与宣传教育专栏</a
  ><a href="/en/">Chongqing Federation of Returned Overseas Chinese</a><a href="/qwgz/">侨务工作</a
  ><a href="/about/">简介</a><a href="/zt/">专题专栏</a><a href="/xxgk/">信息公开</a
  ><a href="/lxwm/">联系我们</a>
`;

/** Many and very long section names wrap onto several rows of the band. */
export const LongText: Story = { parameters: { links: longLinks } };

/** Bad input: no links at all. The nav hides itself and the console warns. */
export const NoLinks: Story = {
  tags: ['warns'],
  parameters: { links: html`<span>首页</span>` },
  play: async ({ canvasElement }) => {
    const base = root(canvasElement)?.shadowRoot?.querySelector('nav');
    await waitFor(() => expect(base?.hidden).toBe(true));
  },
};

/** Bad input: a link with an unsafe or missing `href` stays the author's, but the console warns. */
export const UnsafeLinks: Story = {
  tags: ['warns'],
  args: { current: '/' },
  parameters: {
    links: html`<a href="/">首页</a><a href="javascript:alert(1)">侨联动态</a><a>理论学习</a>`,
  },
};

/**
 * At 320 px (WCAG reflow) the links fold behind the 菜单 button; the play function opens it
 * with a click, then closes it with Escape from a link, which returns focus to the button.
 */
export const Narrow320: Story = {
  tags: ['320px'],
  ...narrow320,
  parameters: { links: longLinks },
  play: async ({ canvasElement, step }) => {
    const el = root(canvasElement);
    await waitFor(() => expect(toggle(canvasElement)?.getClientRects().length).toBe(1));
    const button = toggle(canvasElement) as HTMLButtonElement;
    const first = canvasElement.querySelector('a') as HTMLAnchorElement;
    await expect(first.getClientRects().length).toBe(0);
    await step('open with the 菜单 button', async () => {
      await userEvent.click(button);
      await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('true'));
      await expect(first.getClientRects().length).toBe(1);
    });
    await step('Escape from a link closes it and returns focus', async () => {
      first.focus();
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(el?.open).toBe(false));
      await expect(el?.shadowRoot?.activeElement).toBe(button);
    });
    // Leave it open, as a reader would see it.
    await userEvent.click(button);
    await waitFor(() => expect(first.getClientRects().length).toBe(1));
  },
};
