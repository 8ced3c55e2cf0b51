/**
 * The built-in zh-Hant strings are generated from the zh-CN ones (scripts/zh-hant.js: OpenCC,
 * cn→tw, Taiwan character forms, the conversion site-kit uses for its zh-hant/ pages). These
 * are the strings that need a hand-made traditional form instead, each with why; the build
 * refuses an entry for a key that does not exist, or one OpenCC would give anyway. Keep it short.
 */
export const zhHantOverrides: Readonly<Record<string, string>> = {
  // Taiwan vocabulary where the converted mainland word reads as foreign.
  'siteFooter.email': '電子郵件', // not 郵箱
  'siteNav.menu': '選單', // not 菜單 (a menu of dishes)
  'stat.noValue': '暫無資料', // not 暫無數據
  'linkGroups.label': '友情連結', // Taiwan sites say 連結 for a link, not 鏈接
  // <qx-search> says 搜尋 (Taiwan's word for search), 找不到 and 「」 quotes throughout.
  'search.label': '搜尋',
  'search.placeholder': '搜尋本站',
  'search.submit': '搜尋',
  'search.results': '搜尋結果',
  'search.empty': '找不到與「{{query}}」相關的內容',
  'search.unavailable': '站內搜尋暫時無法使用，請稍後再試',
  'search.loading': '正在搜尋…',
};
