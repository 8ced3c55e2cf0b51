import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getLocale, setLocale } from '@qiaoxin/i18n';
import '../bilingual-header.js';
import type { QxBilingualHeader } from '../bilingual-header.js';
import { languageChanged, part, slotChanged, switchLocale } from '../test-utils/index.js';
import { visuallyHiddenStyle } from '../test-utils/visually-hidden.js';
import { guardNavigation, listenForLocaleChange } from '../test-utils/locale-events.js';

// zh-Hant pages and the `languages` slot (the toggle's own tests are in qx-bilingual-header.test.ts).

const zhName = '重慶市歸國華僑聯合會';
const enName = 'Chongqing Federation of Returned Overseas Chinese';

/** The switch site-kit slots: 简 | 繁 | EN, each a visible short label and a hidden full name. */
const languages = (current: 'zh-CN' | 'zh-Hant' | 'en') => {
  const link = (hreflang: string, href: string, short: string, full: string) =>
    html`<a
      href=${href}
      hreflang=${hreflang}
      lang=${hreflang}
      aria-current=${current === hreflang ? 'page' : 'false'}
      >${short}<span class="visually-hidden"> ${full}</span></a
    >`;
  return html`<nav slot="languages" aria-label="語言">
    ${link('zh-CN', '/about/', '简', '简体中文')} |
    ${link('zh-Hant', '/zh-hant/about/', '繁', '繁體中文')} |
    ${link('en', '/en/about/', 'EN', 'English')}
  </nav>`;
};

const header = (current: 'zh-CN' | 'zh-Hant' | 'en' = 'zh-Hant') => html`
  ${visuallyHiddenStyle}
  <qx-bilingual-header name-zh=${zhName} name-en=${enName} href="/" hide-toggle>
    ${languages(current)}
  </qx-bilingual-header>
`;

const get = async (current?: 'zh-CN' | 'zh-Hant' | 'en') => {
  const root = await fixture<HTMLElement>(html`<div>${header(current)}</div>`);
  return root.querySelector<QxBilingualHeader>('qx-bilingual-header')!;
};

const links = (el: QxBilingualHeader) => [...el.querySelectorAll<HTMLAnchorElement>('nav a')];

