import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../article-tools.js';
import '../article-meta.js';

interface Args {
  url?: string;
  shareTitle?: string;
  qr: boolean;
}

/** Text size is remembered page-wide: each story starts from 中 and leaves it again. */
function reset() {
  try {
    localStorage.removeItem('qx-article-font-size');
  } catch {
    // Storage blocked: nothing was saved either.
  }
}

const tools = (canvas: HTMLElement) => canvas.querySelector('qx-article-tools') as HTMLElement;
const part = (canvas: HTMLElement, name: string) =>
  tools(canvas).shadowRoot?.querySelector<HTMLElement>(`[part~=${name}]`) ?? null;

/** A QR code as the portal writes it at build time (here a placeholder pattern, not a real code). */
const qr = html`<svg slot="qr" role="img" aria-label="本页二维码" viewBox="0 0 7 7">
  <path d="M0 0h3v3H0zM4 0h3v3H4zM0 4h3v3H0zM4 4h1v1H4zM6 6h1v1H6zM5 5h1v1H5z" />
</svg>`;

/** The Chongqing article (seeds/chongqing-five-year-review.txt) with its tools under the meta line. */
const article = (args: Args, lang = 'zh-CN') => html`
  <article id="story-article" lang=${lang} style="max-inline-size: 40em">
    <h1 style="font-size: var(--qx-font-size-2xl); color: var(--qx-color-primary)">
      奋力书写“侨”文章 凝心聚力启新程
    </h1>
    <qx-article-meta published="2023-06-02T15:38" source="本站原创"></qx-article-meta>
    <qx-article-tools
      for="story-body"
      url=${ifDefined(args.url)}
      share-title=${ifDefined(args.shareTitle)}
      lang=${ifDefined(lang === 'zh-CN' ? undefined : lang)}
      >${args.qr ? qr : ''}</qx-article-tools
    >
    <div id="story-body" style="font-size: var(--qx-font-size-md); line-height: 1.8">
      <p>
        重庆是西部大开发重要的战略支点、一带一路和长江经济带联结点以及内陆开放高地。充分发挥海内外侨胞融通中外、联系广泛的独特优势，凝聚侨界力量助力新时代新征程新重庆建设，是重庆侨联应思之题、应有之举。
      </p>
    </div>
  </article>
`;

const meta: Meta<Args> = {
  title: 'Components/Article tools',
  component: 'qx-article-tools',
  args: {
    url: 'https://www.cqql.org/zh/news/2023/five-year-review/',
    shareTitle: '奋力书写“侨”文章 凝心聚力启新程',
    qr: true,
  },
  render: (args) => article(args),
  beforeEach: () => {
    reset();
    return reset;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Under the meta line: 字号【大 中 小】, 朗读全文, 打印本页, 分享. */
export const Default: Story = {};

/** English. */
export const English: Story = { render: (args) => article(args, 'en') };

/** Traditional Chinese (generated from zh-CN). */
export const Traditional: Story = { render: (args) => article(args, 'zh-Hant') };

/** 大: the body text 1.25× (the title and meta line keep their size). */
export const LargeText: Story = {
  play: async ({ canvasElement }) => {
    const button = part(canvasElement, 'size-button') as HTMLElement;
    await userEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'));
    reset();
  },
};

/** 分享 open: the page's WeChat QR code, Weibo and QQ links, 复制链接. */
export const ShareOpen: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(part(canvasElement, 'share') as HTMLElement);
    await waitFor(() => expect(part(canvasElement, 'panel')).not.toBeNull());
  },
};

/** 分享 open on a page whose build made no QR code: only the links and 复制链接. */
export const ShareWithoutQrCode: Story = {
  args: { qr: false },
  play: ShareOpen.play,
};

/** Bad input: a `javascript:` url is refused with a warning; this page's address is shared. */
export const UnsafeUrl: Story = {
  tags: ['warns'],
  args: { url: 'javascript:alert(1)' },
  play: ShareOpen.play,
};

/**
 * 朗读全文 with no toolbar on the page: the element reads the article itself, or, in a
 * browser without a voice for the language (as headless test browsers are), says so.
 */
export const ReadAloud: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(part(canvasElement, 'read') as HTMLElement);
    await waitFor(() => expect(part(canvasElement, 'message')?.textContent?.trim()).not.toBe(''));
    tools(canvasElement).remove(); // stops any reading
  },
};

/** 朗读全文 claimed by the accessibility toolbar (here a stand-in that calls preventDefault()). */
export const ReadAloudClaimed: Story = {
  render: (args) =>
    html`<div @qx-read-aloud=${(event: Event) => event.preventDefault()}>${article(args)}</div>`,
  play: async ({ canvasElement }) => {
    await userEvent.click(part(canvasElement, 'read') as HTMLElement);
    await expect(part(canvasElement, 'message')?.textContent?.trim()).toBe('');
  },
};

/** At 320 px the tools wrap onto several lines without scrolling sideways. */
export const Narrow320: Story = {
  tags: ['320px'],
  globals: { viewport: { value: 'reflow320', isRotated: false } },
  decorators: [
    (story) => html`<div style="inline-size: 320px; max-inline-size: 100%">${story()}</div>`,
  ],
  play: ShareOpen.play,
};
