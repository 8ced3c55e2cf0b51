import { i18n, registerStrings, type Locale, type Strings } from '@qiaoxin/i18n';

/** The portal chrome's own strings: everything site-kit writes that is not content. */
export const siteStrings = {
  group: 'site',
  'zh-CN': {
    skipLink: '跳到主要内容',
    home: '首页',
    article: '正文',
    about: '简介',
    latest: '最新动态',
    latestCaption: 'LATEST',
    highlight: '要闻',
    highlightCaption: 'HIGHLIGHTS',
    readMore: '阅读全文：{{title}}',
    contents: '本文目录',
    sourceNote: '来源',
    zhOnly: '',
    pageTitle: '{{title}}_{{site}}',
    listTitle: '{{category}}（第{{page}}页）',
    notFoundTitle: '页面不存在',
    notFoundText: '您访问的页面不存在或已被移动。',
    notFoundHome: '返回首页',
    sitemap: '网站地图',
    sitemapText: '本站所有栏目和文章。',
    categories: '栏目',
    articles: '文章',
    noArticles: '本栏目暂无文章。',
    logoAlt: '{{site}}标志',
  },
  en: {
    skipLink: 'Skip to main content',
    home: 'Home',
    article: 'Article',
    about: 'About',
    latest: 'Latest',
    latestCaption: '',
    highlight: 'Highlights',
    highlightCaption: '',
    readMore: 'Read the article: {{title}}',
    contents: 'Contents',
    sourceNote: 'Source',
    zhOnly: 'This article is available in Chinese only.',
    pageTitle: '{{title}} - {{site}}',
    listTitle: '{{category}} (page {{page}})',
    notFoundTitle: 'Page not found',
    notFoundText: 'The page you asked for does not exist or has moved.',
    notFoundHome: 'Back to the home page',
    sitemap: 'Site map',
    sitemapText: 'Every section and article of this site.',
    categories: 'Sections',
    articles: 'Articles',
    noArticles: 'There are no articles in this section yet.',
    logoAlt: '{{site}} emblem',
  },
} as const satisfies Strings;

registerStrings(siteStrings);

export type SiteStringKey = keyof (typeof siteStrings)['zh-CN'];

/** A chrome string in `locale`, through the same i18next instance the components use. */
export function siteText(
  locale: Locale,
  key: SiteStringKey,
  values: Record<string, string | number> = {},
): string {
  return String(i18n.t(`site.${key}`, { ...values, lng: locale }));
}
