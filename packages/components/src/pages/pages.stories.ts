// Page stories: the components assembled into whole pages with the real content of the
// Chongqing and Jinshan portals (seeds/*.txt), so designers see the whole before any site
// exists. The content is in pages.stories-content.ts, the layouts in pages.stories-layout.ts.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../index.js';
import { chongqingHome, jinshanHome } from './pages.stories-content.js';
import { articlePage, homePage } from './pages.stories-layout.js';
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
