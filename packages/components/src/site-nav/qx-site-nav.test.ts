import { expect, fixture, html, elementUpdated, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { setLocale } from '@qiaoxin/i18n';
import '../site-nav.js';
import { QxSiteNav } from './qx-site-nav.js';
import { captureWarnings, inForcedColors, slotChanged, switchLocale } from '../test-utils/index.js';

// The Chongqing portal's sections (seeds/chongqing-five-year-review.txt: 首页 > 理论学习).
const portal = (current = '/llxx/') => html`
  <qx-site-nav current=${current}>
    <a href="/">首页</a><a href="/qldt/">侨联动态</a><a href="/llxx/">理论学习</a
    ><a href="/about/">简介</a>
  </qx-site-nav>
`;

const links = (el: QxSiteNav) => [...el.querySelectorAll('a')];
const nav = (el: QxSiteNav) => el.shadowRoot!.querySelector('nav')!;
const toggle = (el: QxSiteNav) => el.shadowRoot!.querySelector('button')!;
const list = (el: QxSiteNav) => el.shadowRoot!.querySelector<HTMLElement>('[part=list]')!;
const shown = (node: Element) => node.getClientRects().length > 0;
const marks = (el: QxSiteNav) => links(el).map((a) => a.getAttribute('aria-current'));

async function settled(el: QxSiteNav) {
  await elementUpdated(el);
  await el.updateComplete;
  return el;
}
const render = async (template = portal()) => settled(await fixture<QxSiteNav>(template));
const narrow = () => setViewport({ width: 320, height: 640 });

describe('<qx-site-nav>', () => {
  afterEach(async () => {
    await setLocale('zh-CN');
    await setViewport({ width: 800, height: 600 });
    document.documentElement.style.fontSize = '';
  });

  it('is accessible in zh and en', async () => {
    const el = await render();
    await expect(el).to.be.accessible();
    await switchLocale('en', el);
    await expect(el).to.be.accessible();
  });

  it('is accessible at 320px, closed and open', async () => {
    await narrow();
    const el = await render();
    await expect(el).to.be.accessible();
    toggle(el).click();
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('is a nav landmark named 主导航, or by its label attribute', async () => {
    const el = await render();
    expect(nav(el).getAttribute('aria-label')).to.equal('主导航');
    el.label = '  ';
    await settled(el);
    expect(nav(el).getAttribute('aria-label')).to.equal('主导航');
    el.label = '侨联栏目';
    await settled(el);
    expect(nav(el).getAttribute('aria-label')).to.equal('侨联栏目');
  });

  it('re-renders its name and button in English when the language switches', async () => {
    const el = await render();
    expect(toggle(el).textContent!.trim()).to.equal('菜单');
    await switchLocale('en', el);
    expect(nav(el).getAttribute('aria-label')).to.equal('Main navigation');
    expect(toggle(el).textContent!.trim()).to.equal('Menu');
    expect(toggle(el).getAttribute('lang')).to.equal('en');
  });

  it('keeps the links as real light-DOM anchors in one horizontal band when wide', async () => {
    const el = await render();
    const slot = list(el).querySelector('slot')!;
    expect(slot.assignedElements()).to.deep.equal(links(el));
    expect(shown(toggle(el))).to.be.false;
    const tops = links(el).map((a) => Math.round(a.getBoundingClientRect().top));
    expect(new Set(tops).size).to.equal(1);
    const band = getComputedStyle(nav(el)).backgroundColor;
    expect(band).to.equal('rgb(200, 16, 46)');
    expect(getComputedStyle(links(el)[0]!).color).to.equal('rgb(255, 255, 255)');
  });

  describe('current section', () => {
    it('marks the link equal to current as the page', async () => {
      const el = await render();
      expect(marks(el)).to.deep.equal([null, null, 'page', null]);
    });

    it('ignores a missing trailing slash', async () => {
      const el = await render(portal('/llxx'));
      expect(marks(el)).to.deep.equal([null, null, 'page', null]);
    });

    it('marks the longest section prefix with aria-current="true"', async () => {
      const el = await render(portal('/llxx/2023/0602/zw.html'));
      expect(marks(el)).to.deep.equal([null, null, 'true', null]);
    });

    it('does not treat a shared start of a name as a section (/llxx2/)', async () => {
      const el = await render(portal('/llxx2/'));
      expect(marks(el)).to.deep.equal([null, null, null, null]);
    });

    it('marks 首页 only on the home page itself', async () => {
      const home = await render(portal('/'));
      expect(marks(home)).to.deep.equal(['page', null, null, null]);
      const elsewhere = await render(portal('/zt/'));
      expect(marks(elsewhere)).to.deep.equal([null, null, null, null]);
    });

    it('moves the mark when current changes, and clears it when removed', async () => {
      const el = await render();
      el.current = 'https://example.org/qldt/';
      await settled(el);
      expect(marks(el)).to.deep.equal([null, null, null, null]); // another site
      el.current = `${location.origin}/qldt/`;
      await settled(el);
      expect(marks(el)).to.deep.equal([null, 'page', null, null]);
      el.current = undefined;
      await settled(el);
      expect(marks(el)).to.deep.equal([null, null, null, null]);
    });

    it('keeps aria-current the author wrote and marks nothing else', async () => {
      const el = await render(html`
        <qx-site-nav current="/llxx/">
          <a href="/">首页</a><a href="/qldt/" aria-current="page">侨联动态</a
          ><a href="/llxx/">理论学习</a>
        </qx-site-nav>
      `);
      expect(marks(el)).to.deep.equal([null, 'page', null]);
    });

    it('marks a link added later', async () => {
      const el = await render(portal('/zt/'));
      const added = Object.assign(document.createElement('a'), {
        href: '/zt/',
        textContent: '专题',
      });
      const changed = slotChanged(el);
      el.append(added);
      await changed;
      await settled(el);
      expect(added.getAttribute('aria-current')).to.equal('page');
    });

    it('shows the current link by a bar and bold type, not colour alone', async () => {
      const el = await render();
      const [home, , current] = links(el).map((a) => getComputedStyle(a));
      expect(current!.borderBottomStyle).to.equal('solid');
      expect(parseFloat(current!.borderBottomWidth)).to.be.at.least(3);
      expect(current!.borderBottomColor).to.equal('rgb(255, 255, 255)');
      expect(home!.borderBottomColor).to.equal('rgba(0, 0, 0, 0)');
      expect(Number(current!.fontWeight)).to.be.greaterThan(Number(home!.fontWeight));
    });
  });

  describe('narrow screens', () => {
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

  it('warns and hides the empty nav when it has no links', async () => {
    let el!: QxSiteNav;
    const warnings = await captureWarnings(async () => {
      el = await render(html`<qx-site-nav><span>首页</span></qx-site-nav>`);
    });
    expect(
      warnings.filter((w) => w.includes('qx-site-nav') && w.includes('no <a>')),
    ).to.have.length(1);
    expect(shown(nav(el))).to.be.false;
    expect(shown(toggle(el))).to.be.false;
    const a = Object.assign(document.createElement('a'), { href: '/', textContent: '首页' });
    const changed = slotChanged(el);
    el.append(a);
    await changed;
    await settled(el);
    expect(shown(nav(el))).to.be.true;
  });

  it('warns once about each link with an unsafe or missing href', async () => {
    let el!: QxSiteNav;
    const warnings = await captureWarnings(async () => {
      el = await render(html`
        <qx-site-nav current="/">
          <a href="/">首页</a><a href=" java	script:alert(1)">侨联动态</a><a>理论学习</a>
        </qx-site-nav>
      `);
      el.current = '/about/';
      await settled(el);
    });
    expect(warnings.filter((w) => w.includes('unsafe'))).to.have.length(2);
    expect(warnings.some((w) => w.includes('侨联动态'))).to.be.true;
    expect(marks(el)).to.deep.equal([null, null, null]);
  });

  it('keeps the links and the current bar visible in forced-colors mode', async () => {
    await inForcedColors(async () => {
      const el = await render();
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const current = getComputedStyle(links(el)[2]!);
      expect(current.borderBottomStyle).to.equal('solid');
      expect(current.borderBottomColor).not.to.equal(getComputedStyle(nav(el)).backgroundColor);
      expect(current.borderBottomColor).not.to.equal(
        getComputedStyle(links(el)[0]!).borderBottomColor,
      );
      await expect(el).to.be.accessible();
    });
  });
});
