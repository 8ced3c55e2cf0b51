import { html, type TemplateResult } from 'lit';
import { langOf, type Locale } from '@qiaoxin/i18n';
import type { PageContext } from './parts.js';
import { searchBundleOf, urlOf } from './routes.js';
import { siteText } from './strings.js';

/**
 * The search page: the results of `?q=` for readers with JavaScript; for the rest, the form
 * (which leads back here) and the way to every article that needs no script.
 */
export function search({ site, locale }: PageContext): TemplateResult {
  return html`<h1>${siteText(locale, 'search')}</h1>
    <qx-search
      lang=${langOf(locale)}
      full-page
      action=${urlOf(site, locale, '/search/')}
      bundle-path=${searchBundleOf(site)}
    ></qx-search>
    <p class="no-script">${siteText(locale, 'searchNoScript')}</p>
    <p>
      ${siteText(locale, 'searchSitemap')}
      <a href=${urlOf(site, locale, '/sitemap/')}>${siteText(locale, 'sitemap')}</a>
    </p>`;
}

export function notFound({ site, locale }: PageContext): TemplateResult {
  const other: Locale = locale === 'en' ? 'zh-CN' : 'en';
  return html`<h1>${siteText(locale, 'notFoundTitle')}</h1>
    <p>${siteText(locale, 'notFoundText')}</p>
    <p><a href=${urlOf(site, locale, '/')}>${siteText(locale, 'notFoundHome')}</a></p>
    <p lang=${langOf(other)}>
      ${siteText(other, 'notFoundText')}
      <a href=${urlOf(site, other, '/')}>${siteText(other, 'notFoundHome')}</a>
    </p>`;
}
