import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { i18n, namespace } from '@qiaoxin/i18n';
import '../stat-counter.js';
import {
  brokenWords,
  captureWarnings,
  inForcedColors,
  part,
  switchLocale,
} from '../test-utils/index.js';
import { itIsAccessibleInZhAndEn } from '../test-utils/suite.js';
import {
  investment,
  render,
  renderWarned,
  shown,
  spokenText,
  useFrameClock,
} from '../test-utils/stat-counter.js';

// What a counter shows and says once it has its value; the count-up has its own test file
// (qx-stat-counter.count-up.test.ts).
describe('<qx-stat-counter>', () => {
  useFrameClock();

  itIsAccessibleInZhAndEn(() => render(investment()));

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
