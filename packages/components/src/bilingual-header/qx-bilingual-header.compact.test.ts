import { expect, fixture, html } from '@open-wc/testing';
import '../bilingual-header.js';
import type { QxBilingualHeader } from '../bilingual-header.js';
import { part, switchLocale } from '../test-utils/index.js';
import { describeElement, itIsAccessibleInZhAndEn } from '../test-utils/suite.js';
import { emblem, enName, zhName } from '../test-utils/bilingual-header.js';

const banner =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="100"><rect width="600" height="100" fill="#e8d5b0"/></svg>',
  );

/** A header in a column `width` px wide: the compact layout follows the header's own width. */
async function sized(width: number) {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div style="width: ${width}px">
      <qx-bilingual-header name-zh=${zhName} name-en=${enName} href="/">
        <img slot="logo" src=${emblem} alt="" width="48" height="48" />
        <img slot="banner" src=${banner} alt="" width="600" height="100" />
        <button slot="actions" type="button">长者模式</button>
        <nav aria-label="栏目"><a href="/llxx/">理论学习</a> <a href="/qjfw/">侨界服务</a></nav>
      </qx-bilingual-header>
    </div>
  `);
  const el = wrapper.firstElementChild as QxBilingualHeader;
  await el.updateComplete;
  return el;
}

const menuButton = (el: QxBilingualHeader) => part(el, 'menu-button')!;
const seen = (node: Element) => node.checkVisibility();
const tool = (el: QxBilingualHeader) => el.querySelector('[slot=actions]')!;
const links = (el: QxBilingualHeader) => [...el.querySelectorAll('nav a')];
const bannerImg = (el: QxBilingualHeader) => el.querySelector('[slot=banner]')!;

// The compact layout below 768 px of the header's width: the names and a 菜单 / Menu button (a
// native <details>, so it works without JavaScript) on one row, the tools and the navigation
// behind it; and the decorative banner beside the names on wide headers only.
describeElement('<qx-bilingual-header> compact and wide', () => {
  itIsAccessibleInZhAndEn(() => sized(375));

  it('is accessible with its menu open', async () => {
    const el = await sized(375);
    menuButton(el).click();
    await expect(el).to.be.accessible();
  });

  it('at 375 px shows the names and the 菜单 button on one row, the tools and nav closed', async () => {
    const el = await sized(375);
    const button = menuButton(el);
    expect(seen(button)).to.be.true;
    expect(button.textContent!.trim()).to.equal('菜单');
    expect(button.lang).to.equal('zh-Hans');
    const title = part(el, 'title')!.getBoundingClientRect();
    const box = button.getBoundingClientRect();
    expect(box.top).to.be.below(title.bottom);
    expect(box.left).to.be.at.least(title.right);
    expect([tool(el), ...links(el)].map(seen)).to.deep.equal([false, false, false]);
    expect(seen(bannerImg(el))).to.be.false;
    expect(el.getBoundingClientRect().height).to.be.at.most(120);
    await switchLocale('en', el);
    expect(button.textContent!.trim()).to.equal('Menu');
  });

  // Opening by keyboard and the Tab order after the button are tested in the built portals
  // (packages/portal-tests/test/keyboard.test.js), where puppeteer drives the real keys.
  it('opens on a click and shows the tools and the links', async () => {
    const el = await sized(375);
    menuButton(el).click();
    expect((part(el, 'menu') as HTMLDetailsElement).open).to.be.true;
    expect([tool(el), ...links(el)].map(seen)).to.deep.equal([true, true, true]);
  });

  it('at 1000 px hides the button and shows the tools on the title row, the nav below', async () => {
    const el = await sized(1000);
    expect(seen(menuButton(el))).to.be.false;
    expect([tool(el), ...links(el)].map(seen)).to.deep.equal([true, true, true]);
    const title = part(el, 'title')!.getBoundingClientRect();
    const tools = tool(el).getBoundingClientRect();
    expect(tools.top).to.be.below(title.bottom);
    expect(tools.bottom).to.be.above(title.top);
    expect(links(el)[0]!.getBoundingClientRect().top).to.be.at.least(title.bottom);
  });

  it('at 1000 px shows the banner beside the names, never behind them', async () => {
    const el = await sized(1000);
    const img = bannerImg(el);
    expect(seen(img)).to.be.true;
    const names = el.shadowRoot!.querySelector('.names')!.getBoundingClientRect();
    const box = img.getBoundingClientRect();
    expect(box.left).to.be.at.least(names.right);
    expect(box.top).to.be.below(names.bottom);
    expect(box.right).to.be.at.most(tool(el).getBoundingClientRect().left);
  });
});
