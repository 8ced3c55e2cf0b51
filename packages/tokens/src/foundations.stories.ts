// Foundations: every token of dist/tokens.json, drawn from the file itself so these pages
// cannot drift from the tokens. Swatches, samples and contrast ratios read the live CSS
// custom properties, so they follow the toolbar's district theme.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import tokenList from '../dist/tokens.json' with { type: 'json' };

interface Token {
  name: string;
  value: string;
  type: string;
  path: string[];
  description: string;
}

// The defaults only: elder-mode overrides (`mode: "elder"`) share their names.
const tokens: Token[] = tokenList.filter((t) => !('mode' in t));
const inGroup = (...prefix: string[]) =>
  tokens.filter((t) => prefix.every((part, i) => t.path[i] === part));

// The token groups, one per table below.
const colourTokens = tokens.filter((t) => t.type === 'color');
const fontSizes = inGroup('font', 'size');
const fontFamilies = inGroup('font', 'family');
const fontWeights = inGroup('font', 'weight');
const lineHeights = inGroup('font', 'line-height');
const spaces = inGroup('space');
const radii = inGroup('radius');
const bordersAndFocus = [...inGroup('border'), ...inGroup('focus')];
const breakpoints = inGroup('breakpoint');
const durations = inGroup('motion', 'duration');
const easings = inGroup('motion', 'easing');
const shown = new Set([
  ...colourTokens,
  ...fontSizes,
  ...fontFamilies,
  ...fontWeights,
  ...lineHeights,
  ...spaces,
  ...radii,
  ...bordersAndFocus,
  ...breakpoints,
  ...durations,
  ...easings,
]);

/** The value a token has on the page now: a theme or preview may override it. */
const live = (t: Token) =>
  getComputedStyle(document.documentElement).getPropertyValue(t.name).trim() || t.value;

/** Any CSS colour as sRGB channels, through the browser's own parser. */
function channels(colour: string): number[] | undefined {
  const probe = document.createElement('span');
  probe.style.color = colour;
  document.body.append(probe);
  const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(getComputedStyle(probe).color);
  probe.remove();
  return match?.slice(1, 4).map(Number);
}

