import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../figure.js';
import type { QxFigure } from './qx-figure.js';
import {
  brokenWords,
  captureWarnings,
  inForcedColors,
  part,
  slotChanged,
  switchLocale,
  visibleText,
  warnedWhile,
} from '../test-utils/index.js';
import { describeElement } from '../test-utils/suite.js';

const photo = '/src/figure/fixtures/stage.svg';
const caption = '区侨界人士喜迎建党100周年文艺汇演';
const alt = '舞台上三位演员在红色背景前演出';

const jinshan = () => html`
  <qx-figure caption=${caption}><img src=${photo} alt=${alt} width="800" height="450" /></qx-figure>
`;

const img = (el: QxFigure) => el.querySelector('img')!;

/** Waits until the slotted image has loaded (or failed), so its box has its final size. */
async function loaded(el: QxFigure) {
  await elementUpdated(el);
  const image = img(el);
  if (!image.complete) await new Promise((r) => image.addEventListener('load', r, { once: true }));
  return el;
}

describeElement('<qx-figure>', () => {
  it('is accessible in zh and en', async () => {
    const el = await loaded(await fixture<QxFigure>(jinshan()));
    await expect(el).to.be.accessible();
    await switchLocale('en', el);
    await expect(el).to.be.accessible();
    const english = await fixture<QxFigure>(
      html`<qx-figure lang="en" caption="Returned overseas Chinese celebrate the Party's centenary"
        ><img src=${photo} alt="Three performers on a red stage" width="800" height="450"
      /></qx-figure>`,
    );
    await expect(english).to.be.accessible();
  });

  it('renders a figure with the author’s image and the caption under it', async () => {
    const el = await loaded(await fixture<QxFigure>(jinshan()));
    const figure = part(el, 'base')!;
    expect(figure.localName).to.equal('figure');
    const figcaption = part(el, 'caption')!;
    expect(figcaption.localName).to.equal('figcaption');
    expect(figcaption.innerText.trim()).to.equal(caption);
    // The image stays in light DOM, with the author's alt and size.
    expect(el.querySelector('slot')).to.be.null;
    expect(img(el).alt).to.equal(alt);
    expect(img(el).getBoundingClientRect().bottom).to.be.at.most(
      figcaption.getBoundingClientRect().top,
    );
    expect(getComputedStyle(figcaption).textAlign).to.equal('center');
    expect(getComputedStyle(figcaption).color).not.to.equal(getComputedStyle(el).color);
    expect(el.shadowRoot!.textContent).not.to.match(brokenWords);
  });

  it('prefers a slotted caption over the caption attribute', async () => {
    const el = await fixture<QxFigure>(html`
      <qx-figure caption="属性说明">
        <img src=${photo} alt=${alt} width="800" height="450" />
        <span slot="caption">区侨界人士<strong>喜迎建党100周年</strong>文艺汇演</span>
      </qx-figure>
    `);
    expect(part(el, 'caption')!.hidden).to.be.false;
    expect(visibleText(el)).to.equal(caption);
    // The slotted span sits in the figcaption, and the attribute's fallback text has no box.
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=caption]')!;
    const span = el.querySelector('[slot=caption]')!.getBoundingClientRect();
    const box = part(el, 'caption')!.getBoundingClientRect();
    expect(span.top).to.be.at.least(box.top);
    expect(span.bottom).to.be.at.most(box.bottom);
    const fallback = document.createRange();
    fallback.selectNodeContents(slot);
    expect(fallback.getBoundingClientRect().width).to.equal(0);
  });

  it('shows a slotted caption added later', async () => {
    const el = await fixture<QxFigure>(
      html`<qx-figure><img src=${photo} alt=${alt} width="800" height="450" /></qx-figure>`,
    );
    expect(part(el, 'caption')!.hidden).to.be.true;
    const span = Object.assign(document.createElement('span'), { slot: 'caption' });
    span.textContent = caption;
    const changed = slotChanged(el);
    el.append(span);
    await changed;
    await elementUpdated(el);
    expect(part(el, 'caption')!.hidden).to.be.false;
    expect(visibleText(el)).to.equal(caption);
  });

  it('hides the caption when there is none', async () => {
    const el = await loaded(
      await fixture<QxFigure>(
        html`<qx-figure caption="  "
          ><img src=${photo} alt=${alt} width="800" height="450"
        /></qx-figure>`,
      ),
    );
    expect(part(el, 'caption')!.hidden).to.be.true;
    expect(el.getBoundingClientRect().height).to.be.closeTo(
      img(el).getBoundingClientRect().height,
      1,
    );
  });

  it('adds the credit line under the caption', async () => {
    const el = await fixture<QxFigure>(html`
      <qx-figure caption=${caption} credit="摄影：金山区侨联">
        <img src=${photo} alt=${alt} width="800" height="450" />
      </qx-figure>
    `);
    const credit = part(el, 'credit')!;
    expect(credit.textContent).to.equal('摄影：金山区侨联');
    expect(credit.getBoundingClientRect().top).to.be.at.least(
      el.shadowRoot!.querySelector('slot[name=caption]')!.getBoundingClientRect().bottom - 1,
    );
    el.credit = undefined;
    await elementUpdated(el);
    expect(part(el, 'credit')).to.be.null;
  });

  it('keeps the caption when the language switches (it is content, not a string)', async () => {
    const el = await fixture<QxFigure>(jinshan());
    await switchLocale('en', el);
    expect(part(el, 'caption')!.innerText.trim()).to.equal(caption);
  });

  it('gives no warning for good input, or for alt="" on a decorative image', async () => {
    const warnings = await captureWarnings(async () => {
      await fixture(jinshan());
      await fixture(
        html`<qx-figure><img src=${photo} alt="" width="800" height="450" /></qx-figure>`,
      );
      await fixture(
        html`<qx-figure caption=${caption}
          ><picture><img src=${photo} alt=${alt} width="800" height="450" /></picture
        ></qx-figure>`,
      );
    });
    expect(warnings).to.deep.equal([]);
  });

  it('warns once about an image without an alt attribute', async () => {
    const { el, warnings } = await warnedWhile(async () => {
      const el = await fixture<QxFigure>(
        html`<qx-figure caption=${caption}
          ><img src=${photo} width="800" height="450"
        /></qx-figure>`,
      );
      const changed = slotChanged(el);
      el.append(document.createElement('span'));
      await changed;
      return el;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('qx-figure').and.contain('alt');
    expect(part(el, 'caption')!.innerText.trim()).to.equal(caption);
  });

  it('warns when there is no image', async () => {
    const warnings = await captureWarnings(() =>
      fixture(html`<qx-figure caption=${caption}></qx-figure>`),
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('no image');
  });

  it('scales the image down without distorting it, reserving its height before it loads', async () => {
    // Far below the fold, a lazy image has not loaded yet: its box comes from width/height alone.
    const el = await fixture<QxFigure>(html`
      <div style="width: 400px; padding-top: 8000px">
        <qx-figure caption=${caption}
          ><img src="${photo}?lazy" loading="lazy" alt=${alt} width="800" height="450"
        /></qx-figure>
      </div>
    `);
    const image = el.querySelector('img')!;
    expect(image.complete).to.be.false;
    const box = image.getBoundingClientRect();
    expect(box.width).to.equal(400);
    expect(box.height).to.be.closeTo(225, 1);
  });

  it('fits a 320px screen, wrapping a long caption', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await loaded(
      await fixture<QxFigure>(html`
        <qx-figure
          caption="${caption}，先后举办金山区侨界人士庆祝新中国成立70周年文艺汇演、书画摄影展 https://www.jinshan.gov.cn/qiaolian/very/long/path/without/spaces"
          ><img src=${photo} alt=${alt} width="800" height="450"
        /></qx-figure>
      `),
    );
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(img(el).getBoundingClientRect().width).to.be.at.most(320);
    expect(part(el, 'caption')!.scrollWidth).to.be.at.most(part(el, 'caption')!.clientWidth);
    expect(part(el, 'caption')!.getBoundingClientRect().height).to.be.greaterThan(60);
  });

  it('reflows at 200% text size in a 640px viewport', async () => {
    await setViewport({ width: 640, height: 800 });
    document.documentElement.style.fontSize = '200%';
    const el = await loaded(await fixture<QxFigure>(jinshan()));
    expect(document.documentElement.scrollWidth).to.be.at.most(640);
    expect(parseFloat(getComputedStyle(part(el, 'caption')!).fontSize)).to.be.at.least(28);
  });

  it('keeps the caption readable in forced-colors mode', async () => {
    await inForcedColors(async () => {
      const el = await loaded(await fixture<QxFigure>(jinshan()));
      const figcaption = getComputedStyle(part(el, 'caption')!);
      expect(figcaption.color).not.to.equal(getComputedStyle(document.body).backgroundColor);
      await expect(el).to.be.accessible();
    });
  });
});
