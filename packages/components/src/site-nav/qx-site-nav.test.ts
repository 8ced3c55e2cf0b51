import { expect, html } from '@open-wc/testing';
import '../site-nav.js';
import { inForcedColors, slotChanged, switchLocale, warnedWhile } from '../test-utils/index.js';
import { describeElement, itIsAccessibleInZhAndEn } from '../test-utils/suite.js';
import {
  links,
  list,
  marks,
  narrow,
  nav,
  portal,
  render,
  settled,
  shown,
  toggle,
} from '../test-utils/site-nav.js';

// The landmark, its links and the current section; narrow screens have their own test file
// (qx-site-nav.narrow.test.ts).
describeElement('<qx-site-nav>', () => {
  itIsAccessibleInZhAndEn(() => render());

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

  it('warns and hides the empty nav when it has no links', async () => {
    const { el, warnings } = await warnedWhile(() =>
      render(html`<qx-site-nav><span>首页</span></qx-site-nav>`),
    );
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
    const { el, warnings } = await warnedWhile(async () => {
      const el = await render(html`
        <qx-site-nav current="/">
          <a href="/">首页</a><a href=" java	script:alert(1)">侨联动态</a><a>理论学习</a>
        </qx-site-nav>
      `);
      el.current = '/about/';
      await settled(el);
      return el;
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
