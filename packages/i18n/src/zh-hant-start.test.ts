import { expect, waitUntil } from '@open-wc/testing';

// The module is imported only after <html lang> is set, as on a page that declares it.
describe('a page that starts in zh-Hant', () => {
  it('loads a group’s zh-Hant strings as it registers, before any element asks', async () => {
    document.documentElement.lang = 'zh-Hant-HK';
    const { getLocale, i18n, namespace, registerStrings } = await import('./index.js');
    const { probeStrings } = await import('./test-fixtures/probe.js');
    expect(getLocale()).to.equal('zh-Hant');
    registerStrings(probeStrings);
    await waitUntil(
      () => i18n.getResource('zh-Hant', namespace, 'probe.label') === '您的當前位置:',
      'the zh-Hant strings were not loaded',
    );
    expect(i18n.t('probe.page', { page: 2 })).to.equal('第2頁');
  });
});