describe('<qx-bilingual-header> in zh-Hant, with a languages slot', () => {
  afterEach(async () => {
    await setLocale('zh-CN');
  });

  it('is accessible with three language links, in every locale', async () => {
    const el = await get();
    await expect(el).to.be.accessible();
    for (const locale of ['zh-Hant', 'en', 'zh-CN']) {
      await switchLocale(locale, el);
      await expect(el).to.be.accessible();
    }
  });

  it('marks the Chinese name zh-Hant on a zh-Hant page, zh-Hans otherwise', async () => {
    const el = await get();
    await switchLocale('zh-Hant', el);
    const primary = part(el, 'name-primary')!;
    expect(primary.textContent).to.equal(zhName);
    expect(primary.lang).to.equal('zh-Hant');
    expect(part(el, 'name-secondary')!.lang).to.equal('en');
    await switchLocale('en', el);
    expect(part(el, 'name-secondary')!.lang).to.equal('zh-Hans');
  });

  it('leads from zh-Hant to English with a traditional hidden label', async () => {
    const el = await fixture<QxBilingualHeader>(
      html`<qx-bilingual-header name-zh=${zhName} name-en=${enName} lang="zh-Hant-TW">
      </qx-bilingual-header>`,
    );
    const toggle = part(el, 'toggle')!;
    expect(toggle.querySelector('span:not(.visually-hidden)')!.textContent).to.equal('EN');
    const hidden = toggle.querySelector('.visually-hidden')!;
    expect(hidden.textContent!.trim()).to.equal('切換到英文版');
    expect(hidden.getAttribute('lang')).to.equal('zh-Hant');
    const { events, stop } = listenForLocaleChange();
    const changed = languageChanged();
    toggle.click();
    await changed;
    await elementUpdated(el);
    stop();
    expect(events[0]!.detail.locale).to.equal('en');
  });

  it('shows the slot in the tools row, in order and beside actions', async () => {
    const el = await get();
    const slot = part(el, 'languages') as HTMLSlotElement;
    expect(slot.name).to.equal('languages');
    expect(slot.parentElement).to.equal(part(el, 'actions')!.parentElement);
    expect(slot.assignedElements()[0]!.localName).to.equal('nav');
    const [zh, hant, en] = links(el).map((a) => a.getBoundingClientRect());
    expect(zh!.right).to.be.at.most(hant!.left);
    expect(hant!.right).to.be.at.most(en!.left);
    const title = part(el, 'title')!.getBoundingClientRect();
    expect(en!.top).to.be.below(title.bottom); // in the title row, not below it
  });

  it('takes no space when the slot is empty, and appears when filled', async () => {
    const el = await fixture<QxBilingualHeader>(
      html`<qx-bilingual-header name-zh=${zhName} name-en=${enName}></qx-bilingual-header>`,
    );
    const wrapper = part(el, 'languages')!;
    expect(wrapper.getBoundingClientRect().width).to.equal(0);
    const toggleLeft = part(el, 'toggle')!.getBoundingClientRect().left;
    const nav = document.createElement('nav');
    nav.slot = 'languages';
    nav.setAttribute('aria-label', '语言');
    nav.innerHTML = '<a href="/en/" hreflang="en">EN</a>';
    let changed = slotChanged(el);
    el.append(nav);
    await changed;
    await elementUpdated(el);
    expect(nav.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(nav.checkVisibility()).to.be.true;
    changed = slotChanged(el);
    nav.remove();
    await changed;
    await elementUpdated(el);
    expect(part(el, 'toggle')!.getBoundingClientRect().left).to.equal(toggleLeft);
  });

  it('names each link by its visible label first', async () => {
    const el = await get();
    const names = links(el).map((a) => a.textContent!.replace(/\s+/g, ' ').trim());
    expect(names).to.deep.equal(['简 简体中文', '繁 繁體中文', 'EN English']);
    expect(links(el).map((a) => a.getAttribute('aria-current'))).to.deep.equal([
      'false',
      'page',
      'false',
    ]);
  });

  it('fires qx-locale-change with resolveLocale(hreflang), letting the link navigate', async () => {
    const el = await get();
    const { events, stop } = listenForLocaleChange();
    const nav = guardNavigation();
    for (const a of links(el)) a.click();
    // A link without hreflang, or a modified click (new tab), is none of the header's business.
    el.querySelector('nav')!.insertAdjacentHTML('beforeend', '<a href="/x/">x</a>');
    links(el).at(-1)!.click();
    // (No href here: Chromium opens a real new tab for a modified click even when prevented.)
    el.querySelector('nav')!.insertAdjacentHTML('beforeend', '<a hreflang="zh-TW">TW</a>');
    const modified = { bubbles: true, cancelable: true, ctrlKey: true };
    links(el).at(-1)!.dispatchEvent(new MouseEvent('click', modified));
    stop();
    nav.stop();
    expect(events.map((e) => e.detail.locale)).to.deep.equal(['zh-CN', 'zh-Hant', 'en']);
    expect(events.every((e) => e.bubbles && e.composed && e.cancelable)).to.be.true;
    expect(events[0]!.target).to.equal(el);
    expect(nav.seen).to.deep.equal([false, false, false, false, false]);
    expect(getLocale()).to.equal('zh-CN'); // links navigate: no switch in place
  });

  it('is keyboard reachable with a visible focus, and cancelling stops navigation', async () => {
    const el = await get();
    const before = location.href;
    const { events, stop } = listenForLocaleChange(true);
    const nav = guardNavigation();
    await sendKeys({ press: 'Tab' }); // the title link
    for (const [i, a] of links(el).entries()) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement, `link ${i}`).to.equal(a);
      expect(a.matches(':focus-visible')).to.be.true;
      expect(getComputedStyle(a).outlineStyle).not.to.equal('none');
    }
    await sendKeys({ press: 'Enter' });
    stop();
    nav.stop();
    expect(events.map((e) => e.detail.locale)).to.deep.equal(['en']);
    expect(nav.seen).to.deep.equal([true]); // the header had already stopped it
    expect(location.href).to.equal(before);
  });

  it('switches in place from slotted buttons with a value, unless cancelled', async () => {
    const root = await fixture<HTMLElement>(html`
      <qx-bilingual-header name-zh=${zhName} name-en=${enName} hide-toggle>
        <div slot="languages" role="group" aria-label="语言">
          <button type="button" value="zh-Hans">简</button>
          <button type="button" value="zh-TW">繁</button>
          <button type="button">?</button>
        </div>
      </qx-bilingual-header>
    `);
    const el = root as QxBilingualHeader;
    await expect(el).to.be.accessible();
    const [simplified, traditional, none] = el.querySelectorAll('button');
    const { events, stop } = listenForLocaleChange();
    const changed = languageChanged();
    traditional!.click();
    await changed; // after the zh-Hant strings have loaded
    await elementUpdated(el);
    expect(getLocale()).to.equal('zh-Hant');
    expect(part(el, 'name-primary')!.lang).to.equal('zh-Hant');
    none!.click(); // no value: not a language control
    stop();
    expect(events.map((e) => e.detail.locale)).to.deep.equal(['zh-Hant']);
    const cancelling = listenForLocaleChange(true);
    simplified!.click();
    cancelling.stop();
    expect(cancelling.events.map((e) => e.detail.locale)).to.deep.equal(['zh-CN']);
    expect(getLocale()).to.equal('zh-Hant');
  });
});
