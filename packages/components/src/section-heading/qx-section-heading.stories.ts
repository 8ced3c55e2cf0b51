import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../section-heading.js';
import type { QxSectionHeading } from './qx-section-heading.js';
import { narrow320 } from '../internal/reflow.stories-shared.js';

interface Args {
  caption?: string;
  level?: string;
  'more-href'?: string;
  title: string;
}

const heading = (args: Args, lang?: string) => html`
  <qx-section-heading
    lang=${ifDefined(lang)}
    caption=${ifDefined(args.caption)}
    level=${ifDefined(args.level)}
    more-href=${ifDefined(args['more-href'])}
    >${args.title}</qx-section-heading
  >
`;

const more = (el: Element | null) => el?.shadowRoot?.querySelector<HTMLAnchorElement>('a');

const meta: Meta<Args> = {
  title: 'Components/Section heading',
  component: 'qx-section-heading',
  // The Jinshan portal's home page: 侨联动态 with FEDERATION NEWS and a 更多 link.
  args: { title: '侨联动态', caption: 'FEDERATION NEWS', level: '2', 'more-href': '/qldt/' },
  render: (args) => heading(args),
};
export default meta;

type Story = StoryObj<Args>;

/** 侨联动态 FEDERATION NEWS, as on the Jinshan home page, with its 更多 link. */
export const Default: Story = {};

/** The Jinshan home page's sections one under another; each "更多" link has its own name. */
export const JinshanSections: Story = {
  render: () => html`
    ${heading({ title: '侨联动态', caption: 'FEDERATION NEWS', 'more-href': '/qldt/' })}
    <p>……</p>
    ${heading({ title: '通知公告', caption: 'NOTICES', 'more-href': '/tzgg/' })}
    <p>……</p>
    ${heading({ title: '工作综述', caption: 'WORK REVIEW', 'more-href': '/gzzs/' })}
  `,
};

/** `level` picks the heading element: h1 to h6 (the look stays the same). */
export const Levels: Story = {
  render: () =>
    html`${[1, 2, 3, 4, 5, 6].map((level) =>
      heading({ title: `通知公告 (h${level})`, caption: 'NOTICES', level: String(level) }),
    )}`,
  play: async ({ canvasElement }) => {
    const tags = [...canvasElement.querySelectorAll('qx-section-heading')].map(
      (el) => el.shadowRoot?.querySelector('[part=heading]')?.localName,
    );
    await waitFor(() => expect(tags).toEqual(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']));
  },
};

/** Without `caption` and `more-href`: just the title and its accent rule. */
export const TitleOnly: Story = { args: { caption: undefined, 'more-href': undefined } };

/** Without a link: a section that has no list page. */
export const NoMoreLink: Story = { args: { 'more-href': undefined } };

/** English, "More", whatever the toolbar says (`lang="en"`); the title is content, given in English. */
export const English: Story = {
  args: { title: 'Federation News', caption: 'Qiaolian dongtai', 'more-href': '/en/news/' },
  render: (args) => heading(args, 'en'),
};

/** Each heading follows its own `lang`: a Chinese and an English section side by side. */
export const BothLanguages: Story = {
  render: (args) => html`
    ${heading(args, 'zh-CN')}
    ${heading({ ...args, title: 'Federation News', 'more-href': '/en/news/' }, 'en')}
  `,
};

const longArgs: Args = {
  title: '奋力书写“侨”文章 凝心聚力启新程——重庆市侨联五年工作综述',
  caption: 'FIVE YEARS OF WORK OF THE CHONGQING FEDERATION OF RETURNED OVERSEAS CHINESE',
  'more-href': '/gzzs/',
};

/** A very long title and caption wrap; the link stays at the end. */
export const LongText: Story = { args: longArgs };

/** At 320 px (WCAG reflow) the long heading wraps without scrolling sideways. */
export const Narrow320: Story = {
  tags: ['320px'],
  ...narrow320,
  args: longArgs,
};

/**
 * Bad input: `level="9"` falls back to h2, and an unsafe `more-href` is left out; the console
 * warns about each. Without a title the caption is read instead, so the heading is not empty.
 */
export const BadInput: Story = {
  tags: ['warns'],
  render: () => html`
    ${heading({ title: '侨联动态', caption: 'FEDERATION NEWS', level: '9' })}
    ${heading({ title: '通知公告', caption: 'NOTICES', 'more-href': 'javascript:alert(1)' })}
    ${heading({ title: '', caption: 'WORK REVIEW' })}
  `,
  play: async ({ canvasElement }) => {
    const [level, unsafe] = canvasElement.querySelectorAll<QxSectionHeading>('qx-section-heading');
    await waitFor(() =>
      expect(level?.shadowRoot?.querySelector('[part=heading]')?.localName).toBe('h2'),
    );
    await expect(more(unsafe ?? null)).toBeNull();
  },
};

/**
 * Keyboard: the "更多" link takes focus with a visible ring. (Storybook's userEvent cannot Tab
 * into shadow roots, so the play function focuses it; the component tests press real Tab.)
 */
export const KeyboardFocus: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('qx-section-heading');
    await waitFor(() => expect(more(el)).toBeTruthy());
    const link = more(el);
    await expect(link?.tabIndex).toBe(0);
    link?.focus();
    await expect(el?.shadowRoot?.activeElement).toBe(link);
    await expect(link && getComputedStyle(link).outlineStyle).toBe('solid');
  },
};
