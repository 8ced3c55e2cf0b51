import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../site-nav.js';
import { QxSiteNav } from './qx-site-nav.js';
import { describeElement } from '../test-utils/suite.js';
import { links, list, narrow, render, settled, shown, toggle } from '../test-utils/site-nav.js';

// Narrow screens: the links fold behind a menu button.
describeElement('<qx-site-nav> on narrow screens', () => {
  it('folds the links behind a 菜单 button that discloses them', async () => {
    await narrow();
    const el = await render();
    const button = toggle(el);
    expect(shown(button)).to.be.true;
    expect(button.getAttribute('aria-controls')).to.equal(list(el).id);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(links(el).some(shown)).to.be.false;
    const event = oneEvent(el, 'qx-nav-toggle');
    button.click();
    const { detail, bubbles, composed } = await event;
    await settled(el);
    expect(detail).to.deep.equal({ open: true });
    expect(bubbles && composed).to.be.true;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(el.open).to.be.true;
    expect(links(el).every(shown)).to.be.true;
    // Stacked, one per row.
    const [first, second] = links(el).map((a) => a.getBoundingClientRect());
    expect(second!.top).to.be.at.least(first!.bottom - 1);
    button.click();
    await settled(el);
    expect(links(el).some(shown)).to.be.false;
  });

  it('opens with Enter and Space, and Escape closes it and returns focus', async () => {
    await narrow();
    const el = await render();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(toggle(el));
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Space' });
    await settled(el);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(links(el)[0]);
    const focus = getComputedStyle(links(el)[0]!);
    expect(focus.outlineStyle).to.equal('solid');
    expect(focus.outlineColor).to.equal('rgb(255, 255, 255)');
    const event = oneEvent(el, 'qx-nav-toggle');
    await sendKeys({ press: 'Escape' });
    expect((await event).detail).to.deep.equal({ open: false });
    await settled(el);
    expect(el.open).to.be.false;
    expect(el.shadowRoot!.activeElement).to.equal(toggle(el));
    expect(links(el).some(shown)).to.be.false;
  });

  it('ignores Escape and other keys while closed', async () => {
    await narrow();
    const el = await render();
    let fired = 0;
    el.addEventListener('qx-nav-toggle', () => fired++);
    toggle(el).focus();
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'a' });
    expect(fired).to.equal(0);
  });

  it('folds from the first paint when scripts run, before its code has rendered (no layout shift)', async () => {
    // A shadow root rendered but never enhanced, as declarative shadow DOM is before hydration.
    class Unenhanced extends QxSiteNav {
      protected override firstUpdated(): void {}
    }
    customElements.define('qx-site-nav-unenhanced', Unenhanced);
    await narrow();
    const el = await fixture<QxSiteNav>(
      html`<qx-site-nav-unenhanced
        ><a href="/">首页</a><a href="/about/">简介</a></qx-site-nav-unenhanced
      >`,
    );
    await el.updateComplete;
    expect(shown(toggle(el))).to.be.true;
    expect(links(el).some(shown)).to.be.false;
    // With JavaScript off the links stay visible: Chromium cannot emulate (scripting: none),
    // so the portal tests check that on real pages with JavaScript disabled.
  });

  it('does not overflow 320px', async () => {
    await narrow();
    const el = await render(html`
      <qx-site-nav current="/llxx/" style="display:block;width:100%">
        <a href="/">首页</a><a href="/llxx/">重庆市归国华侨联合会理论学习与宣传教育专栏</a
        ><a href="/en/"
          >Chongqing Federation of Returned Overseas Chinese Supercalifragilisticexpialidocious</a
        >
      </qx-site-nav>
    `);
    toggle(el).click();
    await settled(el);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('folds at 200% zoom (640px viewport, text doubled) without overflowing', async () => {
    await setViewport({ width: 640, height: 600 });
    document.documentElement.style.fontSize = '200%';
    const el = await render();
    expect(shown(toggle(el))).to.be.true;
    toggle(el).click();
    await settled(el);
    expect(links(el).every(shown)).to.be.true;
    expect(document.documentElement.scrollWidth).to.be.at.most(640);
    expect(links(el)[0]!.getBoundingClientRect().height).to.be.at.least(40);
  });
});
