import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../article-meta.js';
import type { QxArticleMeta } from './qx-article-meta.js';
import { narrow320 } from '../internal/reflow.stories-shared.js';

interface Args {
  published?: string;
  updated?: string;
  author?: string;
  source?: string;
  views?: string;
  'views-src'?: string;
}

// Served beside the stories by Vite, as a CMS endpoint would answer: {"views": n}.
const fixture = (name: string) => new URL(`./fixtures/${name}.json`, import.meta.url).href;

/** The text a reader sees on the line, separators included. */
const line = (root: HTMLElement, selector = 'qx-article-meta') =>
  root.querySelector<QxArticleMeta>(selector)?.shadowRoot?.querySelector<HTMLElement>('[part=base]')
    ?.innerText ?? '';

const meta: Meta<Args> = {
  title: 'Components/Article meta',
  component: 'qx-article-meta',
  // The Chongqing five-year review, as scraped: its 浏览次数 was empty, so no views here.
  args: { published: '2023-06-02T15:38', author: '本站编辑', source: '本站原创' },
  render: (args) => html`
    <qx-article-meta
      published=${ifDefined(args.published)}
      updated=${ifDefined(args.updated)}
      author=${ifDefined(args.author)}
      source=${ifDefined(args.source)}
      views=${ifDefined(args.views)}
      views-src=${ifDefined(args['views-src'])}
    ></qx-article-meta>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The line under the Chongqing article's title. The scraped page's 浏览次数 had no number, so
 * the field is left out rather than shown empty.
 */
export const Default: Story = {};

/** With a view count: Chinese groups digits only from five digits up (1024, 12,345). */
export const WithViews: Story = { args: { views: '1024' } };

/**
 * English labels, en-GB dates and grouped numbers, whatever the toolbar says (`lang="en"` on
 * the element); the author and source stay as written.
 */
export const English: Story = {
  args: { views: '1024' },
  render: (args) => html`
    <qx-article-meta
      lang="en"
      published=${ifDefined(args.published)}
      author=${ifDefined(args.author)}
      source=${ifDefined(args.source)}
      views=${ifDefined(args.views)}
    ></qx-article-meta>
  `,
};

/** Each element follows its own `lang` over the page's language: both lines side by side. */
export const BothLanguages: Story = {
  render: () => html`
    <qx-article-meta
      lang="zh-CN"
      published="2023-06-02T15:38"
      author="本站编辑"
      source="本站原创"
      views="12345"
    ></qx-article-meta>
    <qx-article-meta
      lang="en"
      published="2023-06-02T15:38"
      author="Editorial office"
      source="Chongqing Daily"
      views="12345"
    ></qx-article-meta>
  `,
};

/** `updated` adds 更新时间 / Updated after the publication date. */
export const Updated: Story = { args: { updated: '2023-06-05T09:00', views: '2048' } };

/** A date without a time shows only the date. */
export const DateOnly: Story = { args: { published: '2023-06-02' } };

/** With an offset the value is an instant, shown in China's time: 07:38Z is 15:38. */
export const WithTimeZone: Story = { args: { published: '2023-06-02T07:38Z' } };

/** `views-src` fetches `{"views": n}`; a valid answer replaces the `views` attribute. */
export const FetchedViews: Story = {
  args: { views: '7', 'views-src': fixture('views') },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(line(canvasElement)).toMatch(/2,?048/));
  },
};

/**
 * Bad answers from `views-src` (malformed JSON, a negative count, no `views` key) keep the
 * `views` attribute and warn in the console; so does a missing file (404), which the
 * component tests cover (here it would be a console error from the browser itself).
 */
export const BadViewsSource: Story = {
  tags: ['warns'],
  render: () => html`
    <qx-article-meta
      author="本站编辑"
      views="7"
      views-src=${fixture('malformed')}
    ></qx-article-meta>
    <qx-article-meta author="本站编辑" views="7" views-src=${fixture('negative')}></qx-article-meta>
    <qx-article-meta author="本站编辑" views="7" views-src=${fixture('missing')}></qx-article-meta>
  `,
};

/** Unsafe `views-src` schemes are refused without fetching, with a warning. */
export const UnsafeViewsSource: Story = {
  tags: ['warns'],
  render: () => html`
    <qx-article-meta views="7" views-src="javascript:alert(1)"></qx-article-meta>
    <qx-article-meta views="7" views-src='data:application/json,{"views":9}'></qx-article-meta>
    <qx-article-meta views="7" views-src="file:///etc/passwd"></qx-article-meta>
  `,
};

const badDates = [
  '2023-02-31',
  '2023-13-01',
  '2023-06-02T24:00',
  '2023-06-02T15:38+25:00',
  '2023/06/02',
  'yesterday',
  'Invalid Date',
];

/** Bad input: impossible or unreadable dates are left out, one warning each; the rest stays. */
export const InvalidDates: Story = {
  tags: ['warns'],
  render: () =>
    html`${badDates.map(
      (value) => html`<qx-article-meta published=${value} author="本站编辑"></qx-article-meta>`,
    )}`,
  play: async ({ canvasElement }) => {
    for (const el of canvasElement.querySelectorAll<QxArticleMeta>('qx-article-meta')) {
      await expect(el.shadowRoot?.querySelector('[part=published]')).toBeNull();
      await expect(el.shadowRoot?.querySelector('[part=author]')).not.toBeNull();
    }
  },
};

const badViews = ['-1', '1.5', '1e3', 'abc', 'Infinity', 'NaN', '99999999999999999999', '1 024'];

/** Bad input: a view count that is not a whole number ≥ 0 is left out, with a warning. */
export const InvalidViews: Story = {
  tags: ['warns'],
  render: () =>
    html`${badViews.map(
      (value) => html`<qx-article-meta source="本站原创" views=${value}></qx-article-meta>`,
    )}`,
  play: async ({ canvasElement }) => {
    for (const el of canvasElement.querySelectorAll<QxArticleMeta>('qx-article-meta')) {
      await expect(el.shadowRoot?.querySelector('[part=views]')).toBeNull();
    }
  },
};

/** Missing fields: only the fields given are shown, with no stray separators. */
export const AuthorOnly: Story = { args: { published: undefined, source: undefined } };

/**
 * No valid field at all (a bad date, a bad count, a blank author): the element renders
 * nothing and takes no space, rather than an empty line of labels.
 */
export const NothingValid: Story = {
  tags: ['warns'],
  args: { published: 'not a date', views: '-1', author: ' ', source: undefined },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('qx-article-meta');
    await expect(el?.shadowRoot?.querySelector('[part=base]')).toBeNull();
    await expect(el?.getBoundingClientRect().height).toBe(0);
  },
};

const longArgs: Args = {
  published: '2023-06-02T15:38',
  updated: '2023-06-05T09:00',
  author: '重庆市归国华侨联合会宣传文化部与《新华侨》电子刊编辑部联合采编组',
  source:
    'Chongqing Daily (重庆日报), Chongqing Federation of Returned Overseas Chinese news office',
  views: '123456789',
};

/** Very long Chinese and English fields wrap between fields, then inside a field. */
export const LongText: Story = { args: longArgs };

/** At 320 px the line wraps without scrolling sideways. */
export const Narrow320: Story = {
  tags: ['320px'],
  ...narrow320,
  args: longArgs,
};

/** Language switch: labels, date and number follow the element's `lang` as it changes. */
export const LanguageSwitch: Story = {
  args: { views: '12345' },
  play: async ({ canvasElement, step }) => {
    const el = canvasElement.querySelector<QxArticleMeta>('qx-article-meta');
    await step('English', async () => {
      el?.setAttribute('lang', 'en');
      await waitFor(() =>
        expect(line(canvasElement)).toBe(
          'Published: 2 Jun 2023, 15:38 · Author: 本站编辑 · Source: 本站原创 · Views: 12,345',
        ),
      );
    });
    await step('Chinese', async () => {
      el?.setAttribute('lang', 'zh-CN');
      await waitFor(() =>
        expect(line(canvasElement)).toBe(
          '发布时间：2023-06-02 15:38  作者：本站编辑  来源：本站原创  浏览次数：12,345',
        ),
      );
    });
  },
};
