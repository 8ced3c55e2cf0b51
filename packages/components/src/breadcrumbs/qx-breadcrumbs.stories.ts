import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../breadcrumbs.js';
import type { QxBreadcrumbItem } from './qx-breadcrumb-item.js';
import { narrow320 } from '../internal/reflow.stories-shared.js';

interface Args {
  label?: string;
  'hide-label': boolean;
  separator: string;
}

// The Chongqing article's trail, as scraped: 您的当前位置: 首页 > 理论学习 > 正文
const chongqingTrail = html`
  <qx-breadcrumb-item href="/">首页</qx-breadcrumb-item>
  <qx-breadcrumb-item href="/llxx/">理论学习</qx-breadcrumb-item>
  <qx-breadcrumb-item>正文</qx-breadcrumb-item>
`;

const englishTrail = html`
  <qx-breadcrumb-item href="/en/">Home</qx-breadcrumb-item>
  <qx-breadcrumb-item href="/en/theory/">Theory Study</qx-breadcrumb-item>
  <qx-breadcrumb-item>Article</qx-breadcrumb-item>
`;

const links = (root: HTMLElement) =>
  [...root.querySelectorAll('qx-breadcrumb-item')].map(
    (item) => item.shadowRoot?.querySelector('a') ?? null,
  );

const meta: Meta<Args> = {
  title: 'Components/Breadcrumbs',
  component: 'qx-breadcrumbs',
  args: { label: undefined, 'hide-label': false, separator: '>' },
  render: (args, { parameters }) => html`
    <qx-breadcrumbs
      label=${ifDefined(args.label)}
      ?hide-label=${args['hide-label']}
      separator=${args.separator}
    >
      ${parameters.trail ?? chongqingTrail}
    </qx-breadcrumbs>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The Chongqing article's trail: 首页 > 理论学习 > 正文, led in by 您的当前位置：. */
export const Default: Story = {};

/**
 * English whatever the toolbar says: `lang="en"` on the element (the toolbar's language
 * switches every story without its own `lang`).
 */
export const English: Story = {
  render: (args) => html`
    <qx-breadcrumbs
      lang="en"
      label=${ifDefined(args.label)}
      ?hide-label=${args['hide-label']}
      separator=${args.separator}
      >${englishTrail}</qx-breadcrumbs
    >
  `,
};

/**
 * An element with its own `lang` keeps that language whatever the page's: here a Chinese
 * and an English trail side by side, as on a bilingual portal.
 */
export const BothLanguages: Story = {
  render: () => html`
    <qx-breadcrumbs lang="zh-CN">${chongqingTrail}</qx-breadcrumbs>
    <qx-breadcrumbs lang="en">${englishTrail}</qx-breadcrumbs>
  `,
};

/** `label` replaces the built-in lead-in and names the landmark. */
export const CustomLabel: Story = { args: { label: '当前位置：' } };

/** `hide-label` hides the lead-in visually; screen readers still hear it as the landmark name. */
export const HiddenLabel: Story = { args: { 'hide-label': true } };

/** `separator` changes the decorative mark between steps. */
export const SlashSeparator: Story = { args: { separator: '/' } };

export const ChevronSeparator: Story = { args: { separator: '›' } };

/** A step without `href` is plain text even when it is not the current page. */
export const StepWithoutLink: Story = {
  parameters: {
    trail: html`
      <qx-breadcrumb-item href="/">首页</qx-breadcrumb-item>
      <qx-breadcrumb-item>理论学习</qx-breadcrumb-item>
      <qx-breadcrumb-item>正文</qx-breadcrumb-item>
    `,
  },
};

/** Missing fields: a one-step trail, and an empty `label` (falls back to the built-in lead-in). */
export const OnlyTheCurrentPage: Story = {
  args: { label: '' },
  parameters: { trail: html`<qx-breadcrumb-item href="/">首页</qx-breadcrumb-item>` },
};

/** Bad input: unsafe `href` schemes are refused; the step shows as text and the console warns. */
export const UnsafeLinks: Story = {
  tags: ['warns'],
  parameters: {
    trail: html`
      <qx-breadcrumb-item href="javascript:alert(1)">首页</qx-breadcrumb-item>
      <qx-breadcrumb-item href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"
        >理论学习</qx-breadcrumb-item
      >
      <qx-breadcrumb-item href=" java	script:alert(1)">专题</qx-breadcrumb-item>
      <qx-breadcrumb-item href="vbscript:msgbox(1)">归侨侨眷</qx-breadcrumb-item>
      <qx-breadcrumb-item href="file:///etc/passwd">正文</qx-breadcrumb-item>
    `,
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(links(canvasElement).every((a) => a === null)).toBe(true));
  },
};

const longTrail = html`
  <qx-breadcrumb-item href="/">首页</qx-breadcrumb-item>
  <qx-breadcrumb-item href="/llxx/">重庆市归国华侨联合会理论学习与宣传教育专栏</qx-breadcrumb-item>
  <qx-breadcrumb-item href="/en/"
    >Chongqing Federation of Returned Overseas Chinese</qx-breadcrumb-item
  >
  <qx-breadcrumb-item>奋力书写“侨”文章 凝心聚力启新程 ——重庆市侨联五年工作综述</qx-breadcrumb-item>
`;

/** Very long Chinese and English steps wrap onto several lines. */
export const LongText: Story = { parameters: { trail: longTrail } };

/** At 320 px (WCAG reflow) the long trail wraps without scrolling sideways. */
export const Narrow320: Story = {
  tags: ['320px'],
  ...narrow320,
  parameters: { trail: longTrail },
};

/** `aria-current` of a step's text (in its shadow root), or null. */
const currentOf = (item?: Element) =>
  item?.shadowRoot?.querySelector('[part=label]')?.getAttribute('aria-current') ?? null;

/**
 * Keyboard: every link is in the tab order and takes focus; the current page is text marked
 * `aria-current="page"`, so Tab skips it. (Storybook's userEvent cannot Tab into shadow
 * roots, so the play function focuses each link; the component tests press real Tab keys.)
 */
export const KeyboardFocus: Story = {
  play: async ({ canvasElement, step }) => {
    const items = [...canvasElement.querySelectorAll<QxBreadcrumbItem>('qx-breadcrumb-item')];
    await waitFor(() => expect(currentOf(items.at(-1))).toBe('page'));
    const [home, section, current] = links(canvasElement);
    for (const [index, link] of [home, section].entries()) {
      await step(`focus ${items[index]?.textContent}`, async () => {
        await expect(link?.tabIndex).toBe(0);
        link?.focus();
        await expect(items[index]?.shadowRoot?.activeElement).toBe(link);
      });
    }
    await expect(current).toBeNull();
  },
};

/** Adding a step moves "current page" to the new last step. */
export const GrowingTrail: Story = {
  play: async ({ canvasElement }) => {
    const trail = canvasElement.querySelector('qx-breadcrumbs');
    const extra = document.createElement('qx-breadcrumb-item');
    extra.textContent = '附件';
    trail?.append(extra);
    await waitFor(() => expect(currentOf(extra)).toBe('page'));
    const items = canvasElement.querySelectorAll('qx-breadcrumb-item');
    await expect(currentOf(items[2])).toBeNull();
  },
};
