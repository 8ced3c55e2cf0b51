import { html, type TemplateResult } from 'lit';
import type { Page } from '../site/types.js';
import { article, document } from './article.js';
import { home } from './home.js';
import { list, sitemap, topicPage } from './lists.js';
import { yearPage } from './archive.js';
import type { PageContext } from './parts.js';
import { localeText, type Route } from './routes.js';
import { notFound, search } from './service-pages.js';
import { statement } from './statement.js';
import { siteText } from './strings.js';

/** The `<main>` content of a route, and the page's own title for `<h1>` and `<title>`. */
export function content(ctx: PageContext, route: Route): { title: string; main: TemplateResult } {
  const { site, locale } = ctx;
  const t = (key: Parameters<typeof siteText>[1], values?: Record<string, string | number>) =>
    siteText(locale, key, values);
  switch (route.kind) {
    case 'home':
      return { title: localeText(locale, site.config.name), main: home(ctx) };
    case 'about': {
      const about = site.about as Page;
      const title = locale === 'en' && about.lang !== 'en' ? t('about') : about.title;
      return { title, main: document(ctx, about, html`<h1>${about.title}</h1>`) };
    }
    case 'article':
      return { title: route.article.title, main: article(ctx, route.article, route.category) };
    case 'list': {
      const name = localeText(locale, route.category);
      const title = route.page > 1 ? t('listTitle', { category: name, page: route.page }) : name;
      return { title, main: list(ctx, route, title) };
    }
    case 'year': {
      const name = t('yearTitle', {
        category: localeText(locale, route.category),
        year: route.year,
      });
      const title = route.page > 1 ? t('listTitle', { category: name, page: route.page }) : name;
      return { title, main: yearPage(ctx, route, title) };
    }
    case 'topic': {
      const name = localeText(locale, route.topic);
      const title = route.page > 1 ? t('listTitle', { category: name, page: route.page }) : name;
      return { title, main: topicPage(ctx, route, title) };
    }
    case 'sitemap':
      return { title: t('sitemap'), main: sitemap(ctx, route) };
    case 'accessibility':
      return { title: t('accessibility'), main: statement(ctx) };
    case 'search':
      return { title: t('search'), main: search(ctx) };
    case 'not-found':
      return { title: t('notFoundTitle'), main: notFound(ctx) };
  }
}
