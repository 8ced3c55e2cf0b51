import { html, nothing, type TemplateResult } from 'lit';
import { langOf, type Locale } from '@qiaoxin/i18n';
import type { Site } from '../site/types.js';
import { localeText, urlOf } from './routes.js';
import { siteText } from './strings.js';
import { serviceLinks } from './footer-links.js';
import { bannerImage, footerExtras } from './media.js';
import { renderedAround, renderedOnce } from './raw-html.js';

type NavItem = Site['config']['nav'][number];

/** What the chrome needs to know about the page it surrounds. */
export interface ChromeContext {
  site: Site;
  locale: Locale;
  /** Site-relative path of the page (`/llxx/five-year-review/`), the same in both languages. */
  path: string;
  /** The same page in each edition of the site, this one included; absent on the 404 page. */
  editions?: Partial<Record<Locale, string>>;
  /** The site's search page (the form's target without JavaScript) and Pagefind bundle. */
  search?: { page: string; bundle: string };
  /** The logo's URL in the output and its intrinsic size, so it never shifts the layout. */
  logo?: { src: string; width: number; height: number };
  /** The header banner and the WeChat QR code (site.config.json), published with their sizes. */
  banner?: { src: string; width?: number; height?: number };
  wechat?: { src: string; width?: number; height?: number };
}

/** Header (skip link first) with navigation, `<main>` around `content`, footer. */
export function layout(ctx: ChromeContext, content: TemplateResult): TemplateResult {
  return html`${header(ctx)}
    <main id="main" tabindex="-1" data-pagefind-body>${content}</main>
    ${footer(ctx)}`;
}

/** The short label of each edition in the switch: every language names itself. */
const shortNames: Record<Locale, string> = { 'zh-CN': '简', 'zh-Hant': '繁', en: 'EN' };
const fullNames = { 'zh-CN': 'simplified', 'zh-Hant': 'traditional', en: 'english' } as const;

/**
 * 简 | 繁 | EN: a link to the page in every edition, the current one marked. The full name
 * follows the short label for screen readers, so the accessible name starts with what is
 * seen (WCAG 2.5.3). Sites with two editions use the header's own toggle instead.
 */
function languageSwitch(locale: Locale, editions: Partial<Record<Locale, string>>) {
  return html`<nav slot="languages" class="languages" aria-label=${siteText(locale, 'languages')}>
    ${Object.entries(editions).map(([key, href]) => {
      const edition = key as Locale;
      const lang = langOf(edition);
      return html`<a
        href=${href}
        hreflang=${lang}
        lang=${lang}
        aria-current=${edition === locale ? 'page' : nothing}
        ><span>${shortNames[edition]}</span
        ><span class="visually-hidden"> ${siteText(edition, fullNames[edition])}</span></a
      >`;
    })}
  </nav>`;
}

/**
 * The header. Its elements are alike on every page of an edition but for the navigation's
 * mark of the current section and the language switch's links to this very page: rendered once
 * per edition and mark (raw-html.ts), with each page's own switch put in (a fifth of rendering
 * a page was the header's elements, rendered anew for each). On a site with two editions the
 * header links each page's other edition itself, so it is rendered for each page.
 */
function header(ctx: ChromeContext): unknown {
  const { site, locale, path, editions = {}, logo, banner, search } = ctx;
  const here = urlOf(site, locale, path);
  const home = urlOf(site, locale, '/');
  const count = Object.keys(editions).length;
  const alternate = count === 2 ? editions[locale === 'en' ? 'zh-CN' : 'en'] : undefined;
  const nav = site.config.nav.map(({ href, ...label }) => {
    const url = /^https?:/i.test(href) ? href : urlOf(site, locale, href);
    return { url, label, current: current(url, here, home) };
  });
  const languages = count > 2 ? () => languageSwitch(locale, editions) : undefined;
  const template = (switchHere: unknown) =>
    headerTemplate(ctx, { home, alternate, nav, languages: switchHere });
  if (alternate) return template(languages?.() ?? nothing);
  const marks = nav.map((item) => item.current ?? '-').join(' ');
  const key = `header ${locale} ${count} ${marks} ${search?.page} ${search?.bundle} ${logo?.src} ${banner?.src}`;
  return languages
    ? renderedAround(site, key, (hole) => template(hole), languages)
    : renderedOnce(site, key, () => template(nothing));
}

