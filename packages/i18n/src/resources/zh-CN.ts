/** Built-in strings in Simplified Chinese, the default and fallback language. */
export const zhCN = {
  breadcrumbs: {
    label: '您的当前位置:',
  },
  articleMeta: {
    published: '发布时间',
    updated: '更新时间',
    author: '作者',
    source: '来源',
    views: '浏览次数',
    labelSuffix: ':',
    separator: '  ',
  },
  stat: {
    about: '约{{value}}',
    nearly: '近{{value}}',
    over: '{{value}}余',
    empty: '—',
    noValue: '暂无数据',
  },
  header: {
    switchLabel: 'EN',
    switchLabelLang: 'en',
    switchTo: '切换到英文版',
    home: '返回首页',
  },
};

/** The shape every language's resources follow. */
export type Resources = typeof zhCN;