const luminance = (rgb: number[]) => {
  const [r = 0, g = 0, b = 0] = rgb
    .map((c) => c / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** WCAG 2 contrast ratio of two CSS colours, or undefined if either cannot be read. */
function contrast(a: string, b: string): number | undefined {
  const [x, y] = [channels(a), channels(b)];
  if (!x || !y) return undefined;
  const [hi, lo] = [luminance(x), luminance(y)].sort((m, n) => n - m) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const rating = (ratio: number) =>
  ratio >= 7 ? 'AAA' : ratio >= 4.5 ? 'AA' : ratio >= 3 ? 'AA large text / UI' : 'decoration only';

const ratioCell = (ratio: number | undefined) =>
  ratio === undefined
    ? html`<td>—</td>`
    : html`<td><strong>${ratio.toFixed(2)}:1</strong><br /><small>${rating(ratio)}</small></td>`;

const nameCell = (t: Token) => html`
  <th scope="row">
    <code>${t.name}</code>
    ${t.description ? html`<br /><small class="note">${t.description}</small>` : nothing}
  </th>
`;

const valueCell = (t: Token) => {
  const now = live(t);
  return html`<td>
    <code>${t.value}</code>${
      now !== t.value
        ? html`<br /><small class="note">in effect: <code>${now}</code></small>`
        : nothing
    }
  </td>`;
};

const styles = html`<style>
  .foundations {
    font-family: var(--qx-font-family-sans);
    color: var(--qx-color-text);
    max-inline-size: 72rem;
  }
  .foundations table {
    border-collapse: collapse;
    inline-size: 100%;
    margin-block-end: var(--qx-space-8);
  }
  .foundations caption {
    text-align: start;
    font-size: var(--qx-font-size-xl);
    font-weight: var(--qx-font-weight-bold);
    padding-block: var(--qx-space-2);
  }
  .foundations th,
  .foundations td {
    text-align: start;
    vertical-align: top;
    padding: var(--qx-space-2) var(--qx-space-3);
    border-block-end: 1px solid var(--qx-color-divider);
    font-weight: var(--qx-font-weight-regular);
  }
  .foundations thead th {
    font-weight: var(--qx-font-weight-bold);
  }
  .foundations .note {
    color: var(--qx-color-text-muted);
  }
  .swatch {
    inline-size: 4rem;
    block-size: 2.5rem;
    border: 1px solid var(--qx-color-border);
    border-radius: var(--qx-radius-md);
  }
  .bar {
    block-size: 1rem;
    background: var(--qx-color-primary);
  }
  .box {
    inline-size: 4rem;
    block-size: 4rem;
    border: var(--qx-border-width-thin) solid var(--qx-color-border);
    background: var(--qx-color-surface-subtle);
  }
  .track {
    inline-size: 16rem;
    block-size: 1.5rem;
    position: relative;
    background: var(--qx-color-surface-subtle);
    border-radius: var(--qx-radius-pill);
  }
  .dot {
    position: absolute;
    inset-block: 0;
    inline-size: 1.5rem;
    border-radius: var(--qx-radius-pill);
    background: var(--qx-color-primary);
    transition-property: transform;
  }
  [data-playing] .dot {
    transform: translateX(14.5rem);
  }
  .foundations button {
    font: inherit;
    padding: var(--qx-space-2) var(--qx-space-4);
    border: 1px solid var(--qx-color-primary);
    border-radius: var(--qx-radius-md);
    background: var(--qx-color-primary);
    color: var(--qx-color-on-primary);
    cursor: pointer;
  }
  .foundations :focus-visible {
    outline: var(--qx-focus-ring-width) solid var(--qx-color-focus);
    outline-offset: var(--qx-focus-ring-offset);
  }
</style>`;

const page = (content: TemplateResult) =>
  html`${styles}
    <div class="foundations">${content}</div>`;

const table = (caption: string, headings: string[], rows: TemplateResult[]) => html`
  <table>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        ${headings.map((h) => html`<th scope="col">${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>
`;

const textToken = tokens.find((t) => t.name === '--qx-color-text');
const surfaceToken = tokens.find((t) => t.name === '--qx-color-surface');

function colours() {
  const text = textToken ? live(textToken) : '#000';
  const surface = surfaceToken ? live(surfaceToken) : '#fff';
  return table(
    'Colour',
    [
      'Token',
      'Swatch',
      'Value',
      'Against text (--qx-color-text)',
      'Against surface (--qx-color-surface)',
    ],
    colourTokens.map(
      (t) =>
        html`<tr data-token=${t.name}>
          ${nameCell(t)}
          <td><div class="swatch" style="background: var(${t.name})"></div></td>
          ${valueCell(t)} ${ratioCell(contrast(live(t), text))}
          ${ratioCell(contrast(live(t), surface))}
        </tr>`,
    ),
  );
}

const zhSample = '凝聚侨心侨力，共建美好家园。重庆市归国华侨联合会';
const enSample = 'Uniting overseas Chinese: Chongqing Federation of Returned Overseas Chinese';

function typography() {
  const sample = (style: string) => html`
    <div style=${style}>
      <span lang="zh-CN">${zhSample}</span><br /><span lang="en">${enSample}</span>
    </div>
  `;
  return html`
    ${table(
      'Type scale',
      ['Token', 'Value', 'Chinese and English sample'],
      fontSizes.map(
        (t) =>
          html`<tr data-token=${t.name}>
            ${nameCell(t)} ${valueCell(t)}
            <td>
              ${sample(`font-size: var(${t.name}); line-height: var(--qx-font-line-height-tight)`)}
            </td>
          </tr>`,
      ),
    )}
    ${table(
      'Font families',
      ['Token', 'Value', 'Sample'],
      fontFamilies.map(
        (t) =>
          html`<tr data-token=${t.name}>
            ${nameCell(t)} ${valueCell(t)}
            <td>${sample(`font-family: var(${t.name}); font-size: var(--qx-font-size-lg)`)}</td>
          </tr>`,
      ),
    )}
    ${table(
      'Font weights',
      ['Token', 'Value', 'Sample'],
      fontWeights.map(
        (t) =>
          html`<tr data-token=${t.name}>
            ${nameCell(t)} ${valueCell(t)}
            <td>${sample(`font-weight: var(${t.name}); font-size: var(--qx-font-size-lg)`)}</td>
          </tr>`,
      ),
    )}
    ${table(
      'Line heights',
      ['Token', 'Value', 'Sample (the Chongqing article)'],
      lineHeights.map(
        (t) =>
          html`<tr data-token=${t.name}>
            ${nameCell(t)} ${valueCell(t)}
            <td style="max-inline-size: 28rem">
              <p lang="zh-CN" style="margin: 0; line-height: var(${t.name})">
                重庆是西部大开发重要的战略支点、一带一路和长江经济带联结点以及内陆开放高地。充分发挥海内外侨胞融通中外、联系广泛的独特优势，凝聚侨界力量助力新时代新征程新重庆建设。
              </p>
            </td>
          </tr>`,
      ),
    )}
  `;
}

function spacing() {
  return table(
    'Spacing',
    ['Token', 'Value', 'Size'],
    spaces.map(
      (t) =>
        html`<tr data-token=${t.name}>
          ${nameCell(t)} ${valueCell(t)}
          <td><div class="bar" style="inline-size: var(${t.name})"></div></td>
        </tr>`,
    ),
  );
}

function radius() {
  return table(
    'Radius',
    ['Token', 'Value', 'Shape'],
    radii.map(
      (t) =>
        html`<tr data-token=${t.name}>
          ${nameCell(t)} ${valueCell(t)}
          <td><div class="box" style="border-radius: var(${t.name})"></div></td>
        </tr>`,
    ),
  );
}

function bordersAndLayout() {
  return html`
    ${table(
      'Borders and focus',
      ['Token', 'Value', 'Sample'],
      bordersAndFocus.map(
        (t) =>
          html`<tr data-token=${t.name}>
            ${nameCell(t)} ${valueCell(t)}
            <td>
              <div
                class="box"
                style=${
                  t.path[0] === 'border'
                    ? `border-width: var(${t.name})`
                    : `outline: var(--qx-focus-ring-width) solid var(--qx-color-focus); outline-offset: var(--qx-focus-ring-offset)`
                }
              ></div>
            </td>
          </tr>`,
      ),
    )}
    ${table(
      'Breakpoints',
      ['Token', 'Value'],
      breakpoints.map(
        (t) =>
          html`<tr data-token=${t.name}>
            ${nameCell(t)} ${valueCell(t)}
          </tr>`,
      ),
    )}
  `;
}

const togglePlaying = (event: Event) => {
  const button = event.currentTarget as HTMLButtonElement;
  const playing = button.getAttribute('aria-pressed') !== 'true';
  button.setAttribute('aria-pressed', String(playing));
  button.closest('.foundations')?.toggleAttribute('data-playing', playing);
};

function motion() {
  const track = (style: string) =>
    html`<div class="track"><div class="dot" style=${style}></div></div>`;
  return html`
    <p>
      <button type="button" aria-pressed="false" @click=${togglePlaying}>
        Play the motion samples
      </button>
      <span class="note">With reduced motion, components skip these animations.</span>
    </p>
    ${table(
      'Durations (standard easing)',
      ['Token', 'Value', 'Sample'],
      durations.map(
        (t) =>
          html`<tr data-token=${t.name}>
            ${nameCell(t)} ${valueCell(t)}
            <td>
              ${track(`transition-duration: var(${t.name}); transition-timing-function: var(--qx-motion-easing-standard)`)}
            </td>
          </tr>`,
      ),
    )}
    ${table(
      'Easings (slow duration)',
      ['Token', 'Value', 'Sample'],
      easings.map(
        (t) =>
          html`<tr data-token=${t.name}>
            ${nameCell(t)} ${valueCell(t)}
            <td>
              ${track(`transition-duration: var(--qx-motion-duration-slow); transition-timing-function: var(${t.name})`)}
            </td>
          </tr>`,
      ),
    )}
  `;
}

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

/** Each colour token with its WCAG contrast against body text and against the page surface. */
export const Colour: Story = {
  render: () => page(colours()),
  play: async ({ canvasElement }) => {
    const rows = canvasElement.querySelectorAll('tbody tr');
    await expect(rows.length).toBe(colourTokens.length);
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
