// What every element's 320 px story shares (stories only: *.stories-*.ts stay out of the build).
// The story keeps its own `tags: ['320px']`: Storybook reads tags from the story file without
// running it, and the story checker (packages/storybook-tests) loads the stories so tagged
// 320 px wide and fails on sideways scrolling (WCAG 1.4.10 reflow).
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/** Storybook's 320 px viewport. */
export const reflow320 = { globals: { viewport: { value: 'reflow320', isRotated: false } } };

/** The same, with the story in a box 320 px wide, so the docs page shows it narrow too. */
export const narrow320 = {
  ...reflow320,
  decorators: [
    (story) => html`<div style="inline-size: 320px; max-inline-size: 100%">${story()}</div>`,
  ] satisfies Decorator[],
};
