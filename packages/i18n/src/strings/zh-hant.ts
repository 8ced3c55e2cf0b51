import type { builtInStrings } from './index.js';

type Group = (typeof builtInStrings)[number];

/**
 * The zh-Hant strings of every built-in group, keyed by group, with exactly the keys of that
 * group's zh-CN record: a missing or extra key (or group) is a type error.
 */
export type ZhHantStrings = {
  readonly [G in Group as G['group']]: { readonly [K in keyof G['zh-CN']]: string };
};

/**
 * Traditional characters (Taiwan forms), for zh-Hant, zh-TW, zh-HK and zh-MO pages: OpenCC
 * cn→tw of each zh-CN string, except those listed in ../traditional.test.ts.
 *
 * Every group's zh-Hant record lives here, not in the group's own module, so an element's
 * bundle carries only zh-CN and en (each element has a 3 KB budget). This module is loaded on
 * demand by setLocale('zh-Hant') and by pages that start in zh-Hant (a chunk of its own in any
 * bundler), or statically through `@qiaoxin/i18n/zh-hant.js`; ../zh-hant.ts registers it.
 */
export const zhHantStrings = {
  articleMeta: {
    published: '發佈時間',
    updated: '更新時間',
    author: '作者',
    source: '來源',
    views: '瀏覽次數',
    labelSuffix: ':',
    separator: '  ',
  },
  breadcrumbs: { label: '您的當前位置:' },
  elderMode: { label: '長者模式', on: '已開啟長者模式', off: '已關閉長者模式' },
  // The two-language toggle of a traditional page leads to English, as the simplified one's does.
  header: {
    switchLabel: 'EN',
    switchLabelLang: 'en',
    switchTo: '切換到英文版',
    home: '返回首頁',
  },
  newsList: { empty: '暫無內容' },
  pagination: {
    label: '分頁',
    previous: '上一頁',
    next: '下一頁',
    page: '第{{page}}頁',
    status: '第{{page}}頁，共{{total}}頁',
  },
  sectionHeading: { more: '更多' },
  siteFooter: {
    organiser: '主辦單位',
    address: '地址',
    phone: '電話',
    email: '電子郵件',
    icp: 'ICP備案號',
    police: '公安備案號',
    siteCode: '網站標識碼',
    labelSuffix: ':',
  },
  siteNav: { label: '主導航', menu: '選單' },
  stat: {
    about: '約{{value}}',
    nearly: '近{{value}}',
    over: '{{value}}餘',
    empty: '—',
    noValue: '暫無資料',
  },
  search: {
    label: '搜尋',
    placeholder: '搜尋本站',
    submit: '搜尋',
    results: '搜尋結果',
    count_one: '找到{{count}}個結果',
    count_other: '找到{{count}}個結果',
    empty: '找不到與「{{query}}」相關的內容',
    unavailable: '站內搜尋暫時無法使用，請稍後再試',
    all: '查看全部結果',
    loading: '正在搜尋…',
  },
} as const satisfies ZhHantStrings;
