import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../notice-list.js';
import { narrow320 } from '../internal/reflow.stories-shared.js';

// The 通知公告 column of a district federation: sample notices made up for the story, newest
// first as site-kit writes them; two pinned (置顶), which the list shows first.
const board = html`
  <qx-notice-item href="/tzgg/2024-talent/" date="2024-05-06" attachments="2"
    >关于开展2024年“侨界人才”推荐工作的通知</qx-notice-item
  >
  <qx-notice-item href="/tzgg/2024-congress/" date="2024-05-01" pinned
    >关于召开区侨联第五次代表大会的公告</qx-notice-item
  >
  <qx-notice-item href="/tzgg/2024-holiday/" date="2024-04-20"
    >区侨联2024年五一假期值班安排</qx-notice-item
  >
  <qx-notice-item href="/tzgg/2024-history/" date="2024-03-15" pinned attachments="1"
    >关于征集侨史资料的启事</qx-notice-item
  >
`;

const english = html`
  <qx-notice-item href="/en/notices/talent/" date="2024-05-06" attachments="2"
    >Call for nominations: the 2024 overseas Chinese talent programme, with the application form and
    the list of documents every nominee must provide</qx-notice-item
  >
  <qx-notice-item href="/en/notices/congress/" date="2024-05-01" pinned
    >Notice of the Fifth Congress of the District Federation of Returned Overseas
    Chinese</qx-notice-item
  >
`;

const meta: Meta = {
  title: 'Components/Notice list',
  component: 'qx-notice-list',
  render: (_args, { parameters }) =>
    html`<qx-notice-list lang=${parameters.lang ?? 'zh-CN'}
      >${parameters.items ?? board}</qx-notice-list
    >`,
};
export default meta;

type Story = StoryObj;

/** 通知公告: pinned notices (置顶) first, a paper clip with the number of attachments, dates at the right. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const pinned = canvasElement.querySelector('qx-notice-item[pinned]');
    await waitFor(() => expect(pinned?.getAttribute('slot')).toBe('pinned'));
  },
};

/** Only pinned notices. */
export const Pinned: Story = {
  parameters: {
    items: html`<qx-notice-item href="/tzgg/a/" date="2024-05-01" pinned
        >关于召开区侨联第五次代表大会的公告</qx-notice-item
      ><qx-notice-item href="/tzgg/b/" date="2024-03-15" pinned
        >关于征集侨史资料的启事</qx-notice-item
      >`,
  },
};

/** English (`lang="en"` on the list): Pinned, "Attachments: 2", 6 May 2024; long titles wrap. */
export const LongEnglish: Story = { parameters: { lang: 'en', items: english } };

/** Traditional Chinese (`lang="zh-Hant"`): 置頂, 2 個附件. */
export const Traditional: Story = { parameters: { lang: 'zh-Hant' } };

/** No notices: 暂无通知 / No notices. */
export const Empty: Story = {
  parameters: { items: html`` },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('qx-notice-list');
    await waitFor(() =>
      expect(list?.shadowRoot?.querySelector<HTMLElement>('[part=empty]')?.hidden).toBe(false),
    );
  },
};

/** Hostile text in a title stays text: nothing runs, no image is made. */
export const HostileText: Story = {
  parameters: {
    items: html`<qx-notice-item href="/tzgg/x/" date="2024-05-01"
      >${'<script>alert(1)</script><img src=x onerror=alert(2)>'}</qx-notice-item
    >`,
  },
};

/**
 * Bad input: an unsafe `href` is text, an impossible `date` and a non-number `attachments` are
 * left out; each with a `[qiaoxin]` console warning.
 */
export const BadInput: Story = {
  tags: ['warns'],
  parameters: {
    items: html`
      <qx-notice-item href="javascript:alert(1)" date="2024-05-01">不安全的链接</qx-notice-item>
      <qx-notice-item href="/tzgg/y/" date="nonsense" attachments="abc">坏数据</qx-notice-item>
    `,
  },
};

/** At 320 px titles wrap and the dates go under them; nothing scrolls sideways. */
export const Narrow320: Story = {
  tags: ['320px'],
  ...narrow320,
  parameters: { lang: 'en', items: english },
};
