import type { Meta } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { getLocale, langOf, resolveLocale, setLocale } from '@qiaoxin/i18n';
import '../bilingual-header.js';
import type { QxBilingualHeader } from '../bilingual-header.js';

import {
  chongqing,
  editions,
  banner,
  emblem,
  groupLabel,
  jinshan,
  languageLinks,
  long,
  navigation,
  primaryName,
  switchesThrough,
  toggle,
  withLanguages,
  type Args,
  type Story,
} from './qx-bilingual-header.stories-helpers.js';
import { visuallyHiddenStyle } from '../test-utils/visually-hidden.js';
import { narrow320 } from '../internal/reflow.stories-shared.js';

const meta: Meta<Args> = {
  title: 'Components/Bilingual header',
  component: 'qx-bilingual-header',
  args: { ...chongqing, href: '/', 'hide-toggle': false },
  render: (args, { parameters }) => html`
    <qx-bilingual-header
      lang=${ifDefined(parameters.lang as string | undefined)}
      name-zh=${ifDefined(args['name-zh'])}
      name-en=${ifDefined(args['name-en'])}
      href=${ifDefined(args.href)}
      alternate-href=${ifDefined(args['alternate-href'])}
      ?hide-toggle=${args['hide-toggle']}
      @qx-locale-change=${args.onQxLocaleChange}
    >
      <img slot="logo" src=${emblem} alt="" />
      ${(parameters.slotted as TemplateResult | undefined) ?? navigation}
    </qx-bilingual-header>
  `,
};
export default meta;

/**
 * The Chongqing federation's masthead inside the page's own `<header>` (which makes it the
 * banner landmark): emblem and both names as one home link, the language toggle, navigation.
 */
export const Default: Story = {
  decorators: [(story) => html`<header>${story()}</header>`],
};

/** Shanghai Jinshan District's federation. */
export const Jinshan: Story = { args: jinshan };

/**
 * In English the English name comes first and larger, and the toggle offers 中文; here with
 * `lang="en"` on the element, so it stays English whatever the toolbar says.
 */
export const English: Story = { parameters: { lang: 'en' } };

/** With `alternate-href` the toggle is a link to the other-language site, not an in-place switch. */
export const AlternateHref: Story = { args: { 'alternate-href': '/en/' } };

/** `hide-toggle` hides the language toggle. */
export const HideToggle: Story = { args: { 'hide-toggle': true } };

/** The `actions` slot puts tools (search, elder-friendly mode) beside the toggle. */
export const WithActions: Story = {
  parameters: {
    slotted: html`<a slot="actions" href="/search/">搜索</a>
      <a slot="actions" href="/care/">适老化模式</a> ${navigation}`,
  },
};

/** Missing `href`: the title is not a link. */
export const WithoutHref: Story = { args: { href: undefined } };

/** Bad input: an unsafe `href` is refused (the title is not a link) and an unsafe `alternate-href` falls back to the button; each warns. */
export const UnsafeLinks: Story = {
  tags: ['warns'],
  args: { href: 'javascript:alert(1)', 'alternate-href': 'vbscript:msgbox(1)' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('qx-bilingual-header');
    await expect(el?.shadowRoot?.querySelector('a[part~=title]')).toBeNull();
    await expect(toggle(el)?.localName).toBe('button');
  },
};

/** Missing fields: only the English name (no `name-zh`) warns and shows what there is. */
export const OnlyEnglishName: Story = { tags: ['warns'], args: { 'name-zh': undefined } };

/** Missing fields: a blank `name-en`, in English too, shows the Chinese name alone. */
export const OnlyChineseName: Story = { tags: ['warns'], args: { 'name-en': '  ' } };

/** Missing fields: no names at all warns; the link keeps a hidden "返回首页" name. */
export const NoNames: Story = {
  tags: ['warns'],
  args: { 'name-zh': undefined, 'name-en': undefined },
};

/** Very long Chinese and English names wrap. */
export const LongNames: Story = { args: long };

/** At 320 px the names stack and wrap; the full Chinese name shows without overflow. */
export const Narrow320: Story = {
  tags: ['320px'],
  ...narrow320,
  args: long,
};

/** Tools and a navigation in a 375 px column: below 768 px the header is compact. */
const compact = {
  decorators: [
    (story: () => unknown) =>
      html`<div style="inline-size: 375px; max-inline-size: 100%">${story()}</div>`,
  ],
  parameters: {
    slotted: html`<a slot="actions" href="/search/">搜索</a>
      <button slot="actions" type="button">长者模式</button> ${navigation}`,
  },
};

/**
 * At 375 px the names and a 菜单 / Menu button share one row (at most 120 px tall); the tools,
 * the language toggle and the navigation wait behind the button, a native `<details>`, so it
 * opens by keyboard and without JavaScript.
 */
export const Compact375: Story = { ...compact, args: jinshan };

