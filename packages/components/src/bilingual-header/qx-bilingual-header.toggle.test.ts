import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getLocale } from '@qiaoxin/i18n';
import '../bilingual-header.js';
import type { QxBilingualHeader } from '../bilingual-header.js';
import { nextUpdate, part, switchLocale, warnedWhile } from '../test-utils/index.js';
import { describeElement } from '../test-utils/suite.js';
import { guardNavigation, listenForLocaleChange } from '../test-utils/locale-events.js';
import {
  accessibleName,
  enName,
  header,
  hiddenLabel,
  leftAlone,
  primary,
  switched,
  toggle,
  zhName,
} from '../test-utils/bilingual-header.js';

// The language toggle: its label, the switch in place or to the other-language page, the
// cancelable event before it, and the keyboard.
describeElement('<qx-bilingual-header> toggle', () => {
  it('gives the toggle a visible label in the target language and a full accessible name', async () => {
    const el = await fixture<QxBilingualHeader>(header());
    const button = toggle(el);
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('type')).to.equal('button');
    const visible = button.querySelector('span:not(.visually-hidden)')!;
    expect(visible.textContent).to.equal('EN');
    expect(visible.getAttribute('lang')).to.equal('en');
    expect(hiddenLabel(el).getAttribute('lang')).to.equal('zh-Hans');
    expect(hiddenLabel(el).getBoundingClientRect().width).to.be.at.most(1);
    expect(button.getBoundingClientRect().height).to.be.at.least(24);
    // axe counts everything in a closed <details> but its summary as hidden, whatever the CSS
    // shows (the wide header shows the closed menu's content, and Chrome exposes it): opened,
    // axe computes the name the browser gives.
    (part(el, 'menu') as HTMLDetailsElement).open = true;
    expect(await accessibleName(el, button)).to.equal('EN 切换到英文版');

    await switchLocale('en', el);
    expect(visible.textContent).to.equal('中文');
    expect(visible.getAttribute('lang')).to.equal('zh-Hans');
    expect(hiddenLabel(el).getAttribute('lang')).to.equal('en');
    expect(await accessibleName(el, button)).to.equal('中文 Switch to Chinese');
  });

  it('switches the language in place, firing a cancelable composed event first', async () => {
    const el = await fixture<QxBilingualHeader>(header());
    const { events, stop } = listenForLocaleChange();
    await switched(el, () => toggle(el).click());
    expect(events).to.have.length(1);
    const [event] = events;
    expect(event!.detail).to.deep.equal({ locale: 'en' });
    expect(event!.bubbles && event!.composed && event!.cancelable).to.be.true;
    expect(event!.target).to.equal(el);
    expect(getLocale()).to.equal('en');
    expect(primary(el).textContent).to.equal(enName);
    expect(toggle(el).textContent).to.contain('中文');

    await switched(el, () => toggle(el).click());
    stop();
    expect(events[1]!.detail.locale).to.equal('zh-CN');
    expect(getLocale()).to.equal('zh-CN');
    expect(primary(el).textContent).to.equal(zhName);
  });

  it('does not switch when the event is cancelled', async () => {
    const el = await fixture<QxBilingualHeader>(header());
    const { events, stop } = listenForLocaleChange(true);
    toggle(el).click();
    await leftAlone(el);
    stop();
    expect(events).to.have.length(1);
    expect(getLocale()).to.equal('zh-CN');
    expect(primary(el).textContent).to.equal(zhName);
    expect(toggle(el).textContent).to.contain('EN');
  });

  it('switches an element with its own lang, updating that lang too', async () => {
    const el = await fixture<QxBilingualHeader>(header({ href: '/', lang: 'en' }));
    expect(primary(el).textContent).to.equal(enName);
    const { events, stop } = listenForLocaleChange();
    const updated = nextUpdate(el); // its own lang changes, through the lang observer
    toggle(el).click();
    await updated;
    stop();
    expect(events[0]!.detail.locale).to.equal('zh-CN');
    expect(el.lang).to.equal('zh-Hans');
    expect(primary(el).textContent).to.equal(zhName);
  });

  it('with alternate-href, links to the other-language page', async () => {
    const el = await fixture<QxBilingualHeader>(header({ href: '/', alternate: '/en/index.html' }));
    const link = toggle(el);
    expect(link.localName).to.equal('a');
    expect(link.getAttribute('href')).to.equal('/en/index.html');
    expect(link.getAttribute('hreflang')).to.equal('en');
    expect(link.getAttribute('lang')).to.equal('en');
    expect(hiddenLabel(el).getAttribute('lang')).to.equal('zh-Hans');

    await switchLocale('en', el);
    expect(link.getAttribute('hreflang')).to.equal('zh-Hans');
    expect(link.getAttribute('lang')).to.equal('zh-Hans');
    expect(link.textContent).to.contain('中文');
  });

  it('lets the link navigate after the event, without switching in place', async () => {
    const el = await fixture<QxBilingualHeader>(header({ href: '/', alternate: '/en/' }));
    const { events, stop } = listenForLocaleChange();
    const nav = guardNavigation();
    toggle(el).click();
    await leftAlone(el);
    stop();
    nav.stop();
    expect(events[0]!.detail.locale).to.equal('en');
    expect(nav.seen).to.deep.equal([false]); // the header left the navigation alone
    expect(getLocale()).to.equal('zh-CN');
  });

  it('stops the link’s navigation when the event is cancelled, also from the keyboard', async () => {
    const el = await fixture<QxBilingualHeader>(header({ href: '/', alternate: '/en/' }));
    const before = location.href;
    const { events, stop } = listenForLocaleChange(true);
    const nav = guardNavigation();
    toggle(el).focus();
    await sendKeys({ press: 'Enter' });
    await leftAlone(el);
    stop();
    nav.stop();
    expect(events).to.have.length(1);
    expect(nav.seen).to.deep.equal([true]); // already prevented by the header
    expect(location.href).to.equal(before);
    expect(getLocale()).to.equal('zh-CN');
  });

  for (const alternate of ['javascript:alert(1)', 'vbscript:msgbox(1)']) {
    it(`falls back to the button for the unsafe alternate-href ${alternate}`, async () => {
      const { el, warnings } = await warnedWhile(() =>
        fixture<QxBilingualHeader>(header({ href: '/', alternate })),
      );
      expect(toggle(el).localName).to.equal('button');
      expect(warnings.filter((w) => w.includes('unsafe alternate-href'))).to.have.length(1);
      await switched(el, () => toggle(el).click());
      expect(getLocale()).to.equal('en');
    });
  }

  it('is keyboard operable: Tab to title then toggle, Enter and Space switch', async () => {
    const el = await fixture<QxBilingualHeader>(html`
      <qx-bilingual-header name-zh=${zhName} name-en=${enName} href="/"></qx-bilingual-header>
    `);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'title'));
    const ring = getComputedStyle(part(el, 'title')!);
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(toggle(el));
    expect(getComputedStyle(toggle(el)).outlineStyle).to.equal('solid');

    await switched(el, () => sendKeys({ press: 'Enter' }));
    expect(getLocale()).to.equal('en');
    expect(primary(el).textContent).to.equal(enName);
    expect(el.shadowRoot!.activeElement).to.equal(toggle(el)); // focus stays put

    await switched(el, () => sendKeys({ press: 'Space' }));
    expect(getLocale()).to.equal('zh-CN');
    expect(primary(el).textContent).to.equal(zhName);
  });
});
