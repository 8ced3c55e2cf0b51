import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@qiaoxin/i18n';
import type { Site } from '../site/types.js';
import { accessibilityPath, localeText, urlOf } from './routes.js';
import { siteText } from './strings.js';

/**
 * Where 「我要纠错」 leads: the configured address (the schema allows only https?: and mailto:),
 * else a mail to the footer's address with a subject naming the site, else nowhere (no link).
 */
export function errorReportOf(site: Site, locale: Locale): string | undefined {
  const { errorReport, email } = site.config.footer;
  if (errorReport) return errorReport;
  if (!email?.trim()) return undefined;
  const subject = siteText(locale, 'errorReportSubject', {
    site: localeText(locale, site.config.name),
  });
  return `mailto:${encodeURI(email.trim())}?subject=${encodeURIComponent(subject)}`;
}

/**
 * The footer's service links after 网站地图 and 简介: 我要纠错 and 无障碍说明, the two
 * 《政府网站发展指引》 and the MIIT specification expect on every page.
 */
export function serviceLinks(site: Site, locale: Locale): TemplateResult {
  const report = errorReportOf(site, locale);
  return html`${report ? html`<a href=${report}>${siteText(locale, 'errorReport')}</a>` : nothing}
    <a href=${urlOf(site, locale, accessibilityPath)}>${siteText(locale, 'accessibility')}</a>`;
}
