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
    sitemapText: '本站所有栏目，及各栏目按年份归档的文章。',
    categories: '栏目',
    articles: '文章',
    noArticles: '本栏目暂无文章。',
    logoAlt: '{{site}}标志',
    languages: '语言',
    simplified: '简体中文',
    traditional: '繁體中文',
    english: 'English',
    search: '站内搜索',
    searchNoScript: '搜索需要浏览器启用 JavaScript。',
    searchSitemap: '也可以在网站地图中浏览本站所有栏目和文章：',
    accessibility: '无障碍说明',
    errorReport: '我要纠错',
    errorReportSubject: '我要纠错：{{site}}',
    pageUrl: '本页网址：',
    shareQr: '本页二维码：{{url}}',
    photoNews: '图片新闻',
    photoNewsCaption: 'PHOTOS',
    topics: '专题专栏',
    topicsCaption: 'TOPICS',
    noTopicArticles: '本专题暂无文章。',
    byYear: '按年份',
    year: '{{year}}年',
    yearCount: '{{year}}年（{{count}}篇）',
    yearTitle: '{{year}}年{{category}}',
    feed: '{{title}} RSS 订阅',
  },
  // OpenCC cn→tw of zh-CN, except 搜尋 (Taiwan's word, as <qx-search> says). The three
  // language names are the same in every locale: each language names itself.
  'zh-Hant': {
    skipLink: '跳到主要內容',
    home: '首頁',
    article: '正文',
    about: '簡介',
    latest: '最新動態',
    latestCaption: 'LATEST',
    highlight: '要聞',
    highlightCaption: 'HIGHLIGHTS',
    readMore: '閱讀全文：{{title}}',
    contents: '本文目錄',
    sourceNote: '來源',
    zhOnly: '',
    pageTitle: '{{title}}_{{site}}',
    listTitle: '{{category}}（第{{page}}頁）',
    notFoundTitle: '頁面不存在',
    notFoundText: '您訪問的頁面不存在或已被移動。',
    notFoundHome: '返回首頁',
    sitemap: '網站地圖',
    sitemapText: '本站所有欄目，及各欄目按年份歸檔的文章。',
    categories: '欄目',
    articles: '文章',
    noArticles: '本欄目暫無文章。',
    logoAlt: '{{site}}標誌',
    languages: '語言',
    simplified: '简体中文',
    traditional: '繁體中文',
    english: 'English',
    search: '站內搜尋',
    searchNoScript: '搜尋需要瀏覽器啟用 JavaScript。',
    searchSitemap: '也可以在網站地圖中瀏覽本站所有欄目和文章：',
    accessibility: '無障礙說明',
    errorReport: '我要糾錯',
    errorReportSubject: '我要糾錯：{{site}}',
    pageUrl: '本頁網址：',
    shareQr: '本頁二維碼：{{url}}',
    photoNews: '圖片新聞',
    photoNewsCaption: 'PHOTOS',
    topics: '專題專欄',
    topicsCaption: 'TOPICS',
    noTopicArticles: '本專題暫無文章。',
    byYear: '按年份',
    year: '{{year}}年',
    yearCount: '{{year}}年（{{count}}篇）',
    yearTitle: '{{year}}年{{category}}',
    feed: '{{title}} RSS 訂閱',
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
    sitemapText: 'Every section of this site, and its articles by year.',
    categories: 'Sections',
    articles: 'Articles',
    noArticles: 'There are no articles in this section yet.',
    logoAlt: '{{site}} emblem',
    languages: 'Language',
    simplified: '简体中文',
    traditional: '繁體中文',
    english: 'English',
    search: 'Search this site',
    searchNoScript: 'Searching needs JavaScript to be turned on in your browser.',
    searchSitemap: 'You can also browse every section and article in the site map:',
    accessibility: 'Accessibility',
    errorReport: 'Report an error',
    errorReportSubject: 'Report an error: {{site}}',
    pageUrl: 'Address of this page: ',
    shareQr: 'QR code of this page: {{url}}',
    photoNews: 'Photo News',
    photoNewsCaption: '',
    topics: 'Special Topics',
    topicsCaption: '',
    noTopicArticles: 'There are no articles in this topic yet.',
    byYear: 'By year',
    year: '{{year}}',
    yearCount: '{{year}} ({{count}})',
    yearTitle: '{{category}}, {{year}}',
    feed: '{{title}} RSS feed',
  },
} as const satisfies Strings;

registerStrings(siteStrings);

export type SiteStringKey = keyof (typeof siteStrings)['zh-CN'];

/**
 * Chrome strings already made, by locale, key and values: a page asks for dozens, mostly the
 * same on every page, and i18next takes a few hundredths of a millisecond for each. Forgotten
 * whenever strings are added (a site's own, a language loaded late).
 */
const made = new Map<string, string>();
i18n.store.on('added', () => made.clear());

/** A chrome string in `locale`, through the same i18next instance the components use. */
export function siteText(
  locale: Locale,
  key: SiteStringKey,
  values: Record<string, string | number> = {},
): string {
  const id = `${locale}\n${key}\n${JSON.stringify(values)}`;
  let text = made.get(id);
  if (text === undefined) {
    text = String(i18n.t(`site.${key}`, { ...values, lng: locale }));
    // Bounded: values such as titles differ on every page.
    if (made.size >= 5000) made.clear();
    made.set(id, text);
  }
  return text;
}
