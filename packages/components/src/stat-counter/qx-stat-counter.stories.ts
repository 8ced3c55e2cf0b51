import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../stat-counter.js';
import type { QxStatCounter } from './qx-stat-counter.js';
import { counters, jinshanFigures } from '../test-utils/figures.js';
import { narrow320 } from '../internal/reflow.stories-shared.js';

interface Args {
  value?: string;
  unit?: string;
  label?: string;
  notation?: string;
  qualifier?: string;
  duration?: number;
  static?: boolean;
}

/** The figure a sighted reader sees now (without the invisible copy that reserves room). */
const shown = (el: Element | null) => {
  const figure = el?.shadowRoot?.querySelector('.figure')?.cloneNode(true) as
    HTMLElement | undefined;
  figure?.querySelectorAll('.reserve').forEach((copy) => copy.remove());
  return figure?.textContent ?? '';
};
/** The number as it counts (the reserved copy holds the final one). */
const live = (el: Element | null) =>
  el?.shadowRoot?.querySelector('[part=value]')?.textContent ?? '';

const counter = (args: Args, lang?: string) => html`
  <qx-stat-counter
    lang=${ifDefined(lang)}
    value=${ifDefined(args.value)}
    unit=${ifDefined(args.unit)}
    label=${ifDefined(args.label)}
    notation=${ifDefined(args.notation)}
    qualifier=${ifDefined(args.qualifier)}
    duration=${ifDefined(args.duration)}
    ?static=${args.static}
  ></qx-stat-counter>
`;

const meta: Meta<Args> = {
  title: 'Components/Stat counter',
  component: 'qx-stat-counter',
  // "为重庆引进投资约600亿元" (seeds/chongqing-five-year-review.txt)
  args: {
    value: '60000000000',
    unit: '元',
    label: '引进投资',
    notation: 'compact',
    qualifier: 'about',
    static: false,
  },
  render: (args) => counter(args),
};
export default meta;

type Story = StoryObj<Args>;

/** 约600亿元 引进投资: the Chongqing federation's investment figure, in compact notation. */
export const Default: Story = {};

/** "拥有各级侨联组织67个": a plain count with a Chinese unit. */
export const Count: Story = {
  args: {
    value: '67',
    unit: '个',
    label: '各级侨联组织',
    notation: undefined,
    qualifier: undefined,
  },
};

/** `qualifier="nearly"`: 整体浏览量近5000万人次. */
export const Nearly: Story = {
  args: { value: '50000000', unit: '人次', label: '整体浏览量', qualifier: 'nearly' },
};

/** `qualifier="over"`: 妥善处理侨胞100余件法律纠纷; 余 sits between number and unit. */
export const Over: Story = {
  args: { value: '100', unit: '件', label: '法律纠纷', qualifier: 'over', notation: undefined },
};

/** `notation`: standard (60,000,000,000元) beside compact (600亿元). */
export const Notations: Story = {
  render: (args) => html`
    ${counter({ ...args, notation: 'standard' })} ${counter({ ...args, notation: 'compact' })}
  `,
};

/**
 * English, "about 60B yuan", whatever the toolbar says (`lang="en"`); unit and label are
 * content, so the page gives them in English.
 */
export const English: Story = {
  args: { unit: 'yuan', label: 'Investment attracted to Chongqing' },
  render: (args) => counter(args, 'en'),
};

/** Each counter follows its own `lang`: the same figure in Chinese and in English. */
export const BothLanguages: Story = {
  render: (args) => html`
    ${counter(args, 'zh-CN')}
    ${counter({ ...args, unit: 'yuan', label: 'Investment attracted' }, 'en')}
  `,
};

/** Jinshan: 5年来共吸引海外项目1658个、港澳项目177个; 投稿2000余件. */
export const JinshanFigures: Story = { render: () => counters(jinshanFigures) };

/** `static` shows the final value at once, with no count-up. */
export const Static: Story = { args: { static: true } };

/** Extremes: a huge number, a fraction, a negative and zero, in compact notation. */
export const Extremes: Story = {
  render: () =>
    html`${['1e15', '2.5', '-12', '-60000000000', '0'].map(
      (value) => html`<qx-stat-counter static notation="compact" value=${value}></qx-stat-counter>`,
    )}`,
};

