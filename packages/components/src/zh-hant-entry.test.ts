import { expect } from '@open-wc/testing';
import { getLocale, i18n, namespace, setLocale } from '@qiaoxin/i18n';
import { builtInStrings } from './strings.js';

// `@qiaoxin/components/zh-hant.js`, imported as a zh-Hant page imports it for a first render
// without zh-CN strings. (Its old name, `@qiaoxin/i18n/zh-hant.js`: test/zh-hant-entry.test.js.)
// Each test file runs in a page of its own: nothing has loaded zh-Hant strings here yet.
describe('@qiaoxin/components/zh-hant.js', () => {
  it('adds every built-in zh-Hant string when imported, keeping a site’s own', async () => {
    expect(i18n.getResource('zh-Hant', namespace, 'siteNav.label')).to.equal(undefined);
    i18n.addResourceBundle('zh-Hant', namespace, { siteNav: { menu: '目錄' } }, true, true);
    const { zhHantStrings } = await import('./zh-hant.js');
    expect(i18n.getResource('zh-Hant', namespace, 'siteNav.label')).to.equal('主導航');
    expect(i18n.getResource('zh-Hant', namespace, 'siteNav.menu')).to.equal('目錄');
    expect(Object.keys(zhHantStrings)).to.have.members(builtInStrings.map((s) => s.group));
    expect(i18n.getResourceBundle('zh-Hant', namespace)).to.have.keys(Object.keys(zhHantStrings));
    expect(getLocale()).to.equal('zh-CN'); // importing it changes no language
    expect(await setLocale('zh-HK')).to.equal('zh-Hant');
    expect(i18n.t('pagination.next')).to.equal('下一頁');
  });
});
