// Helpers of the <qx-bilingual-header> stories (qx-bilingual-header.stories.ts): their
// arguments, content and play functions. Not a stories file, so it adds no story.
import type { StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { getLocale, langOf, type Locale } from '@qiaoxin/i18n';
import type { QxBilingualHeader, QxLocaleChangeDetail } from '../bilingual-header.js';
import { visuallyHiddenStyle } from '../test-utils/visually-hidden.js';

export interface Args {
  'name-zh'?: string;
  'name-en'?: string;
  href?: string;
  'alternate-href'?: string;
  'hide-toggle'?: boolean;
  onQxLocaleChange?: (event: CustomEvent<QxLocaleChangeDetail>) => void;
}

// A stand-in emblem: the federations' real emblems are the sites' own files.
export const emblem =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><circle cx="24" cy="24" r="22" fill="#c8102e"/><circle cx="24" cy="24" r="15" fill="none" stroke="#fff" stroke-width="3"/><path d="M24 13l3 7h7l-6 4 2 8-6-5-6 5 2-8-6-4h7z" fill="#ffd700"/></svg>',
  );

// A stand-in banner (a federation's would be a photograph or artwork from its site folder).
export const banner =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 100"><rect width="600" height="100" fill="#f3e3c3"/><path d="M0 80q150-60 300 0t300 0v20H0z" fill="#c8102e" opacity=".25"/></svg>',
  );

export const chongqing = {
  'name-zh': '重庆市归国华侨联合会',
  'name-en': 'Chongqing Federation of Returned Overseas Chinese',
};
export const jinshan = {
  'name-zh': '上海市金山区归国华侨联合会',
  'name-en': 'Jinshan District Federation of Returned Overseas Chinese',
};

export const navigation = html`
  <nav aria-label="栏目">
    <a href="/">首页</a> <a href="/llxx/">理论学习</a> <a href="/qjfw/">侨界服务</a>
    <a href="/hwly/">海外联谊</a>
  </nav>
`;

export const toggle = (el: QxBilingualHeader | null) =>
  el?.shadowRoot?.querySelector<HTMLElement>('[part~=toggle]') ?? null;
export const primaryName = (el: QxBilingualHeader | null) =>
  el?.shadowRoot?.querySelector('[part~=name-primary]')?.textContent ?? '';

export type Story = StoryObj<Args>;

export const long = {
  'name-zh': '中华人民共和国重庆市渝中区解放碑街道归国华侨联合会暨海外侨胞联谊服务中心',
  'name-en':
    'Jiefangbei Sub-district, Yuzhong District, Chongqing Municipality Federation of Returned Overseas Chinese and Overseas Chinese Friendship Service Centre',
};

export const editions: [Locale, string, string, string][] = [
  ['zh-CN', '/about/', '简', '简体中文'],
  ['zh-Hant', '/zh-hant/about/', '繁', '繁體中文'],
  ['en', '/en/about/', 'EN', 'English'],
];

export const groupLabel: Record<Locale, string> = {
  'zh-CN': '语言',
  'zh-Hant': '語言',
  en: 'Language',
};

/** 简 | 繁 | EN, as site-kit writes it: short visible labels, each with its full name hidden. */
export const languageLinks = (current: Locale) => html`
  ${visuallyHiddenStyle}
  <nav slot="languages" aria-label=${groupLabel[current]}>
    ${editions.map(
      ([locale, href, short, full], i) =>
        html`${i ? ' | ' : ''}<a
            href=${href}
            hreflang=${locale}
            lang=${langOf(locale)}
            aria-current=${ifDefined(locale === current ? 'page' : undefined)}
            >${short}<span class="visually-hidden"> ${full}</span></a
          >`,
    )}
  </nav>
`;

/** The header with `languages` in its slot; `onChange` sees each qx-locale-change. */
export const withLanguages = (
  args: Args,
  languages: TemplateResult,
  onChange: (e: CustomEvent<QxLocaleChangeDetail>) => void,
) =>
  html`<qx-bilingual-header
    name-zh=${ifDefined(args['name-zh'])}
    name-en=${ifDefined(args['name-en'])}
    href=${ifDefined(args.href)}
    ?hide-toggle=${args['hide-toggle']}
    @qx-locale-change=${(e: CustomEvent<QxLocaleChangeDetail>) => {
      args.onQxLocaleChange?.(e);
      onChange(e);
    }}
  >
    <img slot="logo" src=${emblem} alt="" />
    ${languages} ${navigation}
  </qx-bilingual-header>`;

/**
 * A play function: uses the control for another language, checks the switch and that the
 * control is marked current (`mark`: attribute and value), then switches back.
 */
export const switchesThrough =
  (selector: (locale: Locale) => string, mark: [string, string]): Story['play'] =>
  async ({ canvasElement, step }) => {
    const start = getLocale();
    const control = (locale: Locale) =>
      canvasElement.querySelector(selector(locale)) as HTMLElement;
    const target = start === 'zh-Hant' ? 'en' : 'zh-Hant';
    await step(`click ${target}`, async () => {
      await userEvent.click(control(target));
      await waitFor(() => expect(getLocale()).toBe(target));
      await expect(control(target).getAttribute(mark[0])).toBe(mark[1]);
      await expect(location.pathname).not.toContain('/about/'); // no navigation
    });
    await step(`back to ${start}`, async () => {
      await userEvent.click(control(start));
      await waitFor(() => expect(getLocale()).toBe(start));
    });
  };
