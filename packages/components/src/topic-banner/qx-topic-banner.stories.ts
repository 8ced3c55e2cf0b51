import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../topic-banner.js';
import { narrow320 } from '../internal/reflow.stories-shared.js';

const banner = new URL('./fixtures/banner.svg', import.meta.url).href;

type Args = { lang: string; href?: string; image?: string; title: string; intro?: string };

const meta: Meta<Args> = {
  title: 'Components/Topic banner',
  component: 'qx-topic-banner',
  args: {
    lang: 'zh-CN',
    href: '/topics/hqhx/',
    image: banner,
    title: '华侨华人与新时代',
    intro: '学习宣传华侨华人在新时代的奋斗故事，凝聚侨心侨力。',
  },
  render: ({ lang, href, image, title, intro }) =>
    html`<qx-topic-banner
      lang=${lang}
      href=${href ?? nothing}
      image=${image ?? nothing}
      image-width=${image ? '1200' : nothing}
      image-height=${image ? '300' : nothing}
      >${title}${intro ? html`<span slot="intro">${intro}</span>` : nothing}</qx-topic-banner
    >`,
};
export default meta;

type Story = StoryObj<Args>;

/** 专题专栏: the banner and the title band are one link; the introduction sits under it. */
export const Default: Story = {};

/** Without an introduction. */
export const NoIntro: Story = { args: { intro: undefined } };

/** Without an image: the title band alone. */
export const NoImage: Story = { args: { image: undefined } };

/** English, with a long title that wraps. */
export const LongEnglish: Story = {
  args: {
    lang: 'en',
    title:
      'Overseas Chinese in the new era: stories of returning home, building the district and bridging two worlds',
    intro: 'A special topic on the people who connect Jinshan with the world.',
  },
};

/** Traditional Chinese. */
export const Traditional: Story = {
  args: {
    lang: 'zh-Hant',
    title: '華僑華人與新時代',
    intro: '學習宣傳華僑華人在新時代的奮鬥故事。',
  },
};

/** Hostile text in the title stays text. */
export const HostileText: Story = {
  args: { title: '<script>alert(1)</script><img src=x onerror=alert(2)>' },
};

/** Bad input: an unsafe `href` and `image` are refused, with `[qiaoxin]` warnings. */
export const BadInput: Story = {
  tags: ['warns'],
  args: { href: 'javascript:alert(1)', image: 'javascript:alert(2)' },
};

/** At 320 px the banner scales down and the title wraps. */
export const Narrow320: Story = { tags: ['320px'], ...narrow320 };
