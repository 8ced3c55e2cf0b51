// Page stories: the components assembled into whole pages with the real content of the
// Chongqing and Jinshan portals (seeds/*.txt), so designers see the whole before any site
// exists. The content is in pages.stories-content.ts, the layouts in pages.stories-layout.ts.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../index.js';
import { chongqingHome, jinshanHome } from './pages.stories-content.js';
import { articlePage, homePage } from './pages.stories-layout.js';
import { demoHomePage } from './pages.stories-demo.js';
import { reflow320 } from '../internal/reflow.stories-shared.js';

const meta: Meta = {
  title: 'Pages',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

/** The Chongqing five-year review as an article page. */
export const ChongqingArticle: Story = {
  render: articlePage,
  play: async ({ canvasElement }) => {
    const metaLine = canvasElement.querySelector('qx-article-meta');
    await waitFor(() =>
      expect(metaLine?.shadowRoot?.querySelector('[part=published]')).not.toBeNull(),
    );
    await expect(canvasElement.querySelectorAll('qx-stat-counter')).toHaveLength(4);
  },
};

/** The same page with the interface in English (the article itself stays Chinese). */
export const ChongqingArticleEnglish: Story = { render: articlePage, globals: { locale: 'en' } };

/** The article page on a 320 px phone. */
export const ChongqingArticle320: Story = {
  tags: ['320px'],
  ...reflow320,
  render: articlePage,
};

/** The Jinshan District federation's home page: introduction, figures, work, news. */
export const JinshanHome: Story = { render: () => homePage(jinshanHome) };

/** The Chongqing federation's home page. */
export const ChongqingHome: Story = { render: () => homePage(chongqingHome) };

/** The Jinshan home page with the interface in English. */
export const JinshanHomeEnglish: Story = {
  render: () => homePage(jinshanHome),
  globals: { locale: 'en' },
};

/** The Jinshan home page on a 320 px phone. */
export const JinshanHome320: Story = {
  tags: ['320px'],
  ...reflow320,
  render: () => homePage(jinshanHome),
};

/** The demo site's home page (sites/demo): every issue-17 block with the demo's content. */
export const DemoHome: Story = {
  render: demoHomePage,
  play: async ({ canvasElement }) => {
    const notices = canvasElement.querySelectorAll('qx-notice-item');
    await expect(notices).toHaveLength(3);
    await expect(notices[2]?.getAttribute('attachments')).toBe('2');
    await expect(canvasElement.querySelectorAll('qx-photo-news-item')).toHaveLength(4);
    await expect(canvasElement.querySelectorAll('qx-topic-banner')).toHaveLength(2);
    await expect(canvasElement.querySelectorAll('qx-link-group')).toHaveLength(2);
  },
};

/** The demo home page on a 320 px phone. */
export const DemoHome320: Story = {
  tags: ['320px'],
  ...reflow320,
  render: demoHomePage,
};
