// Foundations: every token of dist/tokens.json, drawn from the file itself so these pages
// cannot drift from the tokens. Swatches, samples and contrast ratios read the live CSS
// custom properties, so they follow the toolbar's district theme. Each page is drawn by a
// module of foundations/; this file holds the stories (ids foundations-tokens--*).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { colours, pairs } from './foundations/colour.js';
import { bordersAndLayout, radius, spacing } from './foundations/layout.js';
import { motion } from './foundations/motion.js';
import {
  colourTokens,
  nameCell,
  page,
  shown,
  table,
  tokens,
  valueCell,
} from './foundations/shared.js';
import { typography } from './foundations/typography.js';

function everyToken() {
  return table(
    `Every token (${tokens.length})`,
    ['Token', 'Type', 'Value'],
    tokens.map(
      (t) =>
        html`<tr data-token=${t.name}>
          ${nameCell(t)}
          <td>${t.type}</td>
          ${valueCell(t)}
        </tr>`,
    ),
  );
}

const meta: Meta = {
  title: 'Foundations/Tokens',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

/**
 * Each colour token with its WCAG contrast against body text and against the page surface, and
 * every pair of contrast-pairs.json measured against its normal or elder-mode minimum.
 */
export const Colour: Story = {
  render: () => page(colours()),
  play: async ({ canvasElement }) => {
    const rows = canvasElement.querySelectorAll('#colour-tokens tbody tr');
    await expect(rows.length).toBe(colourTokens.length);
    // Every pair of contrast-pairs.json, measured (a colour culori could not read shows "—")
    // and judged in words, not by colour alone.
    const pairRows = [...canvasElement.querySelectorAll('#contrast-pairs tbody tr')];
    await expect(pairRows.length).toBe(pairs.length);
    for (const row of pairRows) {
      await expect(row.textContent).toMatch(/\d+\.\d\d:1/);
      await expect(row.querySelector('[data-result]')?.textContent).toMatch(/^(✓ Pass|✗ Fail)/);
    }
  },
};

/** The type scale, families, weights and line heights, each with Chinese and English text. */
export const Typography: Story = { render: () => page(typography()) };

export const Spacing: Story = { render: () => page(spacing()) };

export const Radius: Story = { render: () => page(radius()) };

export const BordersFocusAndBreakpoints: Story = {
  name: 'Borders, focus and breakpoints',
  render: () => page(bordersAndLayout()),
};

/** Durations and easings; the button plays every sample at once. */
export const Motion: Story = {
  render: () => page(motion()),
  play: async ({ canvasElement }) => {
    const button = canvasElement.querySelector('button');
    await userEvent.click(button as HTMLButtonElement);
    await waitFor(() => expect(button?.getAttribute('aria-pressed')).toBe('true'));
    await expect(canvasElement.querySelector('[data-playing]')).not.toBeNull();
  },
};

/**
 * Every token in dist/tokens.json. A token added to the tokens package shows here at once;
 * the play function fails if a token belongs to no foundations page above.
 */
export const EveryToken: Story = {
  render: () => page(everyToken()),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('tbody tr').length).toBe(tokens.length);
    const missing = tokens.filter((t) => !shown.has(t)).map((t) => t.name);
    await expect(missing).toEqual([]);
  },
};