/** Bad input: a value that is not a finite number shows "—", reads "暂无数据", and warns. */
export const BadValues: Story = {
  tags: ['warns'],
  render: () =>
    html`${['abc', '', 'Infinity', 'NaN', '6,7'].map(
      (value) =>
        html`<qx-stat-counter
          value=${value}
          unit="个"
          qualifier="about"
          label="各级侨联组织"
        ></qx-stat-counter>`,
    )}`,
  play: async ({ canvasElement }) => {
    for (const el of canvasElement.querySelectorAll('qx-stat-counter')) {
      await expect(shown(el)).toBe('—');
    }
  },
};

/** Missing fields: no `value` at all shows "—"; no unit or label leaves them out. */
export const MissingFields: Story = {
  tags: ['warns'],
  render: () => html`
    <qx-stat-counter unit="个" label="各级侨联组织"></qx-stat-counter>
    <qx-stat-counter value="380" static></qx-stat-counter>
  `,
};

/** Bad input: an unknown qualifier or notation and a bad duration are ignored, one warning each. */
export const UnknownOptions: Story = {
  tags: ['warns'],
  render: () => html`
    <qx-stat-counter
      value="60000000000"
      unit="元"
      label="引进投资"
      qualifier="roughly"
      notation="short"
      duration="soon"
      static
    ></qx-stat-counter>
  `,
  play: async ({ canvasElement }) => {
    await expect(shown(canvasElement.querySelector('qx-stat-counter'))).toBe('60,000,000,000元');
  },
};

const longLabel =
  '疫情期间累计接收海外医药物资，定向捐赠给抗疫一线、侨界群众 — Medical supplies received from overseas during the pandemic';

/** A very long label wraps under the figure. */
export const LongText: Story = {
  args: {
    value: '22470000',
    unit: '元',
    notation: 'compact',
    qualifier: undefined,
    label: longLabel,
  },
};

/** At 320 px a huge standard-notation figure wraps instead of overflowing. */
export const Narrow320: Story = {
  tags: ['320px'],
  ...narrow320,
  args: { value: '1e15', notation: 'standard', label: longLabel },
};

/**
 * Count-up: once half visible, the figure counts from 0 in the same notation, then fires
 * `qx-count-end`. Under reduced motion (the toolbar's preview too) it shows the final value.
 */
export const CountUp: Story = {
  args: { duration: 800 },
  play: async ({ canvasElement, step }) => {
    const el = canvasElement.querySelector<QxStatCounter>('qx-stat-counter');
    const final = el?.shadowRoot?.querySelector('.reserve')?.textContent ?? '';
    let ended = false;
    el?.addEventListener('qx-count-end', () => (ended = true));
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) {
      await expect(live(el)).toBe(final);
      return;
    }
    const seen = new Set<string>();
    await step('counts through smaller figures', async () => {
      await waitFor(
        () => {
          seen.add(live(el));
          expect(ended).toBe(true);
        },
        { interval: 20 },
      );
    });
    await expect(live(el)).toBe(final);
    await expect([...seen].some((text) => text !== final)).toBe(true);
  },
};

/** The toolbar's reduced-motion preview, fixed on: no count-up, the final figure at once. */
export const ReducedMotion: Story = {
  globals: { motion: 'reduce' },
  args: { duration: 400 },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<QxStatCounter>('qx-stat-counter');
    if (!el) throw new Error('no <qx-stat-counter> rendered');
    const final = el.shadowRoot?.querySelector('.reserve')?.textContent;
    // The counter starts (or not) when its IntersectionObserver first sees it half visible;
    // this one hears of the same change in the same rendering step, and a message posted
    // then arrives after the counter's own report and its first frame request.
    await new Promise<void>((resolve) => {
      const seen = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.intersectionRatio >= 0.5)) return;
          seen.disconnect();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(channel.port1.close());
          channel.port2.postMessage(undefined);
        },
        { threshold: 0.5 },
      );
      seen.observe(el);
    });
    await new Promise((resolve) => requestAnimationFrame(resolve)); // a frame it would count in
    await el.updateComplete;
    await expect(live(el)).toBe(final);
  },
};
