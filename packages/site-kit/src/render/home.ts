import { html, nothing, type TemplateResult } from 'lit';
import {
  articlesOrNone,
  contentLang,
  sectionHeading,
  statGroup,
  type PageContext,
} from './parts.js';
import { listPath, localeText, urlOf } from './routes.js';
import { siteText } from './strings.js';

/** The home page: the newest article as the highlight, the site's figures, every category. */
export function home(ctx: PageContext): TemplateResult {
  const { site, locale } = ctx;
  const [lead] = site.articles;
  return html`<h1 class="visually-hidden">${localeText(locale, site.config.name)}</h1>
    ${
      lead
        ? html`<section class="highlight">
            ${sectionHeading(locale, siteText(locale, 'highlight'), siteText(locale, 'highlightCaption'))}
            <div class="lead" lang=${contentLang(locale, lead.lang)}>
              <h3><a href=${urlOf(site, locale, lead.path)}>${lead.title}</a></h3>
              ${lead.subtitle ? html`<p class="subtitle">${lead.subtitle}</p>` : nothing}
              ${lead.summary ? html`<p>${lead.summary}</p>` : nothing}
            </div>
          </section>`
        : nothing
    }
    ${(site.config.home?.stats ?? []).map((group) => statGroup(ctx, group))}
    ${site.categories.map(
      (category) =>
        html`<section class="category">
          ${sectionHeading(
            locale,
            localeText(locale, category),
            locale === 'en' ? undefined : category.en.toUpperCase(),
            urlOf(site, locale, listPath(category.id, 1)),
          )}
          ${articlesOrNone(
            ctx,
            site.articles.filter((a) => a.category === category.id).slice(0, 5),
          )}
        </section>`,
    )}`;
}
