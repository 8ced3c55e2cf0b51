import { expect } from '@open-wc/testing';
import { Converter } from 'opencc-js/cn2t';
import { builtInStrings, langOf, locales, resolveLocale } from './index.js';
import { zhHantStrings } from './strings/zh-hant.js';

// Taiwan-standard character forms, the same conversion site-kit uses for its zh-hant/ pages.
const toTraditional = Converter({ from: 'cn', to: 'tw' });

/**
 * Strings whose zh-Hant text deliberately differs from OpenCC's character-for-character
 * conversion of the zh-CN text, each with why. Keep it short: anything else must convert.
 */
const exceptions: Record<string, string> = {
  // Taiwan vocabulary where the converted mainland word reads as foreign.
  'siteFooter.email': '電子郵件, not 郵箱',
  'siteNav.menu': '選單, not 菜單 (a menu of dishes)',
  'stat.noValue': '暫無資料, not 暫無數據',
  // <qx-search> says 搜尋 (Taiwan's word for search), 找不到 and 「」 quotes throughout.
  'search.label': '搜尋',
  'search.placeholder': '搜尋本站',
  'search.submit': '搜尋',
  'search.results': '搜尋結果',
  'search.empty': '找不到與「…」相關的內容',
  'search.unavailable': '站內搜尋',
  'search.loading': '正在搜尋…',
};

describe('zh-Hant (traditional Chinese)', () => {
  it('maps traditional tags to zh-Hant and the rest as before', () => {
    for (const tag of ['zh-Hant', 'zh-hant', 'zh-Hant-TW', 'zh-Hant-HK', 'zh_Hant', 'ZH-TW']) {
      expect(resolveLocale(tag), tag).to.equal('zh-Hant');
    }
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-yue-HK', ' zh-tw ']) {
      expect(resolveLocale(tag), tag).to.equal('zh-Hant');
    }
    // An explicit script wins over the region; private-use subtags are not regions.
    for (const tag of ['zh', 'zh-CN', 'zh-Hans', 'zh-Hans-HK', 'zh-SG', 'zh-CN-x-tw', 'zh-hk2']) {
      expect(resolveLocale(tag), tag).to.equal('zh-CN');
    }
    for (const tag of ['en', 'en-HK', 'en-TW']) expect(resolveLocale(tag), tag).to.equal('en');
    expect(resolveLocale('hant')).to.equal('zh-CN');
    expect(langOf('zh-Hant')).to.equal('zh-Hant');
    expect(locales).to.deep.equal(['zh-CN', 'zh-Hant', 'en']);
  });

  it('has every zh-CN key in zh-Hant, each OpenCC cn→tw of zh-CN or a listed exception', () => {
    const differing: string[] = [];
    for (const strings of builtInStrings) {
      const cn: Record<string, string> = strings['zh-CN'];
      const hant: Record<string, string> = zhHantStrings[strings.group];
      expect(Object.keys(hant), strings.group).to.deep.equal(Object.keys(cn));
      for (const [key, text] of Object.entries(cn)) {
        const id = `${strings.group}.${key}`;
        const actual = hant[key];
        expect(actual, id).to.be.a('string');
        if (id in exceptions) {
          differing.push(id);
          // An exception is still traditional: converting it changes nothing.
          expect(toTraditional(actual!), id).to.equal(actual);
          expect(
            actual,
            `${id} is listed as an exception but converts as OpenCC does`,
          ).not.to.equal(toTraditional(text));
        } else {
          expect(actual, id).to.equal(toTraditional(text));
        }
      }
    }
    // An exception whose string has gone should leave the list too.
    expect(differing.sort()).to.deep.equal(Object.keys(exceptions).sort());
  });
});
