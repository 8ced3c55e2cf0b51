import { expect, html } from '@open-wc/testing';
import '../stat-counter.js';
import { emulateMediaFeatures, halfSeen, intersection, part } from '../test-utils/index.js';
import {
  investment,
  numberIn,
  record as recordOn,
  render,
  shown,
  useFrameClock,
} from '../test-utils/stat-counter.js';
import type { QxStatCounter } from './qx-stat-counter.js';

// The count-up: when it starts, how it runs frame by frame, and when it does not run at all.
describe('<qx-stat-counter> count-up', () => {
  const clock = useFrameClock();
  const record = (el: QxStatCounter) => recordOn(el, clock());
  /** A 2 s count-up of the investment figure, caught half a second in (not at its value yet). */
  async function midCount() {
    const el = await render(investment('duration="2000"'));
    await halfSeen(el);
    clock().tick(16);
    clock().tick(500);
    await el.updateComplete;
    expect(shown(el)).not.to.equal('约600亿元');
    return el;
  }

  it('counts up from 0 to the value when it is visible, easing out, in the same notation', async () => {
    const el = await render(investment('duration="300"'));
    const { samples, ended, texts: all } = await record(el);
    expect(ended, `${all.join()} ${clock().pending}`).to.be.true;
    // The final value stays in view until the observer first reports; counting starts from 0.
    const texts = all.slice(all.findIndex((t) => t !== '约600亿元'));
    expect(texts[0]).to.equal('约0亿元');
    const numbers = texts.map(numberIn);
    expect(
      texts.every((t) => /^约\d+亿元$/.test(t)),
      texts.join(),
    ).to.be.true;
    expect(
      numbers.some((n) => n > 0 && n < 600),
      texts.join(),
    ).to.be.true;
    expect(numbers).to.deep.equal([...numbers].sort((a, b) => a - b)); // never goes back
    expect(shown(el)).to.equal('约600亿元');
    // Easing out: past half the value by the middle of the animation.
    expect(numbers[Math.floor(numbers.length / 2)]).to.be.greaterThan(300);
    expect(samples.every((s) => s.spoken === '约600亿元 引进投资')).to.be.true;
  });

  it('counts without any layout shift: the unit and the label never move', async () => {
    const el = await render(
      '<qx-stat-counter value="1658" unit="个" qualifier="over" label="吸引海外项目" duration="300"></qx-stat-counter>',
    );
    let shift = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shift += (entry as PerformanceEntry & { value: number }).value;
    });
    observer.observe({ type: 'layout-shift' });
    const unit = part(el, 'unit')!.getBoundingClientRect();
    const { ended, texts } = await record(el);
    expect(ended).to.be.true;
    expect(
      texts.some((t) => numberIn(t) < 1000),
      texts.join(),
    ).to.be.true; // it did count
    await clock().rendered();
    observer.disconnect();
    expect(shift).to.equal(0);
    expect(part(el, 'unit')!.getBoundingClientRect().left).to.equal(unit.left);
  });

  it('counts with the fraction digits of the final value, and towards negatives without "-0"', async () => {
    // One at a time: the clock's frames would move every counter on the page.
    const decimal = await render('<qx-stat-counter value="2.5" duration="200"></qx-stat-counter>');
    const a = await record(decimal);
    const negative = await render('<qx-stat-counter value="-12" duration="200"></qx-stat-counter>');
    const b = await record(negative);
    expect(
      a.texts.every((t) => /^\d\.\d$/.test(t)),
      a.texts.join(),
    ).to.be.true;
    expect(a.texts.some((t) => t !== '0.0' && t !== '2.5')).to.be.true;
    expect(shown(decimal)).to.equal('2.5');
    expect(
      b.texts.every((t) => /^(0|-\d+)$/.test(t)),
      b.texts.join(),
    ).to.be.true;
    expect(b.texts.map(numberIn).some((n) => n < 0 && n > -12)).to.be.true;
    expect(shown(negative)).to.equal('-12');

    const zero = await render(
      '<qx-stat-counter value="0" unit="个" duration="100"></qx-stat-counter>',
    );
    const c = await record(zero);
    expect(c.ended).to.be.true;
    expect(new Set(c.texts)).to.deep.equal(new Set(['0个']));
  });

  it('keeps its size while counting, and assistive technology only ever gets the final value', async () => {
    const el = await render(
      `<div>
        <div style="height: 150vh"></div>
        ${investment('style="display: inline-block" duration="400"')}
      </div>`,
    );
    const counter = el.querySelector('qx-stat-counter')!;
    await counter.updateComplete;
    const before = counter.getBoundingClientRect();
    counter.scrollIntoView({ block: 'center' });
    const top = counter.getBoundingClientRect().top;
    const { samples, ended, texts } = await record(counter);
    expect(ended).to.be.true;
    expect(texts.some((t) => t !== '约600亿元')).to.be.true;
    const after = counter.getBoundingClientRect();
    for (const { box } of [...samples, { box: after }]) {
      expect([box.width, box.height, box.top]).to.deep.equal([before.width, before.height, top]);
    }
    expect(samples.every((s) => s.spoken === '约600亿元 引进投资')).to.be.true;
    expect(counter.shadowRoot!.querySelector('[aria-live]')).to.be.null;
    expect(counter.shadowRoot!.querySelector('.figure')!.getAttribute('aria-hidden')).to.equal(
      'true',
    );
    expect(getComputedStyle(part(counter, 'value')!).fontVariantNumeric).to.equal('tabular-nums');
  });

  it('waits until it is at least half visible, showing the final value meanwhile', async () => {
    const el = await render(
      html`<div>
        <div style="height: 150vh"></div>
        <qx-stat-counter value="67" unit="个" label="各级侨联组织" duration="200"></qx-stat-counter>
        <div style="height: 150vh"></div>
      </div>`,
    );
    const counter = el.querySelector('qx-stat-counter')!;
    let ends = 0;
    counter.addEventListener('qx-count-end', () => ends++);
    // Out of view: the counter has been told so, and has asked for no frame.
    expect((await intersection(counter)).isIntersecting).to.be.false;
    expect(clock().pending).to.equal(0);
    expect(shown(counter)).to.equal('67个');
    // A quarter in view: still waiting.
    const box = counter.getBoundingClientRect();
    window.scrollBy(0, box.bottom - innerHeight - box.height * 0.75);
    const quarter = await intersection(counter, (e) => e.isIntersecting);
    expect(quarter.intersectionRatio).to.be.within(0.1, 0.4);
    expect(clock().pending).to.equal(0);
    expect(shown(counter)).to.equal('67个');
    expect(ends).to.equal(0);
    counter.scrollIntoView({ block: 'center' });
    const { ended, texts } = await record(counter);
    expect(ended).to.be.true;
    expect(texts.some((t) => numberIn(t) < 67)).to.be.true;
    expect(shown(counter)).to.equal('67个');
    // Only the first time: scrolling away and back does not count again.
    window.scrollTo(0, 0);
    await intersection(counter, (e) => !e.isIntersecting);
    counter.scrollIntoView({ block: 'center' });
    await halfSeen(counter);
    expect(clock().pending).to.equal(0);
    expect(ends).to.equal(1);
  });

  it('does not count up under prefers-reduced-motion: reduce', async () => {
    await emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const el = await render(investment('duration="200"'));
    const { ended, texts } = await record(el);
    expect(ended).to.be.false;
    expect(new Set(texts)).to.deep.equal(new Set(['约600亿元']));
  });

  it('does not count up with static, and stops counting when static is set', async () => {
    const still = await render(investment('static duration="200"'));
    const { ended, texts } = await record(still);
    expect(ended).to.be.false;
    expect(new Set(texts)).to.deep.equal(new Set(['约600亿元']));

    const moving = await midCount();
    moving.static = true;
    await moving.updateComplete;
    expect(shown(moving)).to.equal('约600亿元');
    expect(clock().pending, 'frames still asked for').to.equal(0);
  });

  it('does not count with duration 0, and shows the final value when removed mid-count', async () => {
    const instant = await render(investment('duration="0"'));
    expect((await record(instant)).ended).to.be.false;
    expect(shown(instant)).to.equal('约600亿元');

    const el = await midCount();
    const parent = el.parentElement!;
    el.remove();
    await el.updateComplete;
    parent.append(el);
    await el.updateComplete;
    const { ended, texts } = await record(el);
    expect(ended).to.be.false;
    expect(new Set(texts)).to.deep.equal(new Set(['约600亿元']));
  });
});
