import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../news-list.js';
import { narrow320 } from '../internal/reflow.stories-shared.js';

// The Chongqing 理论学习 column. The first title is the seed article
// (seeds/chongqing-five-year-review.txt, published 2023-06-02); the others are plausible
// neighbours in the same column, made up for the story.
const chongqingColumn = html`
  <qx-news-item href="/llxx/2023/0602/zw.html" date="2023-06-02"
    >奋力书写“侨”文章 凝心聚力启新程 ——重庆市侨联五年工作综述</qx-news-item
  >
  <qx-news-item href="/llxx/2023/0526/zw.html" date="2023-05-26"
    >市侨联召开学习贯彻习近平新时代中国特色社会主义思想主题教育动员部署会</qx-news-item
  >
  <qx-news-item href="/llxx/2023/0512/zw.html" date="2023-05-12"
    >深入学习贯彻党的二十大精神 凝聚侨心侨力助推新重庆建设</qx-news-item
  >
  <qx-news-item href="/llxx/2023/0428/zw.html" date="2023-04-28"
    >“侨看新重庆”专题活动综述</qx-news-item
  >
  <qx-news-item href="/llxx/2023/0410/zw.html" date="2023-04-10"
    >以侨为桥 讲好中国故事重庆篇章</qx-news-item
  >
`;

const englishColumn = html`
  <qx-news-item href="/en/theory/2023/0602.html" date="2023-06-02"
    >Writing the “overseas Chinese” chapter: five years of the Chongqing federation</qx-news-item
  >
  <qx-news-item href="/en/theory/2023/0512.html" date="2023-05-12"
    >Studying the spirit of the 20th Party Congress</qx-news-item
  >
`;

const longTitles = html`
  <qx-news-item href="/llxx/2023/0602/zw.html" date="2023-06-02"
    >奋力书写“侨”文章 凝心聚力启新程
    ——重庆市侨联五年工作综述：强化政治引领，夯实团结奋斗的最大共识；坚持围绕大局，彰显服务发展的侨界担当</qx-news-item
  >
  <qx-news-item href="/en/long.html" date="2023-05-18" lang="en"
    >Chongqing Federation of Returned Overseas Chinese holds its Fifth Congress and elects a new
    leadership for the next five years</qx-news-item
  >
`;

const meta: Meta = {
  title: 'Components/News list',
  component: 'qx-news-list',
  render: (_args, { parameters }) =>
    html`<qx-news-list>${parameters.items ?? chongqingColumn}</qx-news-list>`,
};
export default meta;

type Story = StoryObj;

/** The Chongqing 理论学习 column: titles linking to articles, dates at the right. */
export const Default: Story = {};

/** English whatever the toolbar says (`lang="en"` on the list): dates read "2 Jun 2023". */
export const English: Story = {
  render: () => html`<qx-news-list lang="en">${englishColumn}</qx-news-list>`,
};

/** An item with its own `lang="en"` in a Chinese list: its title and date are English. */
export const MixedLanguages: Story = {
  parameters: {
    items: html`${chongqingColumn}
      <qx-news-item href="/qldt/1.html" date="2023-03-30" lang="en"
        >An English-only title</qx-news-item
      >`,
  },
};

/** Long titles wrap (never cut off); the date stays on the right of the first line. */
export const LongTitles: Story = { parameters: { items: longTitles } };

/** Missing fields: an item without `href` is text; one without `date` has no date. */
export const MissingFields: Story = {
  parameters: {
    items: html`
      <qx-news-item date="2023-06-02">没有链接的标题</qx-news-item>
      <qx-news-item href="/llxx/1.html">没有日期的标题</qx-news-item>
    `,
  },
};

/** No items: the list says 暂无内容 / Nothing published yet. */
export const Empty: Story = {
  parameters: { items: html`` },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('qx-news-list');
    await waitFor(() =>
      expect(list?.shadowRoot?.querySelector<HTMLElement>('[part=empty]')?.hidden).toBe(false),
    );
  },
};

/**
 * Bad input: an unsafe `href` is refused (text, console warning); impossible dates are left
 * out with a warning.
 */
export const BadInput: Story = {
  tags: ['warns'],
  parameters: {
    items: html`
      <qx-news-item href="javascript:alert(1)" date="2023-06-02">不安全的链接</qx-news-item>
      <qx-news-item href="/llxx/2.html" date="2023-02-31">不存在的日期</qx-news-item>
      <qx-news-item href="/llxx/3.html" date="昨天">不是日期</qx-news-item>
    `,
  },
  play: async ({ canvasElement }) => {
    const [unsafe, impossible] = [...canvasElement.querySelectorAll('qx-news-item')];
    await waitFor(() => expect(unsafe?.shadowRoot?.querySelector('a')).toBeNull());
    await expect(impossible?.shadowRoot?.querySelector('time')).toBeNull();
  },
};

/** At 320 px the dates wrap under the titles; nothing scrolls sideways. */
export const Narrow320: Story = {
  tags: ['320px'],
  ...narrow320,
  parameters: { items: longTitles },
};

/** Keyboard: each title link takes focus in order (the component tests press real Tab keys). */
export const KeyboardFocus: Story = {
  play: async ({ canvasElement }) => {
    for (const item of canvasElement.querySelectorAll('qx-news-item')) {
      await waitFor(() => expect(item.shadowRoot?.querySelector('a')).not.toBeNull());
      const link = item.shadowRoot?.querySelector('a');
      link?.focus();
      await expect(item.shadowRoot?.activeElement).toBe(link);
    }
  },
};
