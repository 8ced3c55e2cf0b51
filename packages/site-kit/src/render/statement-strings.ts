import { i18n, registerStrings, type Locale, type Strings } from '@qiaoxin/i18n';

/**
 * The accessibility statement (无障碍说明) page: its own group beside the chrome's strings in
 * strings.ts, since it is long prose. The zh-Hant text is OpenCC cn→tw of the zh-CN text, with
 * Taiwan's words where they differ (滑鼠, 列印, 鍵盤).
 */
export const statementStrings = {
  group: 'statement',
  'zh-CN': {
    intro:
      '{{site}}希望所有人，包括老年人和残障人士，都能方便地使用本网站。本页说明本站提供的无障碍功能、键盘操作方法、遵循的标准，以及遇到障碍时如何告诉我们。',
    toolsHeading: '无障碍工具条',
    toolsIntro:
      '点击页面顶部的「无障碍」按钮，或按 {{shortcut}}，打开无障碍工具条。工具条中的每个工具都可以只用键盘操作：',
    toolScale: '页面缩放：文字和版面按 100%、125%、150%、175%、200% 放大；',
    toolColours: '配色：默认、高对比度、黄底黑字、黑底黄字；',
    toolCursor: '大鼠标：特大号的黑色或白色鼠标指针；',
    toolGuide: '十字线：跟随鼠标的阅读辅助线；',
    toolCaption: '大字幕：在页面底部用大号字显示鼠标所指或键盘焦点所在的文字；',
    toolVoice: '语音朗读：连读整篇文章（可暂停、停止、调节语速），或指读鼠标所指、焦点所在的内容；',
    toolReset: '重置和关闭。',
    toolsKept: '您的设置保存在本浏览器中，换页、切换语言或下次访问时仍然有效。',
    elderHeading: '长者模式',
    elderText: '页面顶部的「长者模式」开关一键放大文字并使用高对比度配色。',
    articleHeading: '文章工具',
    articleText:
      '每篇文章标题下方有：字号【大 中 小】、朗读全文、打印本页，以及分享（微信二维码、微博和 QQ 链接、复制链接）。打印的页面只保留文章内容，并印出本页网址。',
    keysHeading: '键盘操作',
    keyTab: 'Tab 和 Shift+Tab：在链接、按钮和输入框之间前后移动；',
    keyEnter: 'Enter 或空格键：打开链接、按下按钮；',
    keySkip: '每页的第一个链接「跳到主要内容」可以跳过导航；',
    keyToolbar: '{{shortcut}}：打开或关闭无障碍工具条。',
    editionsText: '本站提供以下语言版本：{{editions}}。',
    standardsHeading: '遵循的标准',
    standardMiit: '工业和信息化部《互联网网站适老化通用设计规范》；',
    standardGb: 'GB/T 37668-2019《信息技术 互联网内容无障碍可访问性技术要求与测试方法》；',
    standardWcag: 'W3C《Web 内容无障碍指南》（WCAG）2.1 AA 级。',
    reportHeading: '反馈无障碍问题',
    reportText: '如果您在使用本网站时遇到障碍，或发现错误，请告诉我们：',
    reportEmail: '电子邮件：',
    reportPhone: '电话：',
    listSeparator: '、',
  },
  'zh-Hant': {
    intro:
      '{{site}}希望所有人，包括老年人和身心障礙人士，都能方便地使用本網站。本頁說明本站提供的無障礙功能、鍵盤操作方法、遵循的標準，以及遇到障礙時如何告訴我們。',
    toolsHeading: '無障礙工具列',
    toolsIntro:
      '點擊頁面頂部的「無障礙」按鈕，或按 {{shortcut}}，打開無障礙工具列。工具列中的每個工具都可以只用鍵盤操作：',
    toolScale: '頁面縮放：文字和版面按 100%、125%、150%、175%、200% 放大；',
    toolColours: '配色：預設、高對比度、黃底黑字、黑底黃字；',
    toolCursor: '大滑鼠：特大號的黑色或白色滑鼠指標；',
    toolGuide: '十字線：跟隨滑鼠的閱讀輔助線；',
    toolCaption: '大字幕：在頁面底部用大號字顯示滑鼠所指或鍵盤焦點所在的文字；',
    toolVoice: '語音朗讀：連讀整篇文章（可暫停、停止、調節語速），或指讀滑鼠所指、焦點所在的內容；',
    toolReset: '重設和關閉。',
    toolsKept: '您的設定儲存在本瀏覽器中，換頁、切換語言或下次造訪時仍然有效。',
    elderHeading: '長者模式',
    elderText: '頁面頂部的「長者模式」開關一鍵放大文字並使用高對比度配色。',
    articleHeading: '文章工具',
    articleText:
      '每篇文章標題下方有：字號【大 中 小】、朗讀全文、列印本頁，以及分享（微信二維碼、微博和 QQ 連結、複製連結）。列印的頁面只保留文章內容，並印出本頁網址。',
    keysHeading: '鍵盤操作',
    keyTab: 'Tab 和 Shift+Tab：在連結、按鈕和輸入框之間前後移動；',
    keyEnter: 'Enter 或空白鍵：打開連結、按下按鈕；',
    keySkip: '每頁的第一個連結「跳到主要內容」可以跳過導覽；',
    keyToolbar: '{{shortcut}}：打開或關閉無障礙工具列。',
    editionsText: '本站提供以下語言版本：{{editions}}。',
    standardsHeading: '遵循的標準',
    standardMiit: '工業和信息化部《互聯網網站適老化通用設計規範》；',
    standardGb: 'GB/T 37668-2019《信息技術 互聯網內容無障礙可訪問性技術要求與測試方法》；',
    standardWcag: 'W3C《網頁內容無障礙指引》（WCAG）2.1 AA 級。',
    reportHeading: '回報無障礙問題',
    reportText: '如果您在使用本網站時遇到障礙，或發現錯誤，請告訴我們：',
    reportEmail: '電子郵件：',
    reportPhone: '電話：',
    listSeparator: '、',
  },
  en: {
    intro:
      '{{site}} wants everyone, older people and people with disabilities included, to be able to use this site with ease. This page describes the accessibility features of the site, how to use it with the keyboard, the standards it follows, and how to tell us about a barrier.',
    toolsHeading: 'Accessibility toolbar',
    toolsIntro:
      'The “Accessibility” button at the top of every page, or {{shortcut}}, opens the accessibility toolbar. Every tool in it works with the keyboard alone:',
    toolScale: 'Page zoom: text and layout at 100 %, 125 %, 150 %, 175 % or 200 %;',
    toolColours: 'Colours: default, high contrast, black on yellow, yellow on black;',
    toolCursor: 'Large cursor: an extra-large black or white pointer;',
    toolGuide: 'Reading guide: a ruler that follows the pointer;',
    toolCaption:
      'Caption bar: the text under the pointer or in keyboard focus, in large type at the bottom of the page;',
    toolVoice:
      'Voice reading: the whole article read aloud (with pause, stop and speed), or whatever the pointer rests on or the focus moves to;',
    toolReset: 'Reset and close.',
    toolsKept:
      'Your settings are kept in this browser: they stay when you go to another page, switch language or come back later.',
    elderHeading: 'Elder mode',
    elderText:
      'The “Elder mode” switch at the top of every page makes the text larger and the colours high-contrast in one step.',
    articleHeading: 'Article tools',
    articleText:
      'Under the title of every article: text size (large, medium, small), read aloud, print, and share (a QR code for WeChat, links for Weibo and QQ, copy link). A printed article keeps the content only, with the address of the page.',
    keysHeading: 'Keyboard',
    keyTab: 'Tab and Shift+Tab move between links, buttons and fields;',
    keyEnter: 'Enter or Space follows a link or presses a button;',
    keySkip: 'the first link of every page, “Skip to main content”, skips the navigation;',
    keyToolbar: '{{shortcut}} opens or closes the accessibility toolbar.',
    editionsText: 'This site is available in: {{editions}}.',
    standardsHeading: 'Standards',
    standardMiit:
      'MIIT, General Design Specification for Elder-Friendly Websites (互联网网站适老化通用设计规范);',
    standardGb:
      'GB/T 37668-2019, Information technology — Accessibility requirements and testing methods for Web content;',
    standardWcag: 'W3C Web Content Accessibility Guidelines (WCAG) 2.1, level AA.',
    reportHeading: 'Report a barrier',
    reportText: 'If something on this site is in your way, or you find a mistake, please tell us:',
    reportEmail: 'Email: ',
    reportPhone: 'Phone: ',
    listSeparator: ', ',
  },
} as const satisfies Strings;

registerStrings(statementStrings);

export type StatementKey = keyof (typeof statementStrings)['zh-CN'];

export function statementText(
  locale: Locale,
  key: StatementKey,
  values: Record<string, string | number> = {},
): string {
  return String(i18n.t(`statement.${key}`, { ...values, lng: locale }));
}
