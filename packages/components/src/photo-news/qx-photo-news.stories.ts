import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../photo-news.js';
import { narrow320 } from '../internal/reflow.stories-shared.js';

const cover = new URL('./fixtures/cover.svg', import.meta.url).href;

// Sample photo news of a district federation, made up for the story.
const story = (i: number, title: string, date = `2024-05-0${i}`) =>
  html`<qx-photo-news-item
    href="/qldt/${i}/"
    image=${cover}
    image-width="1200"
    image-height="800"
    date=${date}
    >${title}</qx-photo-news-item
  >`;
const four = html`${story(4, '区侨联组织侨界青年开展主题教育')}${story(3, '“侨”见金山 海外侨胞走进农民画村')}${story(
  2,
  '区侨联举办新侨人才座谈会',
)}${story(1, '侨界志愿者参加社区宣传活动')}`;

const meta: Meta = {
  title: 'Components/Photo news',
  component: 'qx-photo-news',
  render: (_args, { parameters }) =>
    html`<qx-photo-news lang=${parameters.lang ?? 'zh-CN'}
      >${parameters.items ?? four}</qx-photo-news
    >`,
};
export default meta;

type Story = StoryObj;

/**
 * 图片新闻: four covers in a static grid. Not a carousel: every story is visible at once, nothing
 * moves, and it reads the same without JavaScript.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(document.getAnimations()).toHaveLength(0));
    await expect(canvasElement.querySelectorAll('qx-photo-news-item')).toHaveLength(4);
  },
};

/** Three covers, the fewest the home page shows. */
export const Three: Story = {
  parameters: {
    items: html`${story(3, '区侨联举办新侨人才座谈会')}${story(2, '侨界志愿者参加社区宣传活动')}${story(
      1,
      '海外侨胞走进农民画村',
    )}`,
  },
};

/** English, with long titles that wrap; dates read "4 May 2024". */
export const LongEnglish: Story = {
  parameters: {
    lang: 'en',
    items: html`${story(
      4,
      'Young overseas Chinese visit the New Fourth Army memorial square for a day of study and volunteering',
    )}${story(3, 'Overseas Chinese visit the farmers’ painting village of Jinshan')}${story(
      2,
      'Talent forum',
    )}`,
  },
};

/** Traditional Chinese (`lang="zh-Hant"`). */
export const Traditional: Story = { parameters: { lang: 'zh-Hant' } };

/** No stories: 暂无图片新闻. */
export const Empty: Story = { parameters: { items: html`` } };

/** Hostile text in a title stays text. */
export const HostileText: Story = {
  parameters: { items: story(1, '<script>alert(1)</script><img src=x onerror=alert(2)>') },
};

/**
 * Bad input: an unsafe `href` or `image` is refused (a plain panel stands in for the cover),
 * a non-number size and an impossible date are left out; each with a `[qiaoxin]` warning.
 */
export const BadInput: Story = {
  tags: ['warns'],
  parameters: {
    items: html`<qx-photo-news-item
        href="javascript:alert(1)"
        image="javascript:alert(2)"
        image-width="abc"
        date="nonsense"
        >坏数据</qx-photo-news-item
      ><qx-photo-news-item href="/qldt/y/" date="2024-05-01">没有封面</qx-photo-news-item>`,
  },
};

/** At 320 px the grid is one column; nothing scrolls sideways. */
export const Narrow320: Story = { tags: ['320px'], ...narrow320 };
