import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { getLocale } from '@qiaoxin/i18n';
import '../search.js';
import { reflow320 } from '../internal/reflow.stories-shared.js';

// A real Pagefind index of a few portal pages, written by scripts/build-search-fixture.js
// and served at search-fixture/ (.storybook/main.ts staticDirs). Relative, so it works
// wherever the Storybook is served from.
const bundle = { zh: 'search-fixture/zh/pagefind/', en: 'search-fixture/en/pagefind/' };

interface Args {
  action: string;
  'bundle-path': string;
  value?: string;
  'full-page'?: boolean;
  lang?: string;
}

// A reader on a zh-Hant page types traditional characters, and Pagefind searches that page's
// own index (each language has its own, chosen by <html lang>): the Chinese stories search
// in the page's script.
const traditional: Record<string, string> = {
  侨联: '僑聯',
  量子计算: '量子計算',
  五年回顾: '五年回顧',
};
const inPageScript = (query: string) => (getLocale() === 'zh-Hant' && traditional[query]) || query;

const element = (args: Args) => html`
  <qx-search
    action=${args.action}
    bundle-path=${args['bundle-path']}
    value=${ifDefined(args.value && inPageScript(args.value))}
    lang=${ifDefined(args.lang)}
    ?full-page=${args['full-page']}
  ></qx-search>
`;

const meta: Meta<Args> = {
  title: 'Components/Search',
  component: 'qx-search',
  args: { action: '/jinshan/search/', 'bundle-path': bundle.zh },
  // Room below the field for the pop-up panel.
  decorators: [(story) => html`<div style="min-block-size: 28rem">${story()}</div>`],
  render: (args) => element(args),
  // A full-page search writes its query into the address (?q=), and the address wins over
  // `value`: each story starts from an address without one, whichever story ran before.
  beforeEach: () => {
    const url = new URL(location.href);
    url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  },
};
export default meta;

type Story = StoryObj<Args>;
type Context = { canvasElement: HTMLElement };

const shadow = (canvas: HTMLElement) =>
  canvas.querySelector('qx-search')?.shadowRoot ?? document.createDocumentFragment();

/** Types `query` into the field, as a reader would, and waits for `part` to appear. */
const search =
  (query: string, part: string) =>
  async ({ canvasElement }: Context) => {
    const root = shadow(canvasElement);
    const input = await waitFor(() => {
      const found = root.querySelector('input');
      expect(found).toBeTruthy();
      return found as HTMLInputElement;
    });
    input.focus();
    input.value = inPageScript(query);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    // "Searching…" is a message too, shown first: wait for what follows it (in every language it
    // ends in "…"). Only then has a failed search warned, which the story checker looks for.
    await waitFor(() => {
      const found = root.querySelector(`[part~=${part}]`);
      expect(found).toBeTruthy();
      if (part === 'message') expect(found?.textContent?.trim().endsWith('…')).toBe(false);
    });
  };

/** Before any use: a plain GET form to the search page; Pagefind is not loaded yet. */
export const Idle: Story = {};

/** The same in English (`lang="en"`). */
export const IdleEnglish: Story = {
  args: { action: '/jinshan/en/search/', 'bundle-path': bundle.en, lang: 'en' },
};

/** Typing 侨联: up to 8 results with the matched words marked, and 查看全部结果. */
export const Results: Story = {
  play: search('侨联', 'all'),
};

/** Typing "friendships" on an English page. */
export const ResultsEnglish: Story = {
  args: { action: '/jinshan/en/search/', 'bundle-path': bundle.en, lang: 'en' },
  play: search('friendships', 'mark'),
};

/** Nothing matches: the panel says so, quoting the query. */
export const NoResults: Story = {
  play: search('量子计算', 'message'),
};

/** Nothing matches, in English. */
export const NoResultsEnglish: Story = {
  args: { action: '/jinshan/en/search/', 'bundle-path': bundle.en, lang: 'en' },
  play: search('quantum', 'message'),
};

/**
 * The bundle fails to load (here: its index cannot be read): the panel says search is
 * unavailable, the console warns once, and the form still submits to the search page.
 */
export const Unavailable: Story = {
  tags: ['warns'],
  args: { 'bundle-path': 'search-fixture/unavailable/' },
  play: search('侨联', 'message'),
};

/** Unavailable, in English. */
export const UnavailableEnglish: Story = {
  tags: ['warns'],
  args: { 'bundle-path': 'search-fixture/unavailable/', lang: 'en' },
  play: search('federation', 'message'),
};

/**
 * `full-page`, for the search page itself: starts from `?q=` (here, with no `?q=`, from
 * `value`), lists every result in the page with the count shown, and keeps `?q=` current.
 */
export const FullPage: Story = {
  args: { 'full-page': true, value: '侨联' },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadow(canvasElement).querySelectorAll('[part~=result]').length).toBeGreaterThan(8),
    );
  },
};

/** `full-page` in English. */
export const FullPageEnglish: Story = {
  args: {
    'full-page': true,
    value: 'overseas Chinese',
    action: '/jinshan/en/search/',
    'bundle-path': bundle.en,
    lang: 'en',
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part~=result]')).toBeTruthy());
  },
};

/** At 320 px the button wraps under the field if it must; the panel fits the screen. */
export const Narrow320: Story = {
  tags: ['320px'],
  ...reflow320,
  play: search('五年回顾', 'mark'),
};
