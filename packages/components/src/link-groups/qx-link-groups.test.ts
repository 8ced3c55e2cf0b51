import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { setLocale } from '@qiaoxin/i18n';
import '../link-groups.js';
import type { QxLinkGroups } from './qx-link-groups.js';
import type { QxLinkGroup } from './qx-link-group.js';
import {
  brokenWords,
  inForcedColors,
  part,
  switchLocale,
  visibleText,
  warnedWhile,
} from '../test-utils/index.js';
import { describeElement } from '../test-utils/suite.js';
import {
  hostile,
  itIsAccessibleInEveryLocaleAndMode,
  settled,
  show,
  tabStops,
} from '../test-utils/blocks.js';

const links = (lang = 'zh-CN', open = false) => html`
  <qx-link-groups lang=${lang}>
    <qx-link-group label="上级侨联" ?open=${open}
      ><a href="https://www.chinaql.org/">中国侨联</a
      ><a href="https://www.shql.org.cn/">上海市侨联</a></qx-link-group
    >
    <qx-link-group label="政府网站"
      ><a href="https://www.gov.cn/">中国政府网</a
      ><a href="https://www.jinshan.gov.cn/">金山区人民政府</a></qx-link-group
    >
  </qx-link-groups>
`;
const groups = (el: QxLinkGroups) => [...el.querySelectorAll('qx-link-group')];
const summary = (group: QxLinkGroup) => part(group, 'summary')!;
const details = (group: QxLinkGroup) => part(group, 'base') as HTMLDetailsElement;
const shiftTab = async () => {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
};
const toggled = (group: QxLinkGroup) =>
  new Promise((resolve) => details(group).addEventListener('toggle', resolve, { once: true }));

describeElement('<qx-link-groups>', () => {
  itIsAccessibleInEveryLocaleAndMode(() => links('zh-CN', true));

  it('is a native details/summary disclosure per group, closed by default, never a select', async () => {
    const el = await show<QxLinkGroups>(links());
    for (const group of groups(el)) {
      expect(details(group).localName).to.equal('details');
      expect(summary(group).localName).to.equal('summary');
      expect(details(group).open).to.be.false;
      expect(group.querySelector('a')!.checkVisibility()).to.be.false;
    }
    expect(groups(el).map((g) => visibleText(summary(g)))).to.deep.equal(['上级侨联', '政府网站']);
    expect(el.shadowRoot!.querySelector('select')).to.be.null;
  });

  it('opens and closes with Enter and Space; Tab reaches every link once open', async () => {
    const el = await show<QxLinkGroups>(links());
    const [first, second] = groups(el) as [QxLinkGroup, QxLinkGroup];
    expect(await tabStops(2)).to.deep.equal([summary(first), summary(second)]);
    expect(getComputedStyle(summary(second)).outlineStyle).to.equal('solid');
    await shiftTab();
    let change = toggled(first);
    await sendKeys({ press: 'Enter' });
    await change;
    expect(first.open).to.be.true;
    await first.updateComplete;
    expect(first.hasAttribute('open')).to.be.true;
    const stops = await tabStops(3);
    expect(stops).to.deep.equal([...first.querySelectorAll('a'), summary(second)]);
    await shiftTab();
    expect(getComputedStyle(stops[1]!).outlineStyle).to.equal('solid'); // the focused link
    await sendKeys({ press: 'Tab' });
    change = toggled(second);
    await sendKeys({ press: 'Space' });
    await change;
    expect(details(second).open).to.be.true;
    expect(await tabStops(2)).to.deep.equal([...second.querySelectorAll('a')]);
    await shiftTab();
    await shiftTab();
    change = toggled(second);
    await sendKeys({ press: 'Space' });
    await change;
    expect(second.open).to.be.false;
  });

  it('opens from the open attribute, as the server writes it', async () => {
    const el = await show<QxLinkGroups>(links('zh-CN', true));
    const [first] = groups(el) as [QxLinkGroup];
    expect(details(first).open).to.be.true;
    expect(first.querySelector('a')!.checkVisibility()).to.be.true;
  });

  it('names a group without a label 友情链接 / 友情連結 / Links, and warns', async () => {
    const make = () =>
      show<QxLinkGroups>(
        html`<qx-link-groups
          ><qx-link-group><a href="/a">一</a></qx-link-group></qx-link-groups
        >`,
      );
    const { el, warnings } = await warnedWhile(make);
    const group = groups(el)[0]!;
    expect(summary(group).textContent).to.equal('友情链接');
    expect(warnings).to.deep.equal([
      '[qiaoxin] <qx-link-group>: has no label; give each group a name.',
    ]);
    await switchLocale('en', el);
    await settled(el);
    expect(summary(group).textContent).to.equal('Links');
    await setLocale('zh-Hant');
    const traditional = await warnedWhile(make);
    expect(summary(groups(traditional.el)[0]!).textContent).to.equal('友情連結');
    expect(visibleText(traditional.el)).not.to.match(brokenWords);
  });

  it('follows its container’s language for the fallback name', async () => {
    const { el } = await warnedWhile(() =>
      show<QxLinkGroups>(
        html`<qx-link-groups lang="en"
          ><qx-link-group><a href="/a">A</a></qx-link-group></qx-link-groups
        >`,
      ),
    );
    expect(summary(groups(el)[0]!).textContent).to.equal('Links');
  });

  it('keeps a hostile label and link text as text', async () => {
    const el = await show<QxLinkGroups>(
      html`<qx-link-groups
        ><qx-link-group label=${hostile} open
          ><a href="/a">${hostile}</a></qx-link-group
        ></qx-link-groups
      >`,
    );
    const group = groups(el)[0]!;
    expect(summary(group).textContent).to.equal(hostile);
    expect(group.shadowRoot!.querySelector('script, img')).to.be.null;
    expect(group.querySelector('a')!.textContent).to.equal(hostile);
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('stacks the groups at 320px without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await show<QxLinkGroups>(links('zh-CN', true));
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const [a, b] = groups(el).map((g) => g.getBoundingClientRect());
    expect(b!.top).to.be.at.least(a!.bottom);
  });

  it('keeps summaries, links and borders visible in forced-colors mode', async () => {
    await inForcedColors(async () => {
      const el = await show<QxLinkGroups>(links('zh-CN', true));
      const group = groups(el)[0]!;
      const bg = getComputedStyle(document.body).backgroundColor;
      expect(getComputedStyle(summary(group)).color).not.to.equal(bg);
      expect(getComputedStyle(group.querySelector('a')!).color).not.to.equal(bg);
      expect(getComputedStyle(details(group)).borderTopStyle).to.equal('solid');
      await expect(el).to.be.accessible();
    });
  });
});
