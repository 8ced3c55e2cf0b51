import { expect, waitUntil } from '@open-wc/testing';

// The module is imported only after <html lang> is set, as on a page that declares it.
describe('a page that starts in zh-Hant', () => {
  it('loads the zh-Hant strings by itself, before any element asks', async () => {
    document.documentElement.lang = 'zh-Hant-HK';
    const { getLocale, i18n, namespace } = await import('./index.js');
    expect(getLocale()).to.equal('zh-Hant');
    await waitUntil(
      () => i18n.getResource('zh-Hant', namespace, 'stat.over') === '{{value}}餘',
      'the zh-Hant strings were not loaded',
    );
    expect(i18n.t('pagination.page', { page: 2 })).to.equal('第2頁');
  });
});
