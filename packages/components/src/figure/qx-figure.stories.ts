import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../figure.js';
import { narrow320 } from '../internal/reflow.stories-shared.js';

interface Args {
  caption?: string;
  credit?: string;
}

/** A drawn stage scene (our own SVG; no downloaded photos). */
const stage = new URL('./fixtures/stage.svg', import.meta.url).href;
const alt = '舞台上三位演员在红色背景前演出';
// The photo caption of the Jinshan review (seeds/jinshan-five-year-review.txt).
const jinshanCaption = '区侨界人士喜迎建党100周年文艺汇演';

const photo = (imgAlt = alt) => html`<img src=${stage} alt=${imgAlt} width="800" height="450" />`;

const figure = (args: Args, lang?: string, image = photo()) => html`
  <qx-figure
    lang=${ifDefined(lang)}
    caption=${ifDefined(args.caption)}
    credit=${ifDefined(args.credit)}
    >${image}</qx-figure
  >
`;

const meta: Meta<Args> = {
  title: 'Components/Figure',
  component: 'qx-figure',
  args: { caption: jinshanCaption, credit: undefined },
  render: (args) => figure(args),
  decorators: [(story) => html`<div style="max-inline-size: 40rem">${story()}</div>`],
};
export default meta;

type Story = StoryObj<Args>;

/** The Jinshan review's photo: 区侨界人士喜迎建党100周年文艺汇演. */
export const Default: Story = {};

/** `credit`: the photographer, written as it should read. */
export const WithCredit: Story = { args: { credit: '摄影：金山区侨联' } };

/** The `caption` slot takes rich text and wins over the attribute. */
export const SlottedCaption: Story = {
  render: () => html`
    <qx-figure caption="(not shown)">
      ${photo()}
      <span slot="caption"
        >区侨界人士喜迎<strong>建党100周年</strong>文艺汇演 <a href="/gzzs/">阅读全文</a></span
      >
    </qx-figure>
  `,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('qx-figure');
    const slot = el?.shadowRoot?.querySelector('slot[name=caption]');
    await waitFor(() => expect(el?.shadowRoot?.querySelector('figcaption')?.hidden).toBe(false));
    // The attribute is only the slot's fallback: with a slotted caption it has no box.
    const fallback = document.createRange();
    if (slot) fallback.selectNodeContents(slot);
    await expect(fallback.getBoundingClientRect().width).toBe(0);
  },
};

/** No caption at all: the image alone, with no empty space under it. */
export const NoCaption: Story = { args: { caption: undefined } };

/** A decorative image (`alt=""`) is fine: no warning. */
export const DecorativeImage: Story = {
  args: { caption: undefined },
  render: (args) => figure(args, undefined, photo('')),
};

/** English content on an English page (`lang="en"`). */
export const English: Story = {
  args: {
    caption: 'Returned overseas Chinese of the district celebrate the Party’s centenary',
    credit: 'Photo: Jinshan Federation',
  },
  render: (args) => figure(args, 'en', photo('Three performers on a red stage')),
};

const longCaption = `${jinshanCaption}。先后举办金山区侨界人士庆祝新中国成立70周年文艺汇演、书画摄影展、献礼建党100周年文艺汇演、庆祝建党100周年红色记忆书画展等 https://www.jinshan.gov.cn/qiaolian/wenyi/huiyan/2021/index.html`;

/** A long caption wraps under the image, breaking CJK text between characters. */
export const LongText: Story = { args: { caption: longCaption } };

/** At 320 px the image scales down (no distortion) and the caption wraps. */
export const Narrow320: Story = {
  tags: ['320px'],
  ...narrow320,
  args: { caption: longCaption },
  play: async ({ canvasElement }) => {
    const img = canvasElement.querySelector('img');
    await waitFor(() => expect(img?.getBoundingClientRect().width).toBeLessThanOrEqual(320));
  },
};

/**
 * Bad input: a figure with no image renders its caption and warns in the console. (An `<img>`
 * without `alt` also warns; it is left out here because it is a real accessibility failure,
 * and the component tests cover it.)
 */
export const BadInput: Story = {
  tags: ['warns'],
  render: () => html`<qx-figure caption=${jinshanCaption}></qx-figure>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('qx-figure');
    await waitFor(() =>
      expect(el?.shadowRoot?.querySelector('figcaption')?.textContent).toContain(jinshanCaption),
    );
  },
};
