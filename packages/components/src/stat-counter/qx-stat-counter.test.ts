import { expect, fixtureSync, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { i18n, namespace, setLocale } from '@qiaoxin/i18n';
import type { TemplateResult } from 'lit';
import '../stat-counter.js';
import type { QxStatCounter } from './qx-stat-counter.js';
import {
  brokenWords,
  captureWarnings,
  emulateMediaFeatures,
  FrameClock,
  halfSeen,
  inForcedColors,
  intersection,
  part,
  switchLocale,
} from '../test-utils/index.js';

// Figures from the Chongqing five-year review (seeds/chongqing-five-year-review.txt).
const investment = (attrs = '') =>
  `<qx-stat-counter value="60000000000" unit="元" notation="compact" qualifier="about" label="引进投资" ${attrs}></qx-stat-counter>`;

/** The figure a sighted reader sees (the live one, not the invisible copy that reserves room). */
const shown = (el: QxStatCounter) => {
  const figure = el.shadowRoot!.querySelector('.figure')!.cloneNode(true) as HTMLElement;
  figure.querySelectorAll('.reserve').forEach((copy) => copy.remove());
  return figure.textContent!;
};

/** The text assistive technology gets: everything in the shadow tree outside aria-hidden subtrees. */
function spoken(node: Node): string {
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!;
  return [...node.childNodes].map(spoken).join(' ').replace(/\s+/g, ' ').trim();
}
const spokenText = (el: QxStatCounter) => spoken(el.shadowRoot!);

/** The fake animation clock of the current test: count-ups run frame by frame, as told. */
let clock: FrameClock;

/**
 * Renders `markup` and waits for its first render. Not `fixture`: that waits for an animation
 * frame when the outer element is not a Lit one, and animation frames are the clock's.
 */
async function render(markup: string | TemplateResult) {
  const el = fixtureSync<QxStatCounter>(markup);
  const counters = [el, ...el.querySelectorAll('qx-stat-counter')];
  await Promise.all(counters.map((c) => (c as Partial<QxStatCounter>).updateComplete));
  return el;
}

/** Renders `markup` and returns it with the warnings its first render logged. */
async function renderWarned(markup: string) {
  let el!: QxStatCounter;
  const warnings = await captureWarnings(async () => (el = await render(markup)));
  return { el, warnings };
}

/**
 * Waits until `el` has been seen half visible (when it starts counting, if it is to), then runs
 * its count-up one 16 ms frame at a time until it ends, recording what it shows (and reads out,
 * and how large it is) first and after each frame, each one really rendered. A counter that
 * does not count gives one sample and never ends.
 */
async function record(el: QxStatCounter) {
  const samples: { text: string; spoken: string; box: DOMRect }[] = [];
  const sample = () =>
    samples.push({ text: shown(el), spoken: spokenText(el), box: el.getBoundingClientRect() });
  let ended = false;
  el.addEventListener('qx-count-end', () => (ended = true), { once: true });
  await halfSeen(el);
  await el.updateComplete;
  sample();
  while (!ended && clock.pending && samples.length < 1000) {
    clock.tick(16);
    await el.updateComplete;
    await clock.rendered();
    sample();
  }
  return { samples, ended, texts: samples.map((s) => s.text) };
}

/** The number in a shown figure such as "约123亿元", as a number. */
const numberIn = (text: string) => Number(/-?[\d,]+(\.\d+)?/.exec(text)![0].replaceAll(',', ''));

describe('<qx-stat-counter>', () => {
  beforeEach(() => {
    clock = new FrameClock();
  });

  afterEach(async () => {
    clock.uninstall();
    await setLocale('zh-CN');
    await setViewport({ width: 800, height: 600 });
    await emulateMediaFeatures([]);
    window.scrollTo(0, 0);
  });

  it('is accessible in zh and en', async () => {
    const el = await render(investment());
    await expect(el).to.be.accessible();
    await switchLocale('en', el);
    await expect(el).to.be.accessible();
  });

  const seeds: [string, string, string][] = [
    ['value="67" unit="个" label="各级侨联组织"', '67个', 'en:67个'],
    ['value="380" unit="个" label="侨联分会、侨联小组"', '380个', 'en:380个'],
    [
      'value="60000000000" unit="元" notation="compact" qualifier="about" label="引进投资"',
      '约600亿元',
      'en:about 60B元',
    ],
    [
      'value="50000000" unit="人次" notation="compact" qualifier="nearly" label="浏览量"',
      '近5000万人次',
      'en:nearly 50M人次',
    ],
    ['value="100" unit="件" qualifier="over" label="法律纠纷"', '100余件', 'en:over 100件'],
    [
      'value="60000000000" unit="yuan" notation="compact" qualifier="about"',
      '约600亿 yuan',
      'en:about 60B yuan',
    ],
    [
      'value="50000000" unit="people" qualifier="nearly"',
      '近50,000,000 people',
      'en:nearly 50,000,000 people',
    ],
    ['value="12345"', '12,345', 'en:12,345'],
    ['value="1024"', '1024', 'en:1,024'],
  ];
  for (const [attrs, zh, en] of seeds) {
    it(`shows ${attrs} as ${zh} and ${en.slice(3)}, to the eye and to the ear`, async () => {
      const el = await render(`<qx-stat-counter static ${attrs}></qx-stat-counter>`);
      const label = el.getAttribute('label');
      expect(shown(el)).to.equal(zh);
      expect(spokenText(el)).to.equal(label ? `${zh} ${label}` : zh);
      await switchLocale('en', el);
      expect(shown(el)).to.equal(en.slice(3));
      expect(spokenText(el)).to.equal(label ? `${en.slice(3)} ${label}` : en.slice(3));
    });
  }

  it('exposes the qualifier, value, unit and label as parts, 余 between number and unit', async () => {
    const el = await render(
      `<qx-stat-counter static value="100" unit="件" qualifier="over" label="法律纠纷"></qx-stat-counter>`,
    );
    const parts = el.shadowRoot!.querySelectorAll('.figure [part]');
    expect([...parts].map((c) => [c.getAttribute('part'), c.textContent])).to.deep.equal([
      ['value', '100'],
      ['qualifier', '余'],
      ['unit', '件'],
    ]);
    expect(part(el, 'label')!.textContent).to.equal('法律纠纷');
    expect(part(el, 'base')!).to.exist;
    await switchLocale('en', el);
    const english = el.shadowRoot!.querySelectorAll('.figure [part]');
    expect([...english].map((c) => c.getAttribute('part'))).to.deep.equal([
      'qualifier',
      'value',
      'unit',
    ]);
  });

  it('re-renders number and qualifier when the language switches', async () => {
    const el = await render(investment('static'));
    expect(shown(el)).to.equal('约600亿元');
    const hidden = el.shadowRoot!.querySelector('.visually-hidden')!;
    expect(hidden.getAttribute('lang')).to.equal('zh-Hans');
    await switchLocale('en', el);
    expect(shown(el)).to.equal('about 60B元');
    expect(hidden.textContent).to.equal('about 60B元');
    expect(hidden.getAttribute('lang')).to.equal('en');
  });

  it('places the qualifier from the i18n pattern, so sites can override it', async () => {
    const original = i18n.getResource('zh-CN', namespace, 'stat.about') as string;
    i18n.addResourceBundle('zh-CN', namespace, { stat: { about: '{{value}}左右' } }, true, true);
    try {
      const el = await render(investment('static'));
      expect(shown(el)).to.equal('600亿左右元');
      expect(part(el, 'qualifier')!.textContent).to.equal('左右');
    } finally {
      i18n.addResourceBundle('zh-CN', namespace, { stat: { about: original } }, true, true);
    }
  });

  const extremes: [string, string, string, string, string][] = [
    // value, zh standard, zh compact, en standard, en compact
    ['1e15', '1,000,000,000,000,000', '1000万亿', '1,000,000,000,000,000', '1,000T'],
    ['2.5', '2.5', '2.5', '2.5', '2.5'],
    ['-12', '-12', '-12', '-12', '-12'],
    ['-60000000000', '-60,000,000,000', '-600亿', '-60,000,000,000', '-60B'],
    ['0', '0', '0', '0', '0'],
  ];
  for (const [value, zhStandard, zhCompact, enStandard, enCompact] of extremes) {
    it(`formats ${value} in both languages and notations`, async () => {
      const standard = await render(`<qx-stat-counter static value=${value}></qx-stat-counter>`);
      const compact = await render(
        `<qx-stat-counter static notation="compact" value=${value}></qx-stat-counter>`,
      );
      expect([shown(standard), shown(compact)]).to.deep.equal([zhStandard, zhCompact]);
      await switchLocale('en', standard, compact);
      expect([shown(standard), shown(compact)]).to.deep.equal([enStandard, enCompact]);
      expect(spokenText(compact)).to.equal(enCompact);
    });
  }

  for (const value of ['abc', '', '   ', 'Infinity', '-Infinity', 'NaN', '6,7']) {
    it(`shows "—" for the bad value ${JSON.stringify(value)}, says there is no data, and warns`, async () => {
      const { el, warnings } = await renderWarned(
        `<qx-stat-counter value="${value}" unit="个" qualifier="about" label="各级侨联组织"></qx-stat-counter>`,
      );
      expect(shown(el)).to.equal('—');
      expect(spokenText(el)).to.equal('暂无数据 各级侨联组织');
      expect(warnings.some((w) => w.includes('qx-stat-counter') && w.includes('value'))).to.be.true;
      await switchLocale('en', el);
      expect(spokenText(el)).to.equal('No data 各级侨联组织');
      expect(el.shadowRoot!.textContent).not.to.match(brokenWords);
      expect(el.shadowRoot!.textContent).not.to.contain('Infinity');
    });
  }

  it('shows "—" and warns without any value, or when the property is set to a bad one', async () => {
    const { el, warnings } = await renderWarned(`<qx-stat-counter unit="个"></qx-stat-counter>`);
    expect(shown(el)).to.equal('—');
    expect(warnings).to.have.length(1);
    const later = await captureWarnings(async () => {
      el.value = Infinity;
      await el.updateComplete;
    });
    expect(shown(el)).to.equal('—');
    expect(later[0]).to.contain('Infinity');
    el.value = 41;
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.reserve')!.textContent).to.equal('41');
  });

  it('ignores an unknown qualifier or notation, and a bad duration, with a warning each', async () => {
    const { el, warnings } = await renderWarned(
      '<qx-stat-counter value="60000000000" unit="元" qualifier="roughly" notation="short" duration="soon" static></qx-stat-counter>',
    );
    expect(shown(el)).to.equal('60,000,000,000元');
    expect(warnings.filter((w) => w.includes('qx-stat-counter'))).to.have.length(3);
    expect(warnings.join()).to.contain('roughly').and.contain('short').and.contain('soon');
    const later = await captureWarnings(async () => {
      el.setAttribute('duration', '-1');
      await el.updateComplete;
    });
    expect(later[0]).to.contain('duration "-1"');
  });

  it('counts up from 0 to the value when it is visible, easing out, in the same notation', async () => {
    const el = await render(investment('duration="300"'));
    const { samples, ended, texts: all } = await record(el);
    expect(ended, `${all.join()} ${clock.pending}`).to.be.true;
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
    await clock.rendered();
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
      html`<div>
        <div style="height: 150vh"></div>
        <qx-stat-counter
          style="display: inline-block"
          value="60000000000"
          unit="元"
          notation="compact"
          qualifier="about"
          label="引进投资"
          duration="400"
        ></qx-stat-counter>
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
    expect(clock.pending).to.equal(0);
    expect(shown(counter)).to.equal('67个');
    // A quarter in view: still waiting.
    const box = counter.getBoundingClientRect();
    window.scrollBy(0, box.bottom - innerHeight - box.height * 0.75);
    const quarter = await intersection(counter, (e) => e.isIntersecting);
    expect(quarter.intersectionRatio).to.be.within(0.1, 0.4);
    expect(clock.pending).to.equal(0);
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
    expect(clock.pending).to.equal(0);
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

    const moving = await render(investment('duration="2000"'));
    await halfSeen(moving);
    clock.tick(16);
    clock.tick(500);
    await moving.updateComplete;
    expect(shown(moving)).not.to.equal('约600亿元');
    moving.static = true;
    await moving.updateComplete;
    expect(shown(moving)).to.equal('约600亿元');
    expect(clock.pending, 'frames still asked for').to.equal(0);
  });

  it('does not count with duration 0, and shows the final value when removed mid-count', async () => {
    const instant = await render(investment('duration="0"'));
    expect((await record(instant)).ended).to.be.false;
    expect(shown(instant)).to.equal('约600亿元');

    const el = await render(investment('duration="2000"'));
    await halfSeen(el);
    clock.tick(16);
    clock.tick(500);
    await el.updateComplete;
    expect(shown(el)).not.to.equal('约600亿元');
    const parent = el.parentElement!;
    el.remove();
    await el.updateComplete;
    parent.append(el);
    await el.updateComplete;
    const { ended, texts } = await record(el);
    expect(ended).to.be.false;
    expect(new Set(texts)).to.deep.equal(new Set(['约600亿元']));
  });

  it('takes its colours and sizes from custom properties', async () => {
    const plain = await render(investment('static'));
    expect(getComputedStyle(part(plain, 'value')!).color).to.equal('rgb(200, 16, 46)');
    const themed = await render(
      investment(
        'static style="--qx-stat-counter-value-color: rgb(0, 85, 0); --qx-stat-counter-value-size: 50px; --qx-stat-counter-label-color: rgb(0, 0, 85)"',
      ),
    );
    expect(getComputedStyle(part(themed, 'value')!).color).to.equal('rgb(0, 85, 0)');
    expect(getComputedStyle(part(themed, 'value')!).fontSize).to.equal('50px');
    expect(getComputedStyle(part(themed, 'label')!).color).to.equal('rgb(0, 0, 85)');
  });

  it('wraps a huge figure at 320px instead of overflowing', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await render(
      `<qx-stat-counter static value="1e15" unit="人民币元" label="各级侨联组织"></qx-stat-counter>`,
    );
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.getBoundingClientRect().right).to.be.at.most(320);
  });

  it('keeps the figure visible in forced-colors mode', async () => {
    await inForcedColors(async () => {
      const el = await render(investment('static'));
      const style = getComputedStyle(part(el, 'value')!);
      expect(style.color).not.to.equal(getComputedStyle(document.body).backgroundColor);
      await expect(el).to.be.accessible();
    });
  });
});
