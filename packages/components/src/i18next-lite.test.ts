import { expect } from '@open-wc/testing';
import i18next from 'i18next';
import lite from '@qiaoxin/i18n/i18next-lite';
import { locales, namespace } from '@qiaoxin/i18n';
import { builtInStrings } from './strings.js';
import zhHantStrings from './internal/zh-hant.generated.js';

// Pages that bundle for size swap in @qiaoxin/i18n/i18next-lite for i18next. @qiaoxin/i18n
// checks the two agree on its own test strings; here, on every built-in string.
describe('every built-in string through i18next-lite', () => {
  it('reads exactly as through i18next, in every language', async () => {
    const [real, mini] = [i18next.createInstance(), lite.createInstance()];
    for (const instance of [real, mini]) {
      await instance.init({
        initAsync: false,
        lng: 'zh-CN',
        fallbackLng: 'zh-CN',
        supportedLngs: [...locales],
        ns: [namespace],
        defaultNS: namespace,
        resources: {},
        interpolation: { escapeValue: false },
      });
      for (const strings of builtInStrings)
        for (const locale of ['zh-CN', 'en'] as const)
          instance.addResourceBundle(locale, namespace, { [strings.group]: strings[locale] });
      instance.addResourceBundle('zh-Hant', namespace, zhHantStrings);
    }
    const params = { page: 3, total: 12, value: '1,658', count: 2, query: '侨联' };
    let compared = 0;
    for (const lng of [...locales, 'zh-TW', 'en-US'])
      for (const { group, 'zh-CN': cn } of builtInStrings)
        for (const key of Object.keys(cn)) {
          const id = `${group}.${key}`;
          expect(mini.t(id, { ...params, lng }), `${id} ${lng}`).to.equal(
            real.t(id, { ...params, lng }),
          );
          compared++;
        }
    expect(compared).to.be.greaterThan(200);
  });
});
