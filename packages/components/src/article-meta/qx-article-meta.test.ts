import { expect, html, elementUpdated } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../article-meta.js';
import {
  inForcedColors,
  nextUpdate,
  part,
  seedArticleMeta,
  switchLocale,
  warnedWhile,
} from '../test-utils/index.js';
import { describeElement, itIsAccessibleInZhAndEn } from '../test-utils/suite.js';
import { enLine, fieldText, render, shown, time, zhLine } from '../test-utils/article-meta.js';

// The line itself: its text in each language, its parts and layout. Dates and views have
// test files of their own (qx-article-meta.dates/views.test.ts).
describeElement('<qx-article-meta>', () => {
  itIsAccessibleInZhAndEn(() => render(seedArticleMeta()));

  it('renders the Chinese portal line exactly, two spaces between fields', async () => {
    const el = await render(seedArticleMeta());
    expect(shown(el)).to.equal(zhLine);
    const separators = [...el.shadowRoot!.querySelectorAll('.separator')];
    expect(separators).to.have.length(3);
    expect(separators.every((s) => s.getAttribute('aria-hidden') === 'true')).to.be.true;
    expect(getComputedStyle(separators[0]!).whiteSpace).to.equal('pre-wrap');
  });

  it('renders the English line with Intl dates and grouped numbers', async () => {
    const el = await render(seedArticleMeta());
    await switchLocale('en', el);
    expect(shown(el)).to.equal(enLine);
  });

  it('exposes each field as a part with its label and value', async () => {
    const el = await render(
      html`<qx-article-meta
        published="2023-06-02T15:38"
        updated="2023-06-03 09:05"
        author="本站编辑"
        source="重庆日报"
        views="1024"
      ></qx-article-meta>`,
    );
    expect(part(el, 'base')).to.exist;
    expect(fieldText(el, 'published')).to.equal('发布时间：2023-06-02 15:38');
    expect(fieldText(el, 'updated')).to.equal('更新时间：2023-06-03 09:05');
    expect(fieldText(el, 'author')).to.equal('作者：本站编辑');
    expect(fieldText(el, 'source')).to.equal('来源：重庆日报');
    expect(fieldText(el, 'views')).to.equal('浏览次数：1024');
    const order = [...el.shadowRoot!.querySelectorAll('[part]:not([part=base])')].map((p) =>
      p.getAttribute('part'),
    );
    expect(order).to.deep.equal(['published', 'updated', 'author', 'source', 'views']);
  });

  it('marks labels and dates with the UI language, leaving the page-given text unmarked', async () => {
    const el = await render(seedArticleMeta());
    const label = part(el, 'author')!.querySelector('.label')!;
    expect(label.getAttribute('lang')).to.equal('zh-Hans');
    expect(time(el, 'published')!.getAttribute('lang')).to.equal('zh-Hans');
    expect(part(el, 'author')!.hasAttribute('lang')).to.be.false;
    await switchLocale('en', el);
    expect(label.getAttribute('lang')).to.equal('en');
    expect(time(el, 'published')!.getAttribute('lang')).to.equal('en');
    expect(part(el, 'author')!.lastChild!.textContent).to.equal('本站编辑');
  });

  it('trims author and source, and treats whitespace-only ones as absent without warning', async () => {
    const { el, warnings } = await warnedWhile(() =>
      render(
        html`<qx-article-meta
          published="2023-06-02"
          author="   "
          source="  本站原创  "
          views=""
        ></qx-article-meta>`,
      ),
    );
    expect(shown(el)).to.equal('发布时间：2023-06-02  来源：本站原创');
    expect(part(el, 'author')).to.be.null;
    expect(warnings).to.deep.equal([]);
  });

  it('renders nothing visible when no field is valid', async () => {
    const { el, warnings } = await warnedWhile(() =>
      render(
        html`<qx-article-meta published="not a date" views="-1" author=" "></qx-article-meta>`,
      ),
    );
    expect(part(el, 'base')).to.be.null;
    expect(el.shadowRoot!.querySelector('.separator')).to.be.null;
    expect(shown(el)).to.equal('');
    expect(el.shadowRoot!.textContent!.trim()).to.equal('');
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(warnings).to.have.length(2);
    const empty = await render(html`<qx-article-meta></qx-article-meta>`);
    expect(shown(empty)).to.equal('');
  });

  it('shows a single field with no separator, and adds separators as fields arrive', async () => {
    const el = await render(html`<qx-article-meta source="重庆日报"></qx-article-meta>`);
    expect(shown(el)).to.equal('来源：重庆日报');
    expect(el.shadowRoot!.querySelector('.separator')).to.be.null;
    el.published = '2023-06-02T15:38';
    await elementUpdated(el);
    expect(shown(el)).to.equal('发布时间：2023-06-02 15:38  来源：重庆日报');
    el.published = undefined;
    await elementUpdated(el);
    expect(shown(el)).to.equal('来源：重庆日报');
  });

  it('follows its own lang attribute over the page language', async () => {
    const el = await render(
      html`<qx-article-meta lang="en" published="2023-06-02T15:38" views="1024"></qx-article-meta>`,
    );
    expect(shown(el)).to.equal('Published: 2 Jun 2023, 15:38 · Views: 1,024');
    const updated = nextUpdate(el);
    el.setAttribute('lang', 'zh-CN');
    await updated;
    expect(shown(el)).to.equal('发布时间：2023-06-02 15:38  浏览次数：1024');
  });

  it('takes colour and size from its custom properties', async () => {
    const el = await render(
      html`<qx-article-meta
        style="--qx-article-meta-color: rgb(1, 2, 3);
      --qx-article-meta-font-size: 20px"
        author="本站编辑"
      ></qx-article-meta>`,
    );
    const style = getComputedStyle(part(el, 'author')!);
    expect(style.color).to.equal('rgb(1, 2, 3)');
    expect(style.fontSize).to.equal('20px');
    const plain = await render(html`<qx-article-meta author="本站编辑"></qx-article-meta>`);
    expect(getComputedStyle(part(plain, 'author')!).color).to.equal('rgb(92, 99, 112)'); // --qx-color-text-muted
  });

  for (const locale of ['zh-CN', 'en']) {
    it(`wraps at 320px between fields, without overflowing (${locale})`, async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await render(
        html`<qx-article-meta
          style="width:100%"
          published="2023-06-02T15:38"
          updated="2023-06-03T09:00"
          author="重庆市归国华侨联合会宣传文化部"
          source="Chongqing Federation of Returned Overseas Chinese Supercalifragilisticexpialidocious"
          views="50000000"
        ></qx-article-meta>`,
      );
      await switchLocale(locale, el);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(60);
      // Fields that fit on a line stay whole; only the too-long source breaks inside.
      for (const name of ['published', 'updated', 'author', 'views']) {
        const tops = new Set([...part(el, name)!.getClientRects()].map((r) => Math.round(r.top)));
        expect(tops.size, name).to.equal(1);
      }
      expect(part(el, 'source')!.getBoundingClientRect().right).to.be.at.most(320);
      // Every line starts with a field, never with a separator.
      const left = el.getBoundingClientRect().left;
      for (const separator of el.shadowRoot!.querySelectorAll('.separator')) {
        for (const r of separator.getClientRects()) expect(r.left).to.be.greaterThan(left + 1);
      }
    });
  }

  it('stays legible in forced-colors mode', async () => {
    await inForcedColors(async () => {
      const el = await render(seedArticleMeta());
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const color = getComputedStyle(part(el, 'author')!).color;
      expect(color).not.to.equal(getComputedStyle(document.body).backgroundColor);
      expect(color).not.to.equal('rgb(92, 99, 112)'); // the muted grey gives way to the system text colour
      expect(shown(el)).to.equal(zhLine);
      await expect(el).to.be.accessible();
    });
  });
});
