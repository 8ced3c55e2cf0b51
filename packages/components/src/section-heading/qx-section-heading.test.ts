import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../section-heading.js';
import type { QxSectionHeading } from './qx-section-heading.js';
import {
  brokenWords,
  captureWarnings,
  inForcedColors,
  part,
  slotChanged,
  switchLocale,
  warnedWhile,
} from '../test-utils/index.js';
import { describeElement, itIsAccessibleInZhAndEn } from '../test-utils/suite.js';

const news = () => html`
  <qx-section-heading caption="FEDERATION NEWS" level="2" more-href="/qldt/"
    >侨联动态</qx-section-heading
  >
`;

/**
 * The text a screen reader takes from `node`: the flat tree (slotted nodes in place of their
 * slot), leaving out aria-hidden parts, as the accessible-name computation does. (This
 * runner has no accessibility-tree command; Chromium's own tree was checked by hand to give
 * the same names: heading "侨联动态", link "更多 侨联动态".)
 */
function spoken(node: Node): string {
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  if (node instanceof HTMLSlotElement) return node.assignedNodes().map(spoken).join('');
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!.trim();
  return [...node.childNodes].map(spoken).join('');
}

const headingName = (el: QxSectionHeading) => spoken(part(el, 'heading')!);

/** The link's name from its aria-labelledby references, joined by spaces. */
const linkName = (el: QxSectionHeading) =>
  part(el, 'more')!
    .getAttribute('aria-labelledby')!
    .split(' ')
    .map((id) => spoken(el.shadowRoot!.getElementById(id)!))
    .join(' ');

