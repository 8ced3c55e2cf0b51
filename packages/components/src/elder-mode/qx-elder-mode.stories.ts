import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../elder-mode.js';
import type { QxElderMode } from './qx-elder-mode.js';
import { narrow320 } from '../internal/reflow.stories-shared.js';

interface Args {
  enabled: boolean;
}

/**
 * Elder mode is page-wide (`<html data-qx-elder>` and localStorage), so every story starts
 * from the default and leaves it again: other stories must not open in elder mode.
 */
function reset() {
  try {
    localStorage.removeItem('qx-elder-mode');
  } catch {
    // Storage blocked: nothing was saved either.
  }
  document.documentElement.removeAttribute('data-qx-elder');
}

const button = (canvas: HTMLElement) =>
  canvas.querySelector('qx-elder-mode')?.shadowRoot?.querySelector('button') ?? null;
const status = (canvas: HTMLElement) =>
  canvas.querySelector('qx-elder-mode')?.shadowRoot?.querySelector('[part=status]') ?? null;

/** A piece of the Chongqing article (seeds/chongqing-five-year-review.txt), set in tokens. */
const article = html`
  <article style="margin-block-start: var(--qx-space-4); max-inline-size: 40em">
    <h2
      style="margin: 0; font-size: var(--qx-font-size-2xl); line-height: var(--qx-font-line-height-tight); color: var(--qx-color-primary)"
    >
      奋力书写“侨”文章 凝心聚力启新程
    </h2>
    <p
      style="font-size: var(--qx-font-size-sm); color: var(--qx-color-text-muted); margin-block: var(--qx-space-2)"
    >
      发布时间：2023-06-02 15:38 来源：本站原创
    </p>
    <p
      style="margin: 0; font-size: var(--qx-font-size-md); line-height: var(--qx-font-line-height-normal); color: var(--qx-color-text)"
    >
      重庆是西部大开发重要的战略支点、一带一路和长江经济带联结点以及内陆开放高地。充分发挥海内外侨胞融通中外、联系广泛的独特优势，凝聚侨界力量助力新时代新征程新重庆建设，是重庆侨联应思之题、应有之举。
      <a href="#" style="color: var(--qx-color-link)">阅读全文</a>
    </p>
  </article>
`;

const meta: Meta<Args> = {
  title: 'Components/Elder mode',
  component: 'qx-elder-mode',
  args: { enabled: false },
  render: (args) => html`<qx-elder-mode ?enabled=${args.enabled}></qx-elder-mode>${article}`,
  // Before each story and again when it is left (the returned cleanup).
  beforeEach: () => {
    reset();
    return reset;
  },
  decorators: [
    (story) => {
      reset();
      return story();
    },
  ],
};
export default meta;

type Story = StoryObj<Args>;

/** Off: the switch above a page's text; the text, links and headings take the default tokens. */
export const Default: Story = {};

/** `enabled`: elder mode on. Every `--qx-font-size-*` is 1.25× or more, colours darker. */
export const Enabled: Story = { args: { enabled: true } };

/** English, whatever the toolbar says (`lang="en"`). */
export const English: Story = {
  render: (args) => html`<qx-elder-mode lang="en" ?enabled=${args.enabled}></qx-elder-mode>`,
};

/** Both languages side by side, off. */
export const BothLanguages: Story = {
  render: () => html`
    <qx-elder-mode lang="zh-CN"></qx-elder-mode>
    <qx-elder-mode lang="en"></qx-elder-mode>
  `,
};

/** Long text: in a 9em column the English label wraps inside the button instead of overflowing. */
export const LongText: Story = {
  args: { enabled: true },
  render: (args) => html`
    <div style="inline-size: 9em">
      <qx-elder-mode lang="en" ?enabled=${args.enabled}></qx-elder-mode>
    </div>
  `,
};

/** Bad input: an unknown saved value ("yes") counts as no choice; the switch starts off. */
export const UnknownSavedValue: Story = {
  render: () => {
    // After the reset decorator, before the element connects and reads it.
    localStorage.setItem('qx-elder-mode', 'yes');
    return html`<qx-elder-mode></qx-elder-mode>`;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(button(canvasElement)?.getAttribute('aria-pressed')).toBe('false'));
    await expect(document.documentElement.hasAttribute('data-qx-elder')).toBe(false);
    reset();
  },
};

/** At 320 px, in elder mode, the switch and the page text reflow without scrolling sideways. */
export const Narrow320: Story = {
  tags: ['320px'],
  ...narrow320,
  args: { enabled: true },
};

/**
 * Pressing the switch: the page's text grows at least 1.25×, `<html data-qx-elder>` is set,
 * the choice is saved and "已开启长者模式" is announced; pressing again undoes it all.
 */
export const Toggle: Story = {
  play: async ({ canvasElement, step }) => {
    const el = canvasElement.querySelector<QxElderMode>('qx-elder-mode');
    const body = canvasElement.querySelector('article p:last-child') as HTMLElement;
    const before = parseFloat(getComputedStyle(body).fontSize);
    try {
      await step('turn elder mode on', async () => {
        await userEvent.click(button(canvasElement) as HTMLButtonElement);
        await waitFor(() =>
          expect(button(canvasElement)?.getAttribute('aria-pressed')).toBe('true'),
        );
        await expect(document.documentElement.hasAttribute('data-qx-elder')).toBe(true);
        await expect(parseFloat(getComputedStyle(body).fontSize)).toBeGreaterThanOrEqual(
          before * 1.25,
        );
        await expect(localStorage.getItem('qx-elder-mode')).toBe('on');
        await expect(status(canvasElement)?.textContent?.length).toBeGreaterThan(0);
      });
      await step('turn it off again', async () => {
        await userEvent.click(button(canvasElement) as HTMLButtonElement);
        await waitFor(() => expect(el?.enabled).toBe(false));
        await expect(document.documentElement.hasAttribute('data-qx-elder')).toBe(false);
        await expect(parseFloat(getComputedStyle(body).fontSize)).toBe(before);
      });
    } finally {
      reset();
    }
  },
};

/** `qx-elder-mode-change` is cancelable: a page that calls `preventDefault()` keeps the mode. */
export const Cancelled: Story = {
  render: () => html`
    <qx-elder-mode
      @qx-elder-mode-change=${(event: Event) => event.preventDefault()}
    ></qx-elder-mode>
  `,
  play: async ({ canvasElement }) => {
    await userEvent.click(button(canvasElement) as HTMLButtonElement);
    await expect(button(canvasElement)?.getAttribute('aria-pressed')).toBe('false');
    await expect(document.documentElement.hasAttribute('data-qx-elder')).toBe(false);
    reset();
  },
};

/** The head script, for pages: run `applySavedElderMode()` (or this inline copy) before first paint. */
export const HeadScript: Story = {
  render: () => html`
    <qx-elder-mode></qx-elder-mode>
    <pre style="font-size: var(--qx-font-size-sm); white-space: pre-wrap"><code>${`<script>
  try {
    if (localStorage.getItem('qx-elder-mode') === 'on')
      document.documentElement.setAttribute('data-qx-elder', '');
  } catch {}
</script>`}</code></pre>
  `,
};
