/**
 * The markup of the issue-17 blocks (CONTRACT-17.md): notices, photo news and topic banners.
 * Titles and intros are the elements' text content, never attributes, so hostile text stays
 * inert; dates are `YYYY-MM-DD`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { langOf } from '@qiaoxin/i18n';
import { isPinned } from '../site/notices.js';
import type { Article, Topic } from '../site/types.js';
import { contentLang, type PageContext } from './parts.js';
import { localeText, topicPath, urlOf } from './routes.js';

/** 通知公告: in the order given (see `noticeOrder`), pinned ones marked. */
export function noticeList(ctx: PageContext, notices: Article[]): TemplateResult {
  const { site, locale } = ctx;
  return html`<qx-notice-list lang=${langOf(locale)}
    >${notices.map(
      (a) =>
        html`<qx-notice-item
          href=${urlOf(site, locale, a.path)}
          date=${a.published.day}
          ?pinned=${isPinned(a, site.today)}
          attachments=${a.attachments.length || nothing}
          ><span lang=${contentLang(locale, a.lang)}>${a.title}</span></qx-notice-item
        >`,
    )}</qx-notice-list
  >`;
}

/** The most photo news items the home page shows. */
export const photoNewsCount = 5;

/**
 * 图片新闻: the newest articles whose cover the build published with its size (so its space is
 * reserved), at most five. Notices are not photo news.
 */
export function photoNewsOf(ctx: PageContext, articles: Article[]): Article[] {
  return articles.filter((a) => a.cover && ctx.images.has(a.cover)).slice(0, photoNewsCount);
}

/** A static grid, not a carousel: nothing moves, every item is a link, no JavaScript needed. */
export function photoNews(ctx: PageContext, items: Article[]): TemplateResult {
  const { site, locale, images } = ctx;
  return html`<qx-photo-news lang=${langOf(locale)}
    >${items.map((a) => {
      const cover = images.get(a.cover ?? '');
      return cover
        ? html`<qx-photo-news-item
            href=${urlOf(site, locale, a.path)}
            image=${cover.url}
            image-width=${cover.width}
            image-height=${cover.height}
            date=${a.published.day}
            ><span lang=${contentLang(locale, a.lang)}>${a.title}</span></qx-photo-news-item
          >`
        : nothing;
    })}</qx-photo-news
  >`;
}

/** A topic's banner linking to its page, with its introduction. */
export function topicBanner(ctx: PageContext, topic: Topic): TemplateResult {
  const { site, locale, images } = ctx;
  const banner = images.get(topic.banner);
  return html`<qx-topic-banner
    lang=${langOf(locale)}
    href=${urlOf(site, locale, topicPath(topic.id, 1))}
    image=${banner?.url ?? nothing}
    image-width=${banner?.width ?? nothing}
    image-height=${banner?.height ?? nothing}
    >${localeText(locale, topic)}${topicIntro(ctx, topic, 'intro')}</qx-topic-banner
  >`;
}

/** The introduction in the page's language; Chinese (and marked so) when it has no English. */
export function topicIntro({ locale }: PageContext, topic: Topic, slot?: string): TemplateResult {
  const english = locale === 'en' && topic.intro.en;
  const lang = locale === 'en' && !english ? 'zh-CN' : nothing;
  const text = english || topic.intro.zh;
  return slot
    ? html`<span slot=${slot} lang=${lang}>${text}</span>`
    : html`<p class="topic-intro" lang=${lang}>${text}</p>`;
}
