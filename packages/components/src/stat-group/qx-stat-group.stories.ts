import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../stat-group.js';
import '../stat-counter.js';
import {
  cooperation,
  counters,
  disputes,
  investment,
  jinshanFigures,
  lossesRecovered,
  organisations as organisationFigures,
  organisationsEn as organisationsEnFigures,
} from '../test-utils/figures.js';
import { narrow320 } from '../internal/reflow.stories-shared.js';

interface Args {
  heading?: string;
  level?: number;
}

// The seed figures: the organisations as the page gives them in each language.
const organisations = (lang?: string) => counters(organisationFigures, { lang });
const organisationsEn = (lang?: string) => counters(organisationsEnFigures, { lang });

const meta: Meta<Args> = {
  title: 'Components/Stat group',
  component: 'qx-stat-group',
  args: { heading: '组织覆盖', level: 2 },
  render: (args, { parameters }) => html`
    <qx-stat-group heading=${ifDefined(args.heading)} level=${ifDefined(args.level)}>
      ${(parameters.counters as TemplateResult | undefined) ?? organisations()}
    </qx-stat-group>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The Chongqing federation's organisation figures: 67, 41, 380 and 110. */
export const Default: Story = {};

/** Figures with qualifiers and compact notation: 约600亿元, 50余个, 100余件, 约2亿元. */
export const FiveYearResults: Story = {
  args: { heading: '五年工作成效' },
  parameters: {
    counters: counters([investment, cooperation, disputes, lossesRecovered]),
  },
};

/** Jinshan District: 海外项目1658个, 港澳项目177个, 投稿2000余件. */
export const Jinshan: Story = {
  args: { heading: '金山区侨联五年工作回顾' },
  parameters: {
    counters: counters(jinshanFigures),
  },
};

/**
 * English whatever the toolbar says (`lang="en"` on each counter); the heading and labels
 * are content, given in English by the page.
 */
export const English: Story = {
  args: { heading: 'Organisation coverage' },
  parameters: { counters: organisationsEn('en') },
};

/** A Chinese and an English group on one page; each counter has its own `lang`. */
export const BothLanguages: Story = {
  render: () => html`
    <qx-stat-group lang="zh-CN" heading="组织覆盖">${organisations('zh-CN')}</qx-stat-group>
    <qx-stat-group lang="en" heading="Organisation coverage"
      >${organisationsEn('en')}</qx-stat-group
    >
  `,
};

/** `level` sets the heading level (here an h3 under a page's h2). */
export const HeadingLevel3: Story = { args: { level: 3 } };

/** The `heading` slot takes a heading with markup, replacing the attribute. */
export const HeadingSlot: Story = {
  render: () => html`
    <qx-stat-group>
      <span slot="heading">组织覆盖 <small>（截至目前）</small></span>
      ${organisations()}
    </qx-stat-group>
  `,
};

/** Bad input: a level outside 1–6 falls back to h2, with a warning. */
export const BadLevel: Story = {
  tags: ['warns'],
  render: () => html`
    <qx-stat-group heading="组织覆盖 (level 7)" level="7">${organisations()}</qx-stat-group>
    <qx-stat-group heading="组织覆盖 (level two)" level="two">${organisations()}</qx-stat-group>
  `,
  play: async ({ canvasElement }) => {
    for (const group of canvasElement.querySelectorAll('qx-stat-group')) {
      await waitFor(() => expect(group.shadowRoot?.querySelector('h2')).not.toBeNull());
    }
  },
};

/** Missing heading: the group is no landmark (a region needs a name) and warns once. */
export const NoHeading: Story = { tags: ['warns'], args: { heading: undefined } };

/** Two figures share a wide row. */
export const TwoFigures: Story = {
  parameters: {
    counters: counters(jinshanFigures.slice(0, 2)),
  },
};

/** Eight figures: never more than four columns. */
export const ManyFigures: Story = {
  parameters: {
    counters: counters([
      ...organisationFigures,
      cooperation,
      { value: '500', unit: '名', qualifier: 'over', label: '侨界高层次人才来渝调研' },
      { value: '800', unit: '条', qualifier: 'over', label: '报送课题调研' },
      { value: '23', unit: '个', label: '修订出台规章制度' },
    ]),
  },
};

const long = counters([
  {
    value: '1000',
    unit: '个',
    qualifier: 'nearly',
    label: '与海外侨社侨团保持良好互动，不断深化新华侨华人和华裔新生代工作，以侨为桥壮大爱国力量',
  },
  {
    value: '22470000',
    unit: 'yuan',
    notation: 'compact',
    label:
      'Medical supplies received from overseas during the pandemic and donated to the front line',
  },
]);

/** A very long heading and labels in Chinese and English. */
export const LongText: Story = {
  args: {
    heading:
      '重庆市归国华侨联合会第四次归侨侨眷代表大会以来五年工作主要数据 — Chongqing Federation of Returned Overseas Chinese: five years in figures',
  },
  parameters: { counters: long },
};

/** At 320 px the figures stack in one column without overflowing. */
export const Narrow320: Story = {
  tags: ['320px'],
  ...narrow320,
};
