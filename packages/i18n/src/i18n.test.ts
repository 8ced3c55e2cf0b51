import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  i18n,
  getLocale,
  LocaleController,
  resolveLocale,
  setLocale,
  langOf,
  namespace,
  registerStrings,
} from './index.js';
import { probeStrings } from './test-fixtures/probe.js';

class ProbeElement extends LitElement {
  readonly l10n = new LocaleController(this, probeStrings);
  override render() {
    return html`<p lang=${this.l10n.lang}>${this.l10n.t('probe.label')}</p>`;
  }
  // Tells the tests each render, so they wait for the one a change causes.
  protected override updated() {
    this.dispatchEvent(new Event('probe-updated'));
  }
}
customElements.define('qx-i18n-probe', ProbeElement);

const text = (el: Element) => el.shadowRoot?.querySelector('p')?.textContent;
/** Makes `change` and waits for the re-render it causes (a lang observer's, a store event's). */
const rerendered = async (el: ProbeElement, change: () => unknown) => {
  const updated = oneEvent(el, 'probe-updated');
  await change();
  await updated;
};

describe('@qiaoxin/i18n', () => {
  afterEach(async () => {
    await setLocale('zh-CN');
  });

  it('maps language tags to the supported locales', () => {
    expect(resolveLocale('zh')).to.equal('zh-CN');
    expect(resolveLocale('zh-Hant-TW')).to.equal('zh-Hant');
    expect(resolveLocale('EN-gb')).to.equal('en');
    expect(resolveLocale('en')).to.equal('en');
    expect(resolveLocale('fr')).to.equal('zh-CN');
    expect(resolveLocale('english')).to.equal('zh-CN');
    expect(resolveLocale('')).to.equal('zh-CN');
    expect(resolveLocale(null)).to.equal('zh-CN');
    expect(langOf('en')).to.equal('en');
    expect(langOf('zh-CN')).to.equal('zh-Hans');
    expect(langOf('zh-Hant')).to.equal('zh-Hant');
  });

  it('is one instance per page, shared through a global symbol', () => {
    const shared = (globalThis as Record<symbol, unknown>)[Symbol.for('qiaoxin.i18n')];
    expect(shared).to.equal(i18n);
  });

  it('re-renders hosts when setLocale switches the language', async () => {
    const el = await fixture<ProbeElement>(html`<qx-i18n-probe></qx-i18n-probe>`);
    expect(text(el)).to.equal('您的当前位置:');
    await rerendered(el, async () => expect(await setLocale('en-US')).to.equal('en'));
    expect(getLocale()).to.equal('en');
    expect(text(el)).to.equal('You are here:');
    expect(el.shadowRoot?.querySelector('p')?.lang).to.equal('en');
  });

  it("follows the element's own lang over the page's, and reacts when it changes", async () => {
    const el = await fixture<ProbeElement>(html`<qx-i18n-probe lang="en"></qx-i18n-probe>`);
    expect(text(el)).to.equal('You are here:');
    await rerendered(el, () => (el.lang = 'zh-Hans'));
    expect(text(el)).to.equal('您的当前位置:');
    el.removeAttribute('lang');
    await rerendered(el, () => setLocale('en'));
    expect(text(el)).to.equal('You are here:');
  });

  it('lets sites override strings with addResourceBundle, re-rendering hosts', async () => {
    const el = await fixture<ProbeElement>(html`<qx-i18n-probe></qx-i18n-probe>`);
    const original = i18n.getResource('zh-CN', namespace, 'probe.label') as string;
    await rerendered(el, () =>
      i18n.addResourceBundle('zh-CN', namespace, { probe: { label: '当前位置:' } }, true, true),
    );
    expect(text(el)).to.equal('当前位置:');
    i18n.addResourceBundle('zh-CN', namespace, { probe: { label: original } }, true, true);
  });

  it('falls back to the zh-CN string when a key is missing in English, never the raw key', async () => {
    i18n.addResourceBundle('zh-CN', namespace, { extra: { only: '仅中文' } }, true, true);
    await setLocale('en');
    expect(i18n.t('extra.only')).to.equal('仅中文');
  });

  it('registers a group of strings once, keeping strings a site added first', async () => {
    i18n.addResourceBundle('en', namespace, { greeting: { hello: 'Welcome!' } }, true, true);
    const strings = {
      group: 'greeting',
      'zh-CN': { hello: '欢迎', bye: '再见' },
      'zh-Hant': { hello: '歡迎', bye: '再見' },
      en: { hello: 'Hello', bye: 'Goodbye' },
    };
    let added = 0;
    const count = () => added++;
    i18n.store.on('added', count);
    registerStrings(strings);
    registerStrings(strings);
    i18n.store.off('added', count);
    expect(added).to.equal(3); // one bundle per language, the second call adds nothing
    await setLocale('en');
    expect(i18n.t('greeting.hello')).to.equal('Welcome!');
    expect(i18n.t('greeting.bye')).to.equal('Goodbye');
  });

  it('loads the zh-Hant strings before setLocale switches to zh-Hant', async () => {
    // Nothing on this page has needed them yet: no element carries them.
    expect(i18n.getResource('zh-Hant', namespace, 'probe.label')).to.equal(undefined);
    const el = await fixture<ProbeElement>(html`<qx-i18n-probe></qx-i18n-probe>`);
    const seen: unknown[] = [];
    const check = () => seen.push(i18n.getResource('zh-Hant', namespace, 'probe.label'));
    i18n.on('languageChanged', check);
    await rerendered(el, async () => expect(await setLocale('zh-TW')).to.equal('zh-Hant'));
    i18n.off('languageChanged', check);
    expect(seen).to.deep.equal(['您的當前位置:']); // already there when the language changed
    expect(text(el)).to.equal('您的當前位置:');
    expect(el.shadowRoot?.querySelector('p')?.lang).to.equal('zh-Hant');
  });

  it('uses zh-CN, without a warning, for a group registered without a zh-Hant record', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      registerStrings({ group: 'legacy', 'zh-CN': { text: '简体' }, en: { text: 'English' } });
      await setLocale('zh-Hant');
      expect(i18n.t('legacy.text')).to.equal('简体');
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal([]);
  });

  it('calls a zh-Hant loader shared by several groups once, and keeps a site’s own strings', async () => {
    let calls = 0;
    const loadZhHant = async () => {
      calls++;
      return { default: { first: { text: '第一' }, second: { text: '第二', extra: '額外' } } };
    };
    i18n.addResourceBundle('zh-Hant', namespace, { second: { extra: '站點' } }, true, true);
    registerStrings({ group: 'first', 'zh-CN': { text: '第一' }, en: { text: 'One' }, loadZhHant });
    await setLocale('zh-Hant');
    registerStrings({
      group: 'second',
      'zh-CN': { text: '第二', extra: '额外' },
      en: { text: 'Two', extra: 'Extra' },
      loadZhHant,
    });
    await setLocale('zh-HK');
    expect(calls).to.equal(1);
    expect(i18n.t('second.text')).to.equal('第二');
    expect(i18n.t('second.extra')).to.equal('站點'); // added before the built-in ones: kept
  });

  it('loads a group’s zh-Hant strings as it registers once zh-Hant is needed', async () => {
    await setLocale('zh-Hant');
    let resolve: (module: { default: object }) => void = () => {};
    const loaded = new Promise<{ default: object }>((r) => (resolve = r));
    registerStrings({
      group: 'late',
      'zh-CN': { text: '后来' },
      en: { text: 'Later' },
      loadZhHant: () => loaded,
    });
    expect(i18n.t('late.text')).to.equal('后来'); // zh-CN until they arrive
    resolve({ default: { late: { text: '後來' } } });
    await waitUntil(() => i18n.t('late.text') === '後來', 'zh-Hant strings never added');
  });

  it('warns, and shows zh-CN, when a zh-Hant loader fails', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      registerStrings({
        group: 'broken',
        'zh-CN': { text: '简体' },
        en: { text: 'English' },
        loadZhHant: () => Promise.reject(new Error('offline')),
      });
      await setLocale('zh-Hant');
      expect(i18n.t('broken.text')).to.equal('简体');
    } finally {
      console.warn = original;
    }
    expect(String(warnings[0])).to.contain('zh-Hant strings failed to load');
  });

  it('renders nothing, and warns, for a key missing in every language', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      expect(i18n.t('no.such.key')).to.equal('');
    } finally {
      console.warn = original;
    }
    expect(String(warnings[0])).to.contain('no.such.key');
  });

  it('stops listening when the host disconnects', async () => {
    const el = await fixture<ProbeElement>(html`<qx-i18n-probe></qx-i18n-probe>`);
    const other = await fixture<ProbeElement>(html`<qx-i18n-probe></qx-i18n-probe>`);
    el.remove();
    // The one still on the page re-renders for the switch; the removed one would have too.
    await rerendered(other, () => setLocale('en'));
    expect(el.isUpdatePending).to.be.false;
    await el.updateComplete;
    expect(text(other)).to.equal('You are here:');
    expect(text(el)).to.equal('您的当前位置:');
  });
});
