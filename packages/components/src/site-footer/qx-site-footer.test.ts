import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import '../site-footer.js';
import {
  brokenWords,
  captureWarnings,
  part,
  switchLocale,
  warnedWhile,
} from '../test-utils/index.js';
import { describeElement, itIsAccessibleInZhAndEn } from '../test-utils/suite.js';
import { chongqing, link, render, text } from '../test-utils/site-footer.js';

// What the footer shows, links and warns about; keyboard, layout and colours have their own
// test file (qx-site-footer.layout.test.ts).
describeElement('<qx-site-footer>', () => {
  itIsAccessibleInZhAndEn(() => render(chongqing()));

  it('is accessible inside the page footer, which makes it the contentinfo landmark', async () => {
    const wrapper = await fixture(html`<footer>${chongqing()}</footer>`);
    await expect(wrapper).to.be.accessible();
    const el = wrapper.querySelector('qx-site-footer')!;
    expect(el.shadowRoot!.querySelector('footer, [role]')).to.be.null;
  });

  it('renders every field on its line with its Chinese label', async () => {
    const el = await render(chongqing());
    expect(text(el, 'organiser')).to.equal('主办单位：重庆市归国华侨联合会');
    expect(text(el, 'address')).to.equal('地址：重庆市渝中区人和街74号');
    expect(text(el, 'phone')).to.equal('电话：023-63895678');
    expect(text(el, 'email')).to.equal('邮箱：cqql@example.cn');
    expect(text(el, 'icp')).to.equal('ICP备案号：渝ICP备05003297号-1');
    expect(text(el, 'police')).to.equal('公安备案号：渝公网安备 50010302000470号');
    expect(text(el, 'site-code')).to.equal('网站标识码：5000000060');
    expect(part(el, 'contact')!.contains(part(el, 'email'))).to.be.true;
    const registration = part(el, 'registration')!;
    expect(
      [...registration.querySelectorAll('[part]')].map((p) => p.getAttribute('part')),
    ).to.deep.equal(['icp', 'police', 'site-code']);
    expect(part(el, 'base')!.innerText).not.to.match(brokenWords);
  });

  it('never links a placeholder ICP or public-security number to the registers', async () => {
    const el = await render(
      html`<qx-site-footer
        organiser="成都市归国华侨联合会"
        icp="ICP备案号待填写"
        police="公网安备号待填写"
      ></qx-site-footer>`,
    );
    expect(text(el, 'icp')).to.include('ICP备案号待填写');
    expect(link(el, 'icp')).to.be.null;
    expect(link(el, 'police')).to.be.null;
  });

  it('links phone, email, ICP and public-security numbers to the right places', async () => {
    const el = await render(chongqing());
    expect(link(el, 'phone')!.getAttribute('href')).to.equal('tel:02363895678');
    expect(link(el, 'email')!.getAttribute('href')).to.equal('mailto:cqql@example.cn');
    expect(link(el, 'icp')!.getAttribute('href')).to.equal('https://beian.miit.gov.cn/');
    expect(link(el, 'police')!.getAttribute('href')).to.equal(
      'https://beian.mps.gov.cn/#/query/webSearch?code=50010302000470',
    );
    expect(link(el, 'site-code')).to.be.null;
    expect(link(el, 'organiser')).to.be.null;
    // Same tab: no target, so nothing to announce.
    expect(el.shadowRoot!.querySelector('a[target]')).to.be.null;
  });

  it('keeps + and strips spaces, dashes and brackets from the tel: href', async () => {
    const el = await render(html`<qx-site-footer phone="+86 (021) 5796-1234"></qx-site-footer>`);
    expect(link(el, 'phone')!.getAttribute('href')).to.equal('tel:+8602157961234');
    expect(link(el, 'phone')!.textContent).to.equal('+86 (021) 5796-1234');
  });

  it('marks labels with the UI language and leaves the values unmarked', async () => {
    const el = await render(chongqing());
    await switchLocale('en', el);
    const label = part(el, 'organiser')!.querySelector('span span')!;
    expect(label.getAttribute('lang')).to.equal('en');
    expect(part(el, 'organiser')!.querySelectorAll('[lang]')).to.have.length(1);
    expect(link(el, 'icp')!.hasAttribute('lang')).to.be.false;
  });

  it('switches the labels with the language, keeping the values', async () => {
    const el = await render(chongqing());
    await switchLocale('en', el);
    expect(text(el, 'organiser')).to.equal('Organiser: 重庆市归国华侨联合会');
    expect(text(el, 'address')).to.equal('Address: 重庆市渝中区人和街74号');
    expect(text(el, 'phone')).to.equal('Phone: 023-63895678');
    expect(text(el, 'email')).to.equal('Email: cqql@example.cn');
    expect(text(el, 'icp')).to.equal('ICP licence: 渝ICP备05003297号-1');
    expect(text(el, 'police')).to.equal('Public security filing: 渝公网安备 50010302000470号');
    expect(text(el, 'site-code')).to.equal('Website ID: 5000000060');
    await switchLocale('zh-CN', el);
    expect(text(el, 'organiser')).to.equal('主办单位：重庆市归国华侨联合会');
  });

  it('leaves out absent and blank fields, and lines with none', async () => {
    const el = await render(
      html`<qx-site-footer
        organiser="上海市金山区归国华侨联合会"
        address="  "
        icp="沪ICP备00000000号"
      ></qx-site-footer>`,
    );
    expect(text(el, 'organiser')).to.equal('主办单位：上海市金山区归国华侨联合会');
    expect(part(el, 'contact')).to.be.null;
    expect(part(el, 'address')).to.be.null;
    expect(part(el, 'police')).to.be.null;
    expect(part(el, 'site-code')).to.be.null;
    expect(text(el, 'registration')).to.equal('ICP备案号：沪ICP备00000000号');
    expect(part(el, 'base')!.innerText).not.to.match(brokenWords);
    el.organiser = undefined;
    await elementUpdated(el);
    expect(part(el, 'organiser')).to.be.null;
  });

  it('shows the slotted links in the links row, after the lines', async () => {
    const el = await render(chongqing());
    const slot = part(el, 'links')!.querySelector('slot')!;
    const slotted = slot.assignedElements();
    expect(slotted.map((a) => a.textContent)).to.deep.equal(['网站地图', '联系我们']);
    expect(slotted[0]!.getAttribute('href')).to.equal('/sitemap/');
    expect(part(el, 'links')!.getBoundingClientRect().top).to.be.greaterThan(
      part(el, 'registration')!.getBoundingClientRect().bottom - 1,
    );
    // Slotted links take the footer's link colour, not the page's default.
    expect(getComputedStyle(slotted[0]!).color).to.equal(getComputedStyle(link(el, 'icp')!).color);
  });

  it('takes no room for an empty links row', async () => {
    const el = await render(
      html`<qx-site-footer organiser="重庆市归国华侨联合会"></qx-site-footer>`,
    );
    expect(part(el, 'links')!.getBoundingClientRect().height).to.equal(0);
  });

  it('shows an email without @ and a phone without digits as text, with a warning each', async () => {
    const { el, warnings } = await warnedWhile(async () => {
      const el = await render(
        html`<qx-site-footer
          organiser="重庆市归国华侨联合会"
          phone="见官网"
          email="cqql.example.cn"
          police="渝公网安备"
        ></qx-site-footer>`,
      );
      el.requestUpdate();
      await elementUpdated(el);
      return el;
    });
    expect(link(el, 'phone')).to.be.null;
    expect(link(el, 'email')).to.be.null;
    expect(link(el, 'police')).to.be.null;
    expect(text(el, 'phone')).to.equal('电话：见官网');
    expect(text(el, 'email')).to.equal('邮箱：cqql.example.cn');
    expect(text(el, 'police')).to.equal('公安备案号：渝公网安备');
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('<qx-site-footer>').and.contain('见官网');
    expect(warnings[1]).to.contain('cqql.example.cn');
  });

  it('warns and renders nothing broken when given nothing at all', async () => {
    const { el, warnings } = await warnedWhile(() =>
      render(html`<qx-site-footer></qx-site-footer>`),
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('nothing to show');
    expect(part(el, 'base')!.innerText.trim()).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('does not warn when only links are given', async () => {
    const warnings = await captureWarnings(() =>
      render(html`<qx-site-footer><a href="/sitemap/">网站地图</a></qx-site-footer>`),
    );
    expect(warnings).to.deep.equal([]);
  });
});
