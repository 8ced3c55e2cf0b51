import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../topic-banner.js';
import type { QxTopicBanner } from './qx-topic-banner.js';
import { accessibleName } from '../test-utils/bilingual-header.js';
import {
  brokenWords,
  inForcedColors,
  part,
  visibleText,
  warnedWhile,
} from '../test-utils/index.js';
import { describeElement } from '../test-utils/suite.js';
import {
  banner as image,
  expectInert,
  expectWarnedOnce,
  hostile,
  itIsAccessibleInEveryLocaleAndMode,
  show,
  showAt320,
  tabStops,
} from '../test-utils/blocks.js';

const intro = '学习宣传华侨华人在新时代的奋斗故事。';
const topic = (lang = 'zh-CN') => html`
  <qx-topic-banner
    lang=${lang}
    href="/topics/hqhx/"
    image=${image}
    image-width="1200"
    image-height="300"
    >华侨华人与新时代<span slot="intro">${intro}</span></qx-topic-banner
  >
`;

describeElement('<qx-topic-banner>', () => {
  itIsAccessibleInEveryLocaleAndMode(() => topic());

  it('is one link holding the banner image and the title; the intro sits outside it', async () => {
    const el = await show<QxTopicBanner>(topic());
    const link = part(el, 'link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('/topics/hqhx/');
    const img = link.querySelector('img')!;
    expect([img.alt, img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal([
      '',
      '1200',
      '300',
    ]);
    expect(await accessibleName(el, link)).to.equal('华侨华人与新时代');
    expect(link.contains(part(el, 'intro'))).to.be.false;
    expect(visibleText(el)).to.equal(`华侨华人与新时代 ${intro}`);
  });

  it('puts the title in a band of its own under the picture, in the theme’s colours', async () => {
    await setViewport({ width: 1366, height: 900 });
    const el = await show<QxTopicBanner>(topic());
    const img = part(el, 'image')!.getBoundingClientRect();
    const title = part(el, 'title')!;
    expect(title.getBoundingClientRect().top).to.be.at.least(img.bottom - 1);
    const style = getComputedStyle(title);
    expect(style.color).not.to.equal(style.backgroundColor);
    expect(style.backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
  });

  it('is reached by Tab, with a focus ring', async () => {
    const el = await show<QxTopicBanner>(topic());
    const [stop] = await tabStops(1);
    expect(stop).to.equal(part(el, 'link'));
    expect(getComputedStyle(stop!).outlineStyle).to.equal('solid');
  });

  it('keeps a hostile title as text', async () => {
    const el = await show<QxTopicBanner>(
      html`<qx-topic-banner href="/t/">${hostile}</qx-topic-banner>`,
    );
    expectInert(el);
  });

  it('shows something sensible for bad input, and warns with [qiaoxin]', async () => {
    const { el, warnings } = await warnedWhile(() =>
      show<QxTopicBanner>(
        html`<qx-topic-banner
          href="javascript:alert(1)"
          image="javascript:alert(2)"
          image-width="abc"
          image-height="300"
          >专题</qx-topic-banner
        >`,
      ),
    );
    expect(part(el, 'link')).to.be.null;
    expect(part(el, 'base')!.localName).to.equal('div');
    expect(part(el, 'image')).to.be.null;
    expect(visibleText(el)).to.equal('专题');
    expect(visibleText(el)).not.to.match(brokenWords);
    expectWarnedOnce(warnings, 'qx-topic-banner', [
      '"javascript:alert(1)"',
      '"javascript:alert(2)"',
      'image-width "abc"',
    ]);
  });

  it('is its title band alone without an image', async () => {
    const el = await show<QxTopicBanner>(html`<qx-topic-banner href="/t/">专题</qx-topic-banner>`);
    expect(part(el, 'image')).to.be.null;
    expect(part(el, 'title')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('scales the banner down at 320px without sideways scrolling', async () => {
    const el = await showAt320<QxTopicBanner>(topic('en'));
    expect(part(el, 'image')!.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('keeps the title band outlined and legible in forced-colors mode', async () => {
    await inForcedColors(async () => {
      const el = await show<QxTopicBanner>(topic());
      const title = getComputedStyle(part(el, 'title')!);
      expect(title.borderTopStyle).to.equal('solid');
      expect(title.color).not.to.equal(title.backgroundColor);
      await expect(el).to.be.accessible();
    });
  });
});
