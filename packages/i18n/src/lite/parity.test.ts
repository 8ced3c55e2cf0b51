import { expect } from '@open-wc/testing';
import i18next, { type i18n as I18n, type InitOptions, type TOptions } from 'i18next';
import lite, { type LiteI18n } from './i18next-lite.js';
import { addStrings, initOptions, namespace } from '../instance.js';
import { locales } from '../locale.js';
import { corpus, corpusZhHant } from '../test-fixtures/corpus.js';

// Both implementations, built from the shared instance's own options and strings, so these
// tests cannot drift from what pages run. Typing real i18next as LiteI18n also checks, at
// compile time, that the lite API is a subset of i18next's.
function pair(setup: (i: LiteI18n) => void = () => {}): [I18n, LiteI18n] {
  const instances: LiteI18n[] = [i18next.createInstance(), lite.createInstance()];
  for (const instance of instances) {
    void instance.init(initOptions());
    setup(instance);
    for (const strings of corpus) addStrings(instance, strings);
    // As @qiaoxin/components/zh-hant.js and setLocale('zh-Hant') add them.
    instance.addResourceBundle('zh-Hant', namespace, corpusZhHant, true, false);
  }
  return instances as [I18n, LiteI18n];
}

/** Every dotted key with a string value in a resource object. */
function keysOf(resources: unknown, prefix = ''): string[] {
  return Object.entries(resources as Record<string, unknown>).flatMap(([k, v]) =>
    typeof v == 'string' ? [prefix + k] : keysOf(v, `${prefix}${k}.`),
  );
}

/** Runs `fn` and returns what it returned and the console warnings it gave. */
function warnings<T>(fn: () => T): [T, string[]] {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    return [fn(), seen];
  } finally {
    console.warn = original;
  }
}

const params = { page: 3, total: 12, value: '1,658' };
// Supported, regional, badly cased, underscored, script-tagged, unsupported, invalid and
// prototype-named tags; '' means "the current language".
const lngs = [
  ...locales,
  'en-US',
  'en_US',
  'en-us',
  'EN',
  'en-GB-oxendict',
  'zh',
  'zh-cn',
  'zh-TW',
  'zh-HK',
  'zh-Hant-TW',
  'zh-hant-hk',
  'zh_Hant_MO',
  'zh-Hans-HK',
  'zh-Hant-x-private',
  'zh-CN-x-private',
  'fr',
  'de-DE',
  'x-!!',
  '__proto__',
  'constructor',
  '',
];

