import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../stat-group.js';
import '../stat-counter.js';
import type { QxStatGroup } from './qx-stat-group.js';
import { cooperation, counters as figures, investment } from '../test-utils/figures.js';
import {
  captureWarnings,
  inForcedColors,
  part,
  seedCounters,
  seedStatGroup,
  slotChanged,
  switchLocale,
  warnedWhile,
} from '../test-utils/index.js';
import { describeElement, itIsAccessibleInZhAndEn } from '../test-utils/suite.js';

const counters = (el: QxStatGroup) => [...el.querySelectorAll('qx-stat-counter')];
/** How many columns the counters actually sit in: the distinct left edges of their boxes. */
const columns = (el: QxStatGroup) =>
  new Set(counters(el).map((c) => Math.round(c.getBoundingClientRect().left))).size;

async function render(template: TemplateResult) {
  const el = await fixture<QxStatGroup>(template);
  await elementUpdated(el);
  await Promise.all(counters(el).map((c) => c.updateComplete));
  return el;
}

const renderWarned = (template: TemplateResult) => warnedWhile(() => render(template));

describeElement('<qx-stat-group>', () => {
  itIsAccessibleInZhAndEn(
    () => render(seedStatGroup()),
    (el) => Promise.all(counters(el).map((c) => c.updateComplete)),
  );

  it('is a region named by its heading, an h2 by default', async () => {
    const el = await render(seedStatGroup());
    const base = part(el, 'base')!;
    const heading = part(el, 'heading')!;
    expect(base.localName).to.equal('section');
    expect(base.hasAttribute('role')).to.be.false;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent).to.equal('组织覆盖');
    expect(heading.hidden).to.be.false;
    expect(base.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(part(el, 'grid')!.querySelector('slot')!.assignedElements()).to.have.length(7);
  });

  for (const level of [1, 3, 4, 5, 6]) {
    it(`renders the heading at level ${level}`, async () => {
      const el = await render(
        html`<qx-stat-group heading="组织覆盖" level=${level}>${seedCounters}</qx-stat-group>`,
      );
      expect(part(el, 'heading')!.localName).to.equal(`h${level}`);
    });
  }

  for (const level of ['0', '7', '2.5', 'two', '']) {
    it(`falls back to h2 for the level ${JSON.stringify(level)}, with a warning`, async () => {
      const { el, warnings } = await renderWarned(
        html`<qx-stat-group heading="组织覆盖" level=${level}></qx-stat-group>`,
      );
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(warnings.some((w) => w.includes('qx-stat-group') && w.includes('level'))).to.be.true;
    });
  }

  it('takes a heading with markup from the heading slot', async () => {
    const el = await render(
      html`<qx-stat-group>
        <span slot="heading">组织<em>覆盖</em></span>
        ${seedCounters}
      </qx-stat-group>`,
    );
    const slot = part(el, 'heading')!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('组织覆盖');
    expect(part(el, 'base')!.getAttribute('aria-labelledby')).to.equal('heading');
    await expect(el).to.be.accessible();
  });

  it('without a heading is no region, hides the empty heading, and warns once', async () => {
    const { el, warnings } = await renderWarned(
      html`<qx-stat-group>${seedCounters}</qx-stat-group>`,
    );
    const base = part(el, 'base')!;
    expect(base.getAttribute('role')).to.equal('none');
    expect(base.hasAttribute('aria-labelledby')).to.be.false;
    expect(part(el, 'heading')!.hidden).to.be.true;
    expect(part(el, 'heading')!.getBoundingClientRect().height).to.equal(0);
    expect(
      warnings.filter((w) => w.includes('qx-stat-group') && w.includes('heading')),
    ).to.have.length(1);
    await expect(el).to.be.accessible();
    // A blank heading attribute names nothing either.
    const again = await captureWarnings(async () => {
      el.heading = '  ';
      await el.updateComplete;
    });
    expect(again).to.have.length(0);
    expect(base.getAttribute('role')).to.equal('none');
  });

  it('becomes a named region when a heading arrives later, by attribute or slot', async () => {
    const { el } = await renderWarned(html`<qx-stat-group>${seedCounters}</qx-stat-group>`);
    el.heading = '组织覆盖';
    await el.updateComplete;
    expect(part(el, 'base')!.getAttribute('aria-labelledby')).to.equal('heading');
    expect(part(el, 'heading')!.hidden).to.be.false;

    const { el: slotted } = await renderWarned(
      html`<qx-stat-group>${seedCounters}</qx-stat-group>`,
    );
    const heading = document.createElement('span');
    heading.slot = 'heading';
    heading.textContent = '服务成效';
    const changed = slotChanged(slotted);
    slotted.append(heading);
    await changed;
    await slotted.updateComplete;
    expect(part(slotted, 'base')!.hasAttribute('role')).to.be.false;
    expect(part(slotted, 'heading')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(slotted).to.be.accessible();
  });

  it('lays the figures out in one column at 320px, without overflowing', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await render(seedStatGroup());
    expect(columns(el)).to.equal(1);
    expect(getComputedStyle(part(el, 'grid')!).gridTemplateColumns.split(' ')).to.have.length(1);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const counter of counters(el))
      expect(counter.getBoundingClientRect().right).to.be.at.most(320);
  });

  it('lays the figures out in four columns at 1280px, at most', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await render(seedStatGroup());
    expect(columns(el)).to.equal(4);
    const [first, , , , fifth] = counters(el).map((c) => c.getBoundingClientRect());
    expect(fifth!.left).to.equal(first!.left); // the fifth starts a second row
    expect(fifth!.top).to.be.greaterThan(first!.bottom);
    await setViewport({ width: 2560, height: 800 });
    expect(columns(el)).to.equal(4);
  });

  it('lets two figures share a wide row', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await render(
      html`<qx-stat-group heading="经济科技">
        ${figures([investment, cooperation], { isStatic: true })}
      </qx-stat-group>`,
    );
    const [a, b] = counters(el).map((c) => c.getBoundingClientRect());
    expect(a!.top).to.equal(b!.top);
    expect(a!.width + b!.width).to.be.greaterThan(part(el, 'grid')!.clientWidth * 0.8);
  });

  it('re-renders its figures when the language switches', async () => {
    const el = await render(seedStatGroup());
    const investment = counters(el)[4]!;
    await switchLocale('en', el, ...counters(el));
    expect(investment.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.equal(
      'about 60B元',
    );
    expect(part(el, 'heading')!.textContent).to.equal('组织覆盖');
  });

  it('sits on the subtle surface colour, which sites can theme', async () => {
    const el = await render(seedStatGroup());
    expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(245, 246, 247)');
    el.style.setProperty('--qx-stat-group-background', 'rgb(255, 248, 230)');
    expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(255, 248, 230)');
  });

  it('keeps its heading visible in forced-colors mode', async () => {
    await inForcedColors(async () => {
      const el = await render(seedStatGroup());
      expect(getComputedStyle(part(el, 'heading')!).color).not.to.equal(
        getComputedStyle(document.body).backgroundColor,
      );
      await expect(el).to.be.accessible();
    });
  });
});
