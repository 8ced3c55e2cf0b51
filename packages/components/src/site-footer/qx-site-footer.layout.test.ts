import { expect, html, elementUpdated } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../site-footer.js';
import type {} from './qx-site-footer.js';
import { inForcedColors, part } from '../test-utils/index.js';
import { describeElement } from '../test-utils/suite.js';
import { allLinks, chongqing, link, render } from '../test-utils/site-footer.js';

// The keyboard, the layout at narrow widths and large text, forced colours and custom properties.
describeElement('<qx-site-footer> layout', () => {
  it('is keyboard operable: Tab reaches every link in order, with a visible focus ring', async () => {
    const el = await render(chongqing());
    const expected = allLinks(el);
    expect(expected.map((a) => a.textContent)).to.deep.equal([
      '023-63895678',
      'cqql@example.cn',
      '渝ICP备05003297号-1',
      '渝公网安备 50010302000470号',
      '网站地图',
      '联系我们',
    ]);
    for (const a of expected) {
      await sendKeys({ press: 'Tab' });
      const focused = el.shadowRoot!.activeElement ?? document.activeElement;
      expect(focused).to.equal(a);
      const ring = getComputedStyle(a);
      expect(ring.outlineStyle).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    }
  });

  it('wraps at 320px without overflowing, breaking long values inside themselves', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await render(chongqing());
    await elementUpdated(el);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(part(el, 'base')!.scrollWidth).to.be.at.most(part(el, 'base')!.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    // The contact line wraps onto several rows rather than running off the side.
    const contact = part(el, 'contact')!;
    expect(part(el, 'email')!.getBoundingClientRect().top).to.be.greaterThan(
      part(el, 'address')!.getBoundingClientRect().top,
    );
    expect(contact.getBoundingClientRect().right).to.be.at.most(320);
  });

  it('breaks a long email inside itself at 320px but never a label', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await render(
      html`<qx-site-footer
        email="chongqing.federation.of.returned.overseas.chinese@example.cn"
      ></qx-site-footer>`,
    );
    const label = part(el, 'email')!.querySelector('[lang]')!;
    const lineHeight = parseFloat(getComputedStyle(label).lineHeight);
    expect(label.getBoundingClientRect().height).to.be.below(lineHeight * 1.5);
    expect(link(el, 'email')!.getClientRects().length).to.be.greaterThan(1);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('reflows at 200% text size in a 640px viewport', async () => {
    await setViewport({ width: 640, height: 800 });
    document.documentElement.style.fontSize = '200%';
    const el = await render(chongqing());
    expect(document.documentElement.scrollWidth).to.be.at.most(640);
    for (const name of ['organiser', 'contact', 'registration', 'links'])
      expect(part(el, name)!.getBoundingClientRect().right).to.be.at.most(640);
  });

  it('stays legible in forced colours: a rule instead of the background, system link colours', async () => {
    const el = await render(chongqing());
    await inForcedColors(async () => {
      const host = getComputedStyle(el);
      expect(host.borderTopStyle).to.equal('solid');
      expect(parseFloat(host.borderTopWidth)).to.be.at.least(1);
      const linkColor = getComputedStyle(link(el, 'icp')!).color;
      const textColor = getComputedStyle(part(el, 'organiser')!).color;
      expect(linkColor).not.to.equal(textColor);
      link(el, 'icp')!.focus();
      expect(getComputedStyle(link(el, 'icp')!).outlineStyle).to.equal('solid');
    });
    expect(getComputedStyle(el).borderTopStyle).to.equal('none');
  });

  it('lets the page restyle it through custom properties', async () => {
    const el = await render(
      html`<qx-site-footer
        style="--qx-site-footer-background: rgb(1, 2, 3); --qx-site-footer-color: rgb(250, 250, 250); --qx-site-footer-link-color: rgb(4, 5, 6)"
        organiser="重庆市归国华侨联合会"
        icp="渝ICP备05003297号-1"
      ></qx-site-footer>`,
    );
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(part(el, 'organiser')!).color).to.equal('rgb(250, 250, 250)');
    expect(getComputedStyle(link(el, 'icp')!).color).to.equal('rgb(4, 5, 6)');
  });
});