describe('i18next-lite parity with i18next', () => {
  it('gives every string, in every language, exactly as i18next does', async () => {
    const [real, mini] = pair();
    let compared = 0;
    let interpolated = 0;
    for (const current of locales) {
      await real.changeLanguage(current);
      await mini.changeLanguage(current);
      for (const locale of locales) {
        const keys = keysOf(real.getResourceBundle(locale, namespace));
        expect(keys.length).to.equal(
          corpus.reduce(
            (n, s) =>
              n + Object.keys(locale == 'zh-Hant' ? corpusZhHant[s.group]! : s[locale]).length,
            0,
          ),
        );
        for (const key of keys) {
          for (const lng of lngs) {
            for (const options of [{}, params, undefined] as (TOptions | undefined)[]) {
              const o = options && lng ? { ...options, lng } : options;
              const expected = real.t(key, o);
              expect(mini.t(key, o), `${key} ${JSON.stringify(o)}`).to.equal(expected);
              compared++;
              if (o === params && expected !== real.t(key)) interpolated++;
            }
          }
        }
      }
    }
    expect(compared).to.be.greaterThan(1000);
    expect(interpolated).to.be.greaterThan(0);
    // And both are right, not merely alike.
    expect(mini.t('gallery.status', { ...params, lng: 'en' })).to.equal('3 of 12');
    expect(mini.t('stat.over', { ...params, lng: 'zh-CN' })).to.equal('1,658余');
    expect(mini.t('stat.over', { ...params, lng: 'zh-Hant' })).to.equal('1,658餘');
    // A script-tagged tag finds its script's strings (as i18next does), a bare region does not.
    expect(mini.t('gallery.page', { ...params, lng: 'zh-Hant-TW' })).to.equal('第3張');
    expect(mini.t('gallery.page', { ...params, lng: 'zh-TW' })).to.equal('第3张');
    expect(mini.t('gallery.page', { lng: 'en' })).to.equal('Picture {{page}}');
  });

  it('interpolates edge cases as i18next does', () => {
    const text =
      '{{ page }}|{{-page}}|{{none}}|{{u}}|{{n}}|{{a.b}}|{{a.c}}|{{flat.key}}|{{lng}}|{{v}}';
    const [real, mini] = pair((i) => {
      for (const l of locales) i.addResourceBundle(l, namespace, { edge: { text, empty: '' } });
    });
    const options = [
      {},
      { page: 0, u: undefined, n: null, a: { b: 'AB', c: null }, 'flat.key': 'F', v: true },
      { page: '{{v}}', v: { toString: () => 'object' }, lng: 'en' }, // values are not re-read
      { a: 'not an object', v: [1, 2], lng: 'en-GB' },
    ];
    for (const o of options) {
      expect(mini.t('edge.text', o), JSON.stringify(o)).to.equal(real.t('edge.text', o));
      expect(mini.t('edge.empty', o)).to.equal(real.t('edge.empty', o));
    }
    expect(mini.t('edge.text', options[1])).to.equal('0|0|{{none}}|||AB||F|{{lng}}|true');
  });

  it('falls back to the zh-CN string for a key missing in English or zh-Hant', () => {
    const [real, mini] = pair((i) =>
      i.addResourceBundle('zh-CN', namespace, { extra: { only: '仅中文{{page}}' } }, true, true),
    );
    for (const i of [real, mini]) {
      for (const lng of ['en', 'zh-Hant', 'zh-Hant-TW']) {
        expect(i.t('extra.only', { ...params, lng })).to.equal('仅中文3');
      }
    }
  });

  it('returns nothing, and warns, for a key missing everywhere', () => {
    const [real, mini] = pair();
    for (const key of ['no.such.key', 'gallery.nope', 'nope']) {
      for (const lng of ['en', 'zh-CN', 'zh-Hant', 'fr']) {
        const expected = warnings(() => real.t(key, { ...params, lng }));
        expect(expected[0]).to.equal('');
        expect(expected[1]).to.deep.equal([`[qiaoxin] missing i18n string "${key}"`]);
        expect(warnings(() => mini.t(key, { ...params, lng }))).to.deep.equal(expected);
      }
    }
    // A key naming a whole group is not missing: i18next v26 answers with a sentence.
    for (const lng of ['en', 'zh-CN']) {
      expect(mini.t('gallery', { lng })).to.equal(real.t('gallery', { lng }));
    }
  });

  it('keeps strings a site added before registration, merging the rest', () => {
    const [real, mini] = pair((i) => {
      i.addResourceBundle('en', namespace, { gallery: { next: 'Onwards' } }, true, true);
      i.addResourceBundle('zh-CN', namespace, { breadcrumbs: { label: '当前位置:' } }, true, true);
    });
    for (const i of [real, mini]) {
      expect(i.t('gallery.next', { lng: 'en' })).to.equal('Onwards');
      expect(i.t('gallery.previous', { lng: 'en' })).to.equal('Earlier');
      expect(i.t('breadcrumbs.label', { lng: 'zh-CN' })).to.equal('当前位置:');
      expect(i.t('breadcrumbs.label', { lng: 'en' })).to.equal('You are here:');
    }
  });

  it('adds bundles with the same deep, overwrite and shallow semantics', () => {
    const [real, mini] = pair();
    const steps: [object, boolean, boolean][] = [
      [{ gallery: { next: 'Kept out' }, extra: { a: 'A' } }, true, false],
      [{ gallery: { previous: 'Back' }, extra: { b: { c: 'C' } } }, true, true],
      [{ extra: 'now a string' }, true, false],
      [{ extra: 'now a string' }, true, true],
      [{ extra: { d: 'D' } }, true, true],
      [{ extra: { n: 5, t: true, z: 0, nil: null } }, true, true], // not strings: as stored
      [{ stat: { about: 'around {{value}}' } }, false, false], // shallow: stat loses its keys
    ];
    for (const [resources, deep, overwrite] of steps) {
      for (const i of [real, mini])
        i.addResourceBundle('en', namespace, resources, deep, overwrite);
      const keys = ['gallery.next', 'gallery.previous', 'stat.over', 'extra', 'extra.d'];
      for (const key of [...keys, 'extra.n', 'extra.t', 'extra.z', 'extra.nil']) {
        const o = { ...params, lng: 'en' };
        expect(warnings(() => mini.t(key, o))).to.deep.equal(warnings(() => real.t(key, o)));
      }
    }
    // A copy is stored: changing the object afterwards changes nothing.
    const late = { late: { text: 'before' } };
    for (const i of [real, mini]) i.addResourceBundle('en', namespace, late, true, true);
    late.late.text = 'after';
    expect(mini.t('late.text', { lng: 'en' })).to.equal('before');
    expect(real.t('late.text', { lng: 'en' })).to.equal('before');
  });

  it('fires store "added" with the same arguments, until the listener is removed', () => {
    const [real, mini] = pair();
    const calls = [real, mini].map((i) => {
      const seen: unknown[][] = [];
      const listener = (...args: unknown[]) => seen.push(args);
      i.store.on('added', listener);
      i.addResourceBundle('en', namespace, { extra: { a: 'A' } }, true, true);
      i.store.off('added', listener);
      i.addResourceBundle('en', namespace, { extra: { b: 'B' } }, true, true);
      return seen;
    });
    expect(calls[0]).to.have.length(1);
    expect(calls[1]).to.deep.equal(calls[0]);
  });

  it('changes language, and fires languageChanged, as i18next does', async () => {
    const [real, mini] = pair((i) =>
      i.addResourceBundle('fr', namespace, { extra: { a: 'en français' } }, true, true),
    );
    expect(mini.language).to.equal(real.language);
    const events: string[][] = [[], []];
    const listeners = events.map((seen) => (lng: string) => seen.push(lng));
    [real, mini].forEach((i, n) => {
      i.on('languageChanged', listeners[n]!);
      i.on('languageChanged', listeners[n]!); // added twice: runs twice, as in i18next
    });
    for (const lng of [...lngs, 'fr', undefined]) {
      const [a, b] = [real.changeLanguage(lng), mini.changeLanguage(lng)];
      expect(events[1], String(lng)).to.deep.equal(events[0]); // fired before the promise settles
      const [tReal, tMini] = await Promise.all([a, b]);
      expect(mini.language, String(lng)).to.equal(real.language);
      expect(tMini('gallery.page', params)).to.equal(tReal('gallery.page', params));
      expect(warnings(() => mini.t('extra.a'))).to.deep.equal(warnings(() => real.t('extra.a')));
    }
    expect(events[0]).to.include.members(['en', 'zh-CN', 'zh-Hant', 'fr']);
    const fired = events[0]!.length;
    [real, mini].forEach((i, n) => i.off('languageChanged', listeners[n])); // every copy
    await Promise.all([real.changeLanguage('en'), mini.changeLanguage('en')]);
    expect(events[0]).to.have.length(fired);
    expect(events[1]).to.deep.equal(events[0]);
  });

  it('also matches i18next with its default options', async () => {
    const [real, mini] = [i18next.createInstance(), lite.createInstance()];
    const events: string[][] = [[], []];
    for (const [n, i] of [real, mini].entries()) {
      void i.init({ initAsync: false } as InitOptions);
      i.on('languageChanged', (lng) => events[n]!.push(lng));
    }
    expect(real.language).to.equal(undefined);
    expect(mini.language).to.equal(undefined);
    expect(mini.t('a', { x: 1 })).to.equal(real.t('a', { x: 1 })); // no language yet
    const cases: [string, TOptions][] = [
      ['a', { x: 1 }],
      ['b {{x}}', { x: 2 }], // a missing key comes back interpolated
      ['a', {}],
    ];
    for (const lng of ['en', 'zz', 'dev']) {
      for (const i of [real, mini]) {
        i.addResourceBundle('en', 'translation', { a: 'A {{x}}' }, true, false);
        if (lng != 'en') i.off('languageChanged'); // every listener
        await i.changeLanguage(lng);
      }
      expect(real.language).to.equal(lng);
      expect(mini.language).to.equal(lng);
      for (const [key, o] of cases) {
        for (const options of [o, { ...o, lng: 'en' }]) {
          expect(mini.t(key, options), `${key} ${lng}`).to.equal(real.t(key, options));
        }
      }
    }
    expect(events[0]).to.deep.equal(['en']);
    expect(events[1]).to.deep.equal(events[0]);
  });
});
