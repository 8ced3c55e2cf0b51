import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../breadcrumbs.js';
import type { QxBreadcrumbs } from './qx-breadcrumbs.js';
import type { QxBreadcrumbItem } from './qx-breadcrumb-item.js';
import {
  inForcedColors,
  seedTrail,
  slotChanged,
  switchLocale,
  warnedWhile,
} from '../test-utils/index.js';
import { describeElement, itIsAccessibleInZhAndEn } from '../test-utils/suite.js';

const items = (el: QxBreadcrumbs) => [...el.querySelectorAll('qx-breadcrumb-item')];
const nav = (el: QxBreadcrumbs) => el.shadowRoot!.querySelector('nav')!;
const label = (el: QxBreadcrumbs) => el.shadowRoot!.querySelector('[part=label]')!;
const link = (item: QxBreadcrumbItem) => item.shadowRoot!.querySelector('a');
/** `aria-current` of an item's text (the current page is text, never a link), or null. */
const ariaCurrent = (item: Element) =>
  item.shadowRoot!.querySelector('[part=label]')?.getAttribute('aria-current') ?? null;

async function settled(el: QxBreadcrumbs) {
  await elementUpdated(el);
  await Promise.all(items(el).map((i) => i.updateComplete));
  return el;
}

describeElement('<qx-breadcrumbs>', () => {
  itIsAccessibleInZhAndEn(async () => settled(await fixture<QxBreadcrumbs>(seedTrail())));

  it('is a nav landmark named by the visible lead-in', async () => {
    const el = await settled(await fixture<QxBreadcrumbs>(seedTrail()));
    expect(nav(el).getAttribute('aria-labelledby')).to.equal(label(el).id);
    expect(label(el).textContent).to.equal('您的当前位置：');
    expect(getComputedStyle(label(el)).position).not.to.equal('absolute');
    const navBox = nav(el).getBoundingClientRect();
    const firstItem = items(el)[0]!.getBoundingClientRect();
    expect(label(el).getBoundingClientRect().left).to.be.at.most(firstItem.left);
    expect(navBox.height).to.be.greaterThan(0);
  });

  it('re-renders the lead-in in English when the language switches', async () => {
    const el = await settled(await fixture<QxBreadcrumbs>(seedTrail()));
    await switchLocale('en', el);
    expect(label(el).textContent).to.equal('You are here:');
    expect(label(el).getAttribute('lang')).to.equal('en');
  });

  it('takes a custom label, and hide-label keeps it only as the name', async () => {
    const el = await settled(
      await fixture<QxBreadcrumbs>(
        html`<qx-breadcrumbs label="当前位置" hide-label>
          <qx-breadcrumb-item href="/">首页</qx-breadcrumb-item>
          <qx-breadcrumb-item>正文</qx-breadcrumb-item>
        </qx-breadcrumbs>`,
      ),
    );
    expect(label(el).textContent).to.equal('当前位置');
    expect(label(el).getBoundingClientRect().width).to.be.at.most(1);
    expect(nav(el).getAttribute('aria-labelledby')).to.equal('label');
    await expect(el).to.be.accessible();
  });

  it('lists the items in a list with decorative separators', async () => {
    const el = await settled(await fixture<QxBreadcrumbs>(seedTrail()));
    const list = el.shadowRoot!.querySelector('[role=list]')!;
    const slot = list.querySelector('slot')!;
    expect(slot.assignedElements()).to.have.length(3);
    // Each item's <li> is in its own shadow root; the host is presentational (valid HTML).
    expect(items(el).every((i) => i.getAttribute('role') === 'none')).to.be.true;
    expect(items(el).every((i) => i.shadowRoot!.querySelector('li'))).to.be.true;
    const separators = items(el).map((i) => i.shadowRoot!.querySelector('[part=separator]'));
    expect(separators.map((s) => s?.textContent)).to.deep.equal(['>', '>', undefined]);
    expect(separators.slice(0, 2).every((s) => s!.getAttribute('aria-hidden') === 'true')).to.be
      .true;
  });

  it('changes the separator with the separator attribute', async () => {
    const el = await settled(await fixture<QxBreadcrumbs>(seedTrail()));
    el.separator = '/';
    await settled(el);
    expect(items(el)[0]!.shadowRoot!.querySelector('[part=separator]')!.textContent).to.equal('/');
  });

  it('renders the last item as the current page, never a link', async () => {
    const el = await settled(
      await fixture<QxBreadcrumbs>(
        html`<qx-breadcrumbs>
          <qx-breadcrumb-item href="/">首页</qx-breadcrumb-item>
          <qx-breadcrumb-item href="/llxx/zw.html">正文</qx-breadcrumb-item>
        </qx-breadcrumbs>`,
      ),
    );
    const [home, current] = items(el) as [QxBreadcrumbItem, QxBreadcrumbItem];
    expect(link(home)!.getAttribute('href')).to.equal('/');
    expect(link(current)).to.be.null;
    expect(ariaCurrent(current)).to.equal('page');
    expect(ariaCurrent(home)).to.be.null;
    expect(home.hasAttribute('aria-current') || current.hasAttribute('aria-current')).to.be.false;
    expect(current.textContent).to.equal('正文');
  });

  it('hides the last separator before the parent has marked the current page', async () => {
    // As on a server-rendered page before scripts run: items with no parent arranging them.
    const host = await fixture<HTMLDivElement>(
      html`<div>
        <qx-breadcrumb-item href="/">首页</qx-breadcrumb-item>
        <qx-breadcrumb-item>正文</qx-breadcrumb-item>
      </div>`,
    );
    const [first, last] = [...host.querySelectorAll('qx-breadcrumb-item')];
    await last!.updateComplete;
    const separator = (item: Element) => item.shadowRoot!.querySelector('[part=separator]')!;
    expect(getComputedStyle(separator(first!)).display).not.to.equal('none');
    expect(getComputedStyle(separator(last!)).display).to.equal('none');
  });

  it('moves the current page when items are added', async () => {
    const el = await settled(await fixture<QxBreadcrumbs>(seedTrail()));
    const extra = document.createElement('qx-breadcrumb-item');
    extra.textContent = '附件';
    const changed = slotChanged(el);
    el.append(extra);
    await changed;
    await settled(el);
    const [, , previous, last] = items(el);
    expect(ariaCurrent(previous!)).to.be.null;
    expect(link(previous!)).to.be.null; // it has no href
    expect(ariaCurrent(last!)).to.equal('page');
  });

  for (const href of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ]) {
    it(`refuses the unsafe href ${JSON.stringify(href)}, showing text and warning`, async () => {
      const { el, warnings } = await warnedWhile(async () =>
        settled(
          await fixture<QxBreadcrumbs>(
            html`<qx-breadcrumbs>
              <qx-breadcrumb-item href=${href}>首页</qx-breadcrumb-item>
              <qx-breadcrumb-item>正文</qx-breadcrumb-item>
            </qx-breadcrumbs>`,
          ),
        ),
      );
      expect(link(items(el)[0]!)).to.be.null;
      expect(items(el)[0]!.shadowRoot!.querySelector('[part=label]')).to.exist;
      expect(warnings.some((w) => w.includes('qx-breadcrumb-item') && w.includes('unsafe'))).to.be
        .true;
    });
  }

  for (const href of [
    '/',
    '../list.html',
    '?page=2',
    '#main',
    '//cqql.org/',
    'https://www.cqql.org/',
    'http://a.cn',
    'mailto:ql@cq.gov.cn',
    'tel:+86-23-1234',
  ]) {
    it(`links the safe href ${href}`, async () => {
      const el = await settled(
        await fixture<QxBreadcrumbs>(
          html`<qx-breadcrumbs>
            <qx-breadcrumb-item href=${href}>首页</qx-breadcrumb-item>
            <qx-breadcrumb-item>正文</qx-breadcrumb-item>
          </qx-breadcrumbs>`,
        ),
      );
      expect(link(items(el)[0]!)!.getAttribute('href')).to.equal(href);
    });
  }

  it('is keyboard operable: Tab reaches each link with a visible focus ring', async () => {
    const el = await settled(await fixture<QxBreadcrumbs>(seedTrail()));
    const { sendKeys } = await import('@web/test-runner-commands');
    await sendKeys({ press: 'Tab' });
    expect(items(el)[0]!.shadowRoot!.activeElement).to.equal(link(items(el)[0]!));
    const outline = getComputedStyle(link(items(el)[0]!)!);
    expect(outline.outlineStyle).to.equal('solid');
    expect(parseFloat(outline.outlineWidth)).to.be.at.least(2);
    await sendKeys({ press: 'Tab' });
    expect(items(el)[1]!.shadowRoot!.activeElement).to.equal(link(items(el)[1]!));
  });

  it('wraps a long trail at 320px without overflowing', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await settled(
      await fixture<QxBreadcrumbs>(
        html`<qx-breadcrumbs style="display:block;width:100%">
          <qx-breadcrumb-item href="/">首页</qx-breadcrumb-item>
          <qx-breadcrumb-item href="/a/"
            >重庆市归国华侨联合会理论学习与宣传教育专栏</qx-breadcrumb-item
          >
          <qx-breadcrumb-item href="/b/"
            >Chongqing Federation of Returned Overseas Chinese
            Supercalifragilisticexpialidocious</qx-breadcrumb-item
          >
          <qx-breadcrumb-item
            >奋力书写“侨”文章 凝心聚力启新程——重庆市侨联五年工作综述</qx-breadcrumb-item
          >
        </qx-breadcrumbs>`,
      ),
    );
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(60); // it wrapped onto several lines
  });

  it('keeps its links visible in forced-colors mode', async () => {
    await inForcedColors(async () => {
      const el = await settled(await fixture<QxBreadcrumbs>(seedTrail()));
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const a = link(items(el)[0]!)!;
      expect(getComputedStyle(a).color).not.to.equal(
        getComputedStyle(document.body).backgroundColor,
      );
      await expect(el).to.be.accessible();
    });
  });
});
