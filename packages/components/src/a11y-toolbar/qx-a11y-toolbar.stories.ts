import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../a11y-toolbar.js';
import '../elder-mode.js';
import type { QxA11yToolbar } from './qx-a11y-toolbar.js';
import type { A11ySettings } from './settings.js';

interface Args {
  /** Settings saved before the story opens, as a returning visitor has them. */
  saved?: A11ySettings;
  /** Open the bar at once. */
  open: boolean;
  lang?: string;
}

/** The toolbar's state is page-wide (`<html data-qx-*>`, localStorage): every story starts clean. */
function reset() {
  try {
    localStorage.removeItem('qx-a11y');
    localStorage.removeItem('qx-elder-mode');
  } catch {
    // Storage blocked: nothing was saved either.
  }
  const root = document.documentElement;
  for (const name of ['data-qx-scale', 'data-qx-scheme', 'data-qx-cursor', 'data-qx-elder'])
    root.removeAttribute(name);
  document.querySelector('qx-a11y-panel')?.remove();
}

/** A piece of the Chongqing article, set in tokens, for every tool to act on. */
const article = html`
  <article style="margin-block-start: var(--qx-space-4); max-inline-size: 40em">
    <h2 style="margin: 0; font-size: var(--qx-font-size-2xl); color: var(--qx-color-primary)">
      奋力书写“侨”文章 凝心聚力启新程
    </h2>
    <p style="font-size: var(--qx-font-size-sm); color: var(--qx-color-text-muted)">
      发布时间：2023-06-02 15:38 来源：本站原创
    </p>
    <p style="font-size: var(--qx-font-size-md); color: var(--qx-color-text)">
      充分发挥海内外侨胞融通中外、联系广泛的独特优势，凝聚侨界力量助力新时代新征程新重庆建设。
      <a href="#" style="color: var(--qx-color-link)">阅读全文</a>
    </p>
  </article>
`;

function toolbar(canvas: HTMLElement): QxA11yToolbar {
  const el = canvas.querySelector<QxA11yToolbar>('qx-a11y-toolbar');
  if (!el) throw new Error('no <qx-a11y-toolbar> in the story');
  return el;
}

/** The panel's button whose text is `label`, or undefined. */
const toolButton = (panel: HTMLElement, label: string) =>
  [...(panel.shadowRoot?.querySelectorAll('button') ?? [])].find(
    (b) => b.textContent?.trim() === label,
  );

const meta: Meta<Args> = {
  title: 'Components/Accessibility toolbar',
  component: 'qx-a11y-toolbar',
  args: { open: false },
  render: (args) => {
    return html`<qx-elder-mode lang=${args.lang ?? 'zh-CN'}></qx-elder-mode>
      <qx-a11y-toolbar
        lang=${args.lang ?? 'zh-CN'}
        cursor-base="./cursors"
        ?open=${args.open}
      ></qx-a11y-toolbar>
      ${article}`;
  },
  beforeEach: () => {
    reset();
    return reset;
  },
  // In the browser only (server rendering runs `render` alone): the page as a returning
  // visitor's, as the head script leaves it before the element connects.
  decorators: [
    (story, { args }) => {
      reset();
      if (args.saved) localStorage.setItem('qx-a11y', JSON.stringify(args.saved));
      for (const key of ['scale', 'scheme', 'cursor'] as const) {
        const value = args.saved?.[key];
        if (value) document.documentElement.setAttribute(`data-qx-${key}`, value);
      }
      return story();
    },
  ],
};
export default meta;

type Story = StoryObj<Args>;

/** Closed: the 无障碍 button beside 长者模式, as in a portal header. Alt+Shift+Z opens it too. */
export const Default: Story = {};

/** Open: the bar at the top of the page with every tool. */
export const Open: Story = { args: { open: true } };

/** English. */
export const English: Story = { args: { open: true, lang: 'en' } };

/** Each text size, 125 % to 200 %. */
export const Scale125: Story = { args: { open: true, saved: { scale: '1.25' } } };
export const Scale150: Story = { args: { open: true, saved: { scale: '1.5' } } };
export const Scale175: Story = { args: { open: true, saved: { scale: '1.75' } } };
export const Scale200: Story = { args: { open: true, saved: { scale: '2' } } };

