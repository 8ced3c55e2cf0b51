import { html, nothing, type TemplateResult } from 'lit';
import { homeNotices, isNotice, noticeSections } from '../site/notices.js';
import type { Category } from './routes.js';
import { noticeList, photoNews, photoNewsOf, topicBanner } from './blocks.js';
import {
  articlesOrNone,
  contentLang,
  sectionHeading,
  statGroup,
  type PageContext,
} from './parts.js';
import { listPath, localeText, urlOf } from './routes.js';
import { siteText } from './strings.js';

/**
 * The home page, in blocks that each appear only when the site has something for them (the
 * grid is in styles/home.css): at the top the headline (photo news and the newest article)
 * beside the notices, then the sections' latest articles, the topics' banners, the figures.
 * Friendly links (友情链接) belong last, as `<section class="home-links">`.
 */
export function home(ctx: PageContext): TemplateResult {
  const { site, locale } = ctx;
  const news = site.articles.filter((a) => !isNotice(site, a));
  const blocks = [top(ctx, news), sections(ctx, news), topics(ctx), figures(ctx)];
  return html`<h1 class="visually-hidden">${localeText(locale, site.config.name)}</h1>
    <div class="home">${blocks}</div>`;
}

/** The headline column and the notices column; one fills the row when the other is absent. */
function top(ctx: PageContext, news: PageContext['site']['articles']) {
  const { site, locale } = ctx;
  const photos = photoNewsOf(ctx, news);
  const [lead] = news;
  const notices = noticeSections(site)
    .map((category) => ({ category, items: homeNotices(site, category.id) }))
    .filter((n) => n.items.length);
  const headline =
    photos.length || lead
      ? html`<div class="home-headline">
          ${
            photos.length
              ? html`<section class="home-photos">
                  ${sectionHeading(locale, siteText(locale, 'photoNews'), siteText(locale, 'photoNewsCaption'))}
                  ${photoNews(ctx, photos)}
                </section>`
              : nothing
          }
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
        </div>`
      : nothing;
  if (headline === nothing && !notices.length) return nothing;
  return html`<div class="home-top">
    ${headline}
    ${notices.map(
      ({ category, items }) =>
        html`<section class="home-notices">
          ${heading(ctx, category)} ${noticeList(ctx, items)}
        </section>`,
    )}
  </div>`;
}

function topics(ctx: PageContext) {
  const { site, locale } = ctx;
  if (!site.topics.length) return nothing;
  return html`<section class="home-topics">
    ${sectionHeading(locale, siteText(locale, 'topics'), siteText(locale, 'topicsCaption'))}
    <div class="topic-banners">${site.topics.map((topic) => topicBanner(ctx, topic))}</div>
  </section>`;
}

/** Each articles section with its five newest; notices sections have their own block. */
function sections(ctx: PageContext, news: PageContext['site']['articles']) {
  const { site } = ctx;
  const own = site.categories.filter((c) => c.kind !== 'notices');
  if (!own.length) return nothing;
  return html`<div class="home-sections">
    ${own.map(
      (category) =>
        html`<section class="category">
          ${heading(ctx, category)}
          ${articlesOrNone(ctx, news.filter((a) => a.category === category.id).slice(0, 5))}
        </section>`,
    )}
  </div>`;
}

function figures(ctx: PageContext) {
  const groups = (ctx.site.config.home?.stats ?? []).filter((id) => ctx.site.stats[id]);
  if (!groups.length) return nothing;
  return html`<div class="home-figures">${groups.map((group) => statGroup(ctx, group))}</div>`;
}

/** A section's heading: its name, its English name as the caption, a link to its list. */
function heading({ site, locale }: PageContext, category: Category) {
  return sectionHeading(
    locale,
    localeText(locale, category),
    locale === 'en' ? undefined : category.en.toUpperCase(),
    urlOf(site, locale, listPath(category.id, 1)),
  );
}
