import { expect } from '@open-wc/testing';
import { getLocale, i18n, namespace, setLocale } from './index.js';

// `@qiaoxin/i18n/zh-hant.js`, imported as a zh-Hant page imports it for a first render
// without zh-CN strings.
describe('@qiaoxin/i18n/zh-hant.js', () => {
  it('adds every built-in zh-Hant string when imported, keeping a site’s own', async () => {
    i18n.addResourceBundle('zh-Hant', namespace, { siteNav: { menu: '目錄' } }, true, true);
    const { zhHantStrings } = await import('./zh-hant.js');
    expect(i18n.getResource('zh-Hant', namespace, 'siteNav.label')).to.equal('主導航');
    expect(i18n.getResource('zh-Hant', namespace, 'siteNav.menu')).to.equal('目錄');
    expect(i18n.getResourceBundle('zh-Hant', namespace)).to.have.keys(Object.keys(zhHantStrings));
    expect(getLocale()).to.equal('zh-CN'); // importing it changes no language
    expect(await setLocale('zh-HK')).to.equal('zh-Hant');
    expect(i18n.t('pagination.next')).to.equal('下一頁');
  });
});
