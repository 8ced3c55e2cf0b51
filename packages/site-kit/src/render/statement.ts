import { html, nothing, type TemplateResult } from 'lit';
// The shortcut the statement names comes from the component that listens for it.
import { a11yToolbarShortcut as toolbarShortcut } from '@qiaoxin/components/a11y-toolbar/apply.js';
import { langOf } from '@qiaoxin/i18n';
import { editionsOf } from '../site/editions.js';
import { errorReportOf } from './footer-links.js';
import type { PageContext } from './parts.js';
import { localeText } from './routes.js';
import { siteText } from './strings.js';
import { statementText, type StatementKey } from './statement-strings.js';

const toolKeys: StatementKey[] = [
  'toolScale',
  'toolColours',
  'toolCursor',
  'toolGuide',
  'toolCaption',
  'toolVoice',
  'toolReset',
];
const keyKeys: StatementKey[] = ['keyTab', 'keyEnter', 'keySkip', 'keyToolbar'];
const standardKeys: StatementKey[] = ['standardMiit', 'standardGb', 'standardWcag'];
const editionNames = { 'zh-CN': 'simplified', 'zh-Hant': 'traditional', en: 'english' } as const;

/**
 * 无障碍说明 / Accessibility: what the site offers and how to reach it, written from the site's
 * configuration (its name, editions, error-report address, email and phone), so every site and
 * edition states what it really has.
 */
export function statement({ site, locale }: PageContext): TemplateResult {
  const t = (key: StatementKey) =>
    statementText(locale, key, {
      site: localeText(locale, site.config.name),
      shortcut: toolbarShortcut,
    });
  const list = (keys: StatementKey[]) =>
    html`<ul>
      ${keys.map((key) => html`<li>${t(key)}</li>`)}
    </ul>`;
  const { email, phone } = site.config.footer;
  const report = errorReportOf(site, locale);
  const editions = editionsOf(site.config).map(
    (l) => html`<span lang=${langOf(l)}>${siteText(l, editionNames[l])}</span>`,
  );
  const [before = '', after = ''] = statementText(locale, 'editionsText', {
    editions: '\u0000',
  }).split('\u0000');
  const separator = statementText(locale, 'listSeparator');
  return html`<h1>${siteText(locale, 'accessibility')}</h1>
    <p>${t('intro')}</p>
    <h2>${t('toolsHeading')}</h2>
    <p>${t('toolsIntro')}</p>
    ${list(toolKeys)}
    <p>${t('toolsKept')}</p>
    <h2>${t('elderHeading')}</h2>
    <p>${t('elderText')}</p>
    <h2>${t('articleHeading')}</h2>
    <p>${t('articleText')}</p>
    <h2>${t('keysHeading')}</h2>
    ${list(keyKeys)}
    <p>${before}${editions.map((e, i) => html`${i ? separator : ''}${e}`)}${after}</p>
    <h2>${t('standardsHeading')}</h2>
    ${list(standardKeys)}
    <h2>${t('reportHeading')}</h2>
    <p>${t('reportText')}</p>
    <ul>
      ${report ? html`<li><a href=${report}>${siteText(locale, 'errorReport')}</a></li>` : nothing}
      ${email ? html`<li>${t('reportEmail')}<a href=${`mailto:${email}`}>${email}</a></li>` : nothing}
      ${phone ? html`<li>${t('reportPhone')}${phone}</li>` : nothing}
    </ul>`;
}