/** The compact menu opened: the tools, then the navigation, in Tab order after the button. */
export const CompactMenuOpen: Story = {
  ...compact,
  args: jinshan,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('qx-bilingual-header');
    const menu = el?.shadowRoot?.querySelector('summary');
    if (menu) await userEvent.click(menu);
    const tool = el?.querySelector('button[slot=actions]');
    await waitFor(() => expect(tool?.checkVisibility()).toBe(true));
  },
};

/**
 * A decorative `<img slot="banner" alt="">` beside the names on a wide header (never behind
 * them, so their contrast holds); hidden on a compact one.
 */
export const WithBanner: Story = {
  parameters: {
    slotted: html`<img slot="banner" src=${banner} alt="" width="600" height="100" />
      ${navigation}`,
  },
};

/**
 * The language toggle: a click fires `qx-locale-change` (see Actions), then switches every
 * component on the page; a second click switches back.
 */
export const LanguageToggle: Story = {
  play: async ({ canvasElement, step }) => {
    const el = canvasElement.querySelector<QxBilingualHeader>('qx-bilingual-header');
    const start = getLocale();
    const other = start === 'en' ? 'zh-CN' : 'en';
    // The two-language toggle leads from English to simplified Chinese, so from zh-Hant the
    // way back ends in zh-CN (three-language sites use the languages slot instead).
    const back = other === 'en' ? 'zh-CN' : 'en';
    const asked: string[] = [];
    el?.addEventListener('qx-locale-change', (e) => asked.push(e.detail.locale));
    await step(`switch to ${other}`, async () => {
      await userEvent.click(toggle(el) as HTMLElement);
      await waitFor(() => expect(getLocale()).toBe(other));
      await waitFor(() =>
        expect(primaryName(el)).toBe(other === 'en' ? chongqing['name-en'] : chongqing['name-zh']),
      );
    });
    await step(`switch back to ${back}`, async () => {
      await userEvent.click(toggle(el) as HTMLElement);
      await waitFor(() => expect(getLocale()).toBe(back));
    });
    await expect(asked).toEqual([other, back]);
    await setLocale(start); // leave the toolbar's language as it was
  },
};

/** A page that handles the switch itself cancels `qx-locale-change`: nothing changes. */
export const CancelledToggle: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<QxBilingualHeader>('qx-bilingual-header');
    const start = getLocale();
    let cancelled = 0;
    el?.addEventListener('qx-locale-change', (e) => (e.preventDefault(), cancelled++));
    await userEvent.click(toggle(el) as HTMLElement);
    // The header switches (or not) within the click, after the event: once the event has come
    // and the header has re-rendered, a switch would show.
    await expect(cancelled).toBe(1);
    await el?.updateComplete;
    await expect(getLocale()).toBe(start);
  },
};

/**
 * Three languages: the `languages` slot holds links to this page in each edition (with
 * `hide-toggle`). A click fires `qx-locale-change` with the link's `hreflang`; this story
 * cancels it and switches in place instead of navigating, then switches back.
 */
export const ThreeLanguages: Story = {
  name: 'Three languages',
  args: { 'hide-toggle': true },
  render: (args, context) =>
    withLanguages(args, languageLinks(resolveLocale(String(context.globals.locale))), (e) => {
      e.preventDefault();
      for (const a of (e.target as HTMLElement).querySelectorAll('[slot=languages] a')) {
        const here = resolveLocale((a as HTMLAnchorElement).hreflang) === e.detail.locale;
        if (here) a.setAttribute('aria-current', 'page');
        else a.removeAttribute('aria-current');
      }
      void setLocale(e.detail.locale);
    }),
  play: switchesThrough((locale) => `a[hreflang=${locale}]`, ['aria-current', 'page']),
};

/**
 * Three languages on a site with one edition: buttons with a `value` in the `languages` slot
 * switch in place, as the toggle does (the current one is `aria-pressed="true"`).
 */
export const ThreeLanguagesInPlace: Story = {
  name: 'Three languages, in place',
  args: { 'hide-toggle': true },
  render: (args, context) => {
    const current = resolveLocale(String(context.globals.locale));
    const buttons = html`${visuallyHiddenStyle}
      <div slot="languages" role="group" aria-label=${groupLabel[current]}>
        ${editions.map(
          ([locale, , short, full]) =>
            html`<button
              type="button"
              value=${locale}
              lang=${langOf(locale)}
              aria-pressed=${String(locale === current)}
            >
              ${short}<span class="visually-hidden"> ${full}</span>
            </button>`,
        )}
      </div>`;
    return withLanguages(args, buttons, (e) => {
      for (const button of (e.target as HTMLElement).querySelectorAll('button[value]')) {
        const here = resolveLocale((button as HTMLButtonElement).value) === e.detail.locale;
        button.setAttribute('aria-pressed', String(here));
      }
    });
  },
  play: switchesThrough((locale) => `button[value=${locale}]`, ['aria-pressed', 'true']),
};