/** What a page's header shows besides its edition's chrome. */
interface HeaderParts {
  home: string;
  alternate: string | undefined;
  nav: { url: string; label: Omit<NavItem, 'href'>; current: string | undefined }[];
  /** The language switch, or a hole for it. */
  languages: unknown;
}

function headerTemplate(ctx: ChromeContext, parts: HeaderParts): TemplateResult {
  const { site, locale, logo, banner } = ctx;
  const { name } = site.config;
  // The skip link sits inside the banner landmark, so no content is outside a landmark: axe
  // only exempts it when it precedes the first link in the same tree, and that one is in a
  // shadow root. It is still the first thing Tab reaches.
  return html`<header class="site-header">
    <a class="skip-link" href="#main">${siteText(locale, 'skipLink')}</a>
    <qx-bilingual-header
      lang=${langOf(locale)}
      name-zh=${name.zh}
      name-en=${name.en}
      href=${parts.home}
      alternate-href=${parts.alternate ?? nothing}
      ?hide-toggle=${!parts.alternate}
    >
      ${parts.languages} ${bannerImage(banner)}
      ${
        logo
          ? html`<img
              slot="logo"
              src=${logo.src}
              alt=""
              width=${logo.width}
              height=${logo.height}
            />`
          : nothing
      }
      ${headerActions(ctx)}
      <qx-site-nav lang=${langOf(locale)}>
        ${parts.nav.map(
          ({ url, label, current }) =>
            html`<a href=${url} aria-current=${current ?? nothing}
              >${localeText(locale, label)}</a
            >`,
        )}
      </qx-site-nav>
    </qx-bilingual-header>
  </header>`;
}

/**
 * The search field, elder mode and the toolbar: alike on every page of an edition (the search
 * page leaves the field out), so rendered once per edition (raw-html.ts).
 */
function headerActions({ site, locale, search }: ChromeContext) {
  const lang = langOf(locale);
  return renderedOnce(site, `actions ${locale} ${search?.page} ${search?.bundle}`, () => {
    return html`${
        search
          ? html`<qx-search
              lang=${lang}
              slot="actions"
              action=${search.page}
              bundle-path=${search.bundle}
            ></qx-search>`
          : nothing
      }
      <qx-elder-mode slot="actions" lang=${lang}></qx-elder-mode>
      <qx-a11y-toolbar slot="actions" lang=${lang}></qx-a11y-toolbar>`;
  });
}

/**
 * Written into the HTML rather than left to `<qx-site-nav current>`, so the mark is there
 * without JavaScript: the page itself, or the section it is in (never "home" for a sub-page).
 */
function current(link: string, here: string, home: string): 'page' | 'true' | undefined {
  if (link === here) return 'page';
  const section = link.replace(/[?#].*$/, '');
  return section !== home && section.endsWith('/') && here.startsWith(section) ? 'true' : undefined;
}

/** The footer: the same on every page of an edition, so rendered once per edition. */
function footer(ctx: ChromeContext): unknown {
  const { site, locale, wechat } = ctx;
  return renderedOnce(site, `footer ${locale} ${wechat?.src}`, () => footerTemplate(ctx));
}

function footerTemplate({ site, locale, wechat }: ChromeContext): TemplateResult {
  const f = site.config.footer;
  const text = (value?: { zh: string; en?: string | undefined }) =>
    value ? localeText(locale, value) : nothing;
  return html`<footer class="site-footer">
    ${footerExtras(site, locale, wechat)}
    <qx-site-footer
      lang=${langOf(locale)}
      organiser=${text(f.organiser)}
      address=${text(f.address)}
      phone=${f.phone ?? nothing}
      email=${f.email ?? nothing}
      icp=${f.icp ?? nothing}
      police=${f.police ?? nothing}
      site-code=${f.siteCode ?? nothing}
    >
      <a href=${urlOf(site, locale, '/sitemap/')}>${siteText(locale, 'sitemap')}</a>
      ${
        site.about
          ? html`<a href=${urlOf(site, locale, '/about/')}>${siteText(locale, 'about')}</a>`
          : nothing
      }
      ${serviceLinks(site, locale)}
    </qx-site-footer>
  </footer>`;
}