describeElement('<qx-section-heading>', () => {
  itIsAccessibleInZhAndEn(() => fixture<QxSectionHeading>(news()));

  it('renders a real h2 around the slotted title, named by the Chinese title alone', async () => {
    const el = await fixture<QxSectionHeading>(news());
    const heading = part(el, 'heading')!;
    expect(heading.localName).to.equal('h2');
    expect(heading.querySelector('slot')!.assignedNodes()[0]!.textContent).to.equal('侨联动态');
    expect(headingName(el)).to.equal('侨联动态');
  });

  it('shows the caption in English, uppercase and muted, hidden from screen readers', async () => {
    const el = await fixture<QxSectionHeading>(
      html`<qx-section-heading caption="Notices">通知公告</qx-section-heading>`,
    );
    const caption = part(el, 'caption')!;
    expect(caption.getAttribute('lang')).to.equal('en');
    expect(caption.getAttribute('aria-hidden')).to.equal('true');
    expect(caption.innerText).to.equal('NOTICES');
    expect(getComputedStyle(caption).color).not.to.equal(getComputedStyle(el).color);
    expect(parseFloat(getComputedStyle(caption).fontSize)).to.be.lessThan(
      parseFloat(getComputedStyle(part(el, 'heading')!).fontSize),
    );
    // Side by side on one line: the caption sits beside the title, not under it.
    const title = el.shadowRoot!.getElementById('title')!.getBoundingClientRect();
    expect(caption.getBoundingClientRect().left).to.be.greaterThan(title.right - 1);
  });

  it('leaves out the caption and the link when not given', async () => {
    const el = await fixture<QxSectionHeading>(
      html`<qx-section-heading>工作综述</qx-section-heading>`,
    );
    expect(part(el, 'caption')).to.be.null;
    expect(part(el, 'more')).to.be.null;
    expect(el.shadowRoot!.textContent).not.to.match(brokenWords);
  });

  for (const level of [1, 3, 4, 5, 6]) {
    it(`renders an h${level} for level="${level}"`, async () => {
      const el = await fixture<QxSectionHeading>(
        html`<qx-section-heading level=${level}>通知公告</qx-section-heading>`,
      );
      expect(part(el, 'heading')!.localName).to.equal(`h${level}`);
    });
  }

  it('changes the heading element when level changes', async () => {
    const el = await fixture<QxSectionHeading>(news());
    el.level = 3;
    await elementUpdated(el);
    expect(part(el, 'heading')!.localName).to.equal('h3');
    expect(part(el, 'heading')!.textContent).to.contain('FEDERATION NEWS');
  });

  for (const level of ['0', '7', 'h3', '2.5', '', 'abc']) {
    it(`falls back to h2 and warns for level="${level}"`, async () => {
      const { el, warnings } = await warnedWhile(() =>
        fixture<QxSectionHeading>(
          html`<qx-section-heading level=${level}>侨联动态</qx-section-heading>`,
        ),
      );
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('qx-section-heading').and.contain('level');
    });
  }

  it('warns when the title is missing', async () => {
    const warnings = await captureWarnings(() =>
      fixture(html`<qx-section-heading caption="NOTICES"> </qx-section-heading>`),
    );
    expect(warnings.some((w) => w.includes('no title'))).to.be.true;
    // The heading is not left empty: the caption, otherwise hidden, names it.
    const el = document.querySelector<QxSectionHeading>('qx-section-heading')!;
    expect(headingName(el)).to.equal('NOTICES');
    await expect(el).to.be.accessible();
    const changed = slotChanged(el);
    el.append('通知公告');
    await changed;
    await elementUpdated(el);
    expect(headingName(el)).to.equal('通知公告');
    const ok = await captureWarnings(() => fixture(news()));
    expect(ok).to.deep.equal([]);
  });

  it('links "更多" after the heading, named with the section title', async () => {
    const el = await fixture<QxSectionHeading>(news());
    const more = part(el, 'more') as HTMLAnchorElement;
    expect(more.getAttribute('href')).to.equal('/qldt/');
    expect(more.innerText.trim()).to.match(/^更多/);
    expect(part(el, 'heading')!.contains(more)).to.be.false;
    expect(more.getBoundingClientRect().left).to.be.greaterThan(
      part(el, 'heading')!.getBoundingClientRect().right,
    );
    expect(linkName(el)).to.equal('更多 侨联动态');
  });

  it('gives each section on a page a distinct link name', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <qx-section-heading more-href="/qldt/">侨联动态</qx-section-heading>
        <qx-section-heading more-href="/tzgg/">通知公告</qx-section-heading>
      </div>`,
    );
    const names = [...page.querySelectorAll('qx-section-heading')].map(linkName);
    expect(names).to.deep.equal(['更多 侨联动态', '更多 通知公告']);
  });

  it('re-renders the link in English when the language switches', async () => {
    const el = await fixture<QxSectionHeading>(news());
    await switchLocale('en', el);
    const label = el.shadowRoot!.getElementById('more')!;
    expect(label.textContent).to.equal('More');
    expect(label.getAttribute('lang')).to.equal('en');
    expect(linkName(el)).to.equal('More 侨联动态');
    await switchLocale('zh-CN', el);
    expect(label.textContent).to.equal('更多');
  });

  it('follows its own lang attribute', async () => {
    const el = await fixture<QxSectionHeading>(
      html`<qx-section-heading lang="en" caption="NOTICES" more-href="/en/notices/"
        >Notices</qx-section-heading
      >`,
    );
    expect(el.shadowRoot!.getElementById('more')!.textContent).to.equal('More');
  });

  for (const href of ['javascript:alert(1)', ' java\tscript:alert(1)', 'data:text/html,x']) {
    it(`refuses the unsafe more-href ${JSON.stringify(href)} and warns`, async () => {
      const { el, warnings } = await warnedWhile(() =>
        fixture<QxSectionHeading>(
          html`<qx-section-heading more-href=${href}>侨联动态</qx-section-heading>`,
        ),
      );
      expect(part(el, 'more')).to.be.null;
      expect(headingName(el)).to.equal('侨联动态');
      expect(warnings.some((w) => w.includes('unsafe'))).to.be.true;
    });
  }

  it('draws a primary accent rule under the title', async () => {
    const el = await fixture<QxSectionHeading>(
      html`<qx-section-heading style="--qx-color-primary: rgb(200, 16, 46)"
        >侨联动态</qx-section-heading
      >`,
    );
    const style = getComputedStyle(part(el, 'heading')!);
    expect(style.borderBottomColor).to.equal('rgb(200, 16, 46)');
    expect(parseFloat(style.borderBottomWidth)).to.be.at.least(2);
  });

  it('is keyboard operable: Tab reaches the link with a visible focus ring', async () => {
    const el = await fixture<QxSectionHeading>(news());
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'more'));
    const style = getComputedStyle(part(el, 'more')!);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('wraps long titles at 320px without overflowing', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<QxSectionHeading>(html`
      <qx-section-heading caption="A VERY LONG ENGLISH CAPTION FOR THE SECTION" more-href="/x/"
        >奋力书写“侨”文章凝心聚力启新程重庆市侨联五年工作综述</qx-section-heading
      >
    `);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(part(el, 'more')!.getBoundingClientRect().right).to.be.at.most(320);
  });

  it('reflows at 200% text size in a 640px viewport', async () => {
    await setViewport({ width: 640, height: 800 });
    document.documentElement.style.fontSize = '200%';
    const el = await fixture<QxSectionHeading>(news());
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(640);
    expect(parseFloat(getComputedStyle(part(el, 'heading')!).fontSize)).to.be.at.least(36);
  });

  it('keeps the accent rule and link visible in forced-colors mode', async () => {
    await inForcedColors(async () => {
      const el = await fixture<QxSectionHeading>(news());
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const heading = getComputedStyle(part(el, 'heading')!);
      expect(heading.borderBottomStyle).to.equal('solid');
      expect(heading.borderBottomColor).not.to.equal(
        getComputedStyle(document.body).backgroundColor,
      );
      await expect(el).to.be.accessible();
    });
  });
});