/** Each colour scheme. */
export const HighContrast: Story = { args: { open: true, saved: { scheme: 'high-contrast' } } };
export const BlackOnYellow: Story = { args: { open: true, saved: { scheme: 'black-on-yellow' } } };
export const YellowOnBlack: Story = { args: { open: true, saved: { scheme: 'yellow-on-black' } } };

/** The large cursors (served from ./cursors in Storybook). */
export const BlackCursor: Story = { args: { open: true, saved: { cursor: 'black' } } };
export const WhiteCursor: Story = { args: { open: true, saved: { cursor: 'white' } } };

/** The reading guide and the caption bar: move the pointer over the article. */
export const GuideAndCaptions: Story = {
  args: { open: true, saved: { guide: true, captions: true } },
};

/** At 320 px and 200 %, the bar wraps: nothing scrolls sideways. */
export const Narrow320: Story = {
  tags: ['320px'],
  globals: { viewport: { value: 'reflow320', isRotated: false } },
  args: { open: true, saved: { scale: '2' }, lang: 'en' },
};

/** Bad input: nonsense saved under qx-a11y is ignored with a `[qiaoxin]` warning. */
export const NonsenseSaved: Story = {
  tags: ['warns'],
  decorators: [
    (story) => {
      localStorage.setItem('qx-a11y', '{"scale":"9","scheme":"neon"}');
      // The bar is one per page and reads the saved settings when it is made: an earlier
      // story's bar (kept when Storybook switches stories in the same page) would not.
      document.querySelector('qx-a11y-panel')?.remove();
      return story();
    },
  ],
  args: { open: true },
  play: async ({ canvasElement }) => {
    const panel = await toolbar(canvasElement).panel();
    await waitFor(() =>
      expect(panel.shadowRoot?.querySelector('[aria-pressed=true]')?.textContent?.trim()).toBe(
        '100%',
      ),
    );
  },
};

/** Opening with the button, choosing 150 % and closing with Escape: focus returns to the button. */
export const OpenChooseClose: Story = {
  play: async ({ canvasElement }) => {
    const el = toolbar(canvasElement);
    const opener = el.shadowRoot?.querySelector('button');
    if (opener) await userEvent.click(opener);
    const panel = await el.panel();
    await waitFor(() => expect(toolButton(panel, '150%')).toBeTruthy());
    await userEvent.click(toolButton(panel, '150%') as HTMLButtonElement);
    await waitFor(() => expect(document.documentElement.getAttribute('data-qx-scale')).toBe('1.5'));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(el.open).toBe(false));
    reset();
  },
};

/**
 * Voice reading's controls in a given state, set on the bar's voice controls as reading would
 * leave them (no sound: the story does not depend on the voices of the browser showing it).
 */
const voiceState =
  (state: 'idle' | 'playing' | 'paused', message: string): Story['play'] =>
  async ({ canvasElement }) => {
    const panel = await toolbar(canvasElement).panel();
    await waitFor(() => expect(toolButton(panel, '朗读全文')).toBeTruthy());
    panel.voice.state = state;
    panel.voice.message = message;
    panel.requestUpdate();
    await panel.updateComplete;
    const status = panel.shadowRoot?.querySelector('[part=voice-status]');
    await expect(status?.getAttribute('role')).toBe('status');
  };

/** 语音朗读, idle: 朗读全文 ready; 暂停 and 停止 have nothing to act on (aria-disabled). */
export const VoiceIdle: Story = { args: { open: true } };

/** 语音朗读 while reading the article: 暂停 and 停止 active, “正在朗读” announced. */
export const VoicePlaying: Story = {
  args: { open: true, saved: { rate: 1.25 } },
  play: voiceState('playing', 'reading'),
};

/** Paused: the same button says 继续. */
export const VoicePaused: Story = {
  args: { open: true },
  play: voiceState('paused', 'paused'),
};

/** The browser has no voice for the page's language: the bar says so, visibly and announced. */
export const VoiceNoVoice: Story = {
  args: { open: true },
  play: voiceState('idle', 'noVoice'),
};

/** 指读 on, with the caption bar: move the pointer over the article or Tab through it. */
export const PointToRead: Story = {
  args: { open: true, saved: { speak: true, captions: true } },
};
