import { expect, html } from '@open-wc/testing';
import '../article-meta.js';
import { brokenWords, part, switchLocale, warnedWhile } from '../test-utils/index.js';
import { describeElement } from '../test-utils/suite.js';
import { fieldText, render, shown, time } from '../test-utils/article-meta.js';

// The published and updated dates: how each form is read, shown and marked up, and what is
// left out.
describeElement('<qx-article-meta> dates', () => {
  it('puts dates in <time> with a normalised datetime', async () => {
    const el = await render(
      html`<qx-article-meta
        published="2023-06-02 15:38"
        updated="2023-06-02T15:38:07+08:00"
      ></qx-article-meta>`,
    );
    expect(time(el, 'published')!.dateTime).to.equal('2023-06-02T15:38:00');
    expect(time(el, 'updated')!.dateTime).to.equal('2023-06-02T07:38:07Z');
    expect(fieldText(el, 'updated')).to.equal('更新时间：2023-06-02 15:38');
  });

  it('shows only the date for a date-only value', async () => {
    const el = await render(html`<qx-article-meta published="2023-06-02"></qx-article-meta>`);
    expect(shown(el)).to.equal('发布时间：2023-06-02');
    expect(time(el, 'published')!.dateTime).to.equal('2023-06-02');
    await switchLocale('en', el);
    expect(shown(el)).to.equal('Published: 2 Jun 2023');
  });

  const zoned: [string, string, string][] = [
    ['2023-06-02T15:38', '2023-06-02 15:38', '2 Jun 2023, 15:38'],
    ['2023-06-02T00:05:59', '2023-06-02 00:05', '2 Jun 2023, 00:05'],
    ['2023-06-02T07:38Z', '2023-06-02 15:38', '2 Jun 2023, 15:38'],
    ['2023-06-02t07:38:00z', '2023-06-02 15:38', '2 Jun 2023, 15:38'],
    ['2023-06-02T15:38+08:00', '2023-06-02 15:38', '2 Jun 2023, 15:38'],
    ['2023-06-01T23:30-05:00', '2023-06-02 12:30', '2 Jun 2023, 12:30'],
    ['2023-06-02T20:00:00.000Z', '2023-06-03 04:00', '3 Jun 2023, 04:00'],
    [' 2023-12-31 23:59 ', '2023-12-31 23:59', '31 Dec 2023, 23:59'],
    ['2024-02-29', '2024-02-29', '29 Feb 2024'],
  ];
  for (const [value, zh, en] of zoned) {
    it(`shows ${JSON.stringify(value)} as ${zh} / ${en}`, async () => {
      const el = await render(html`<qx-article-meta published=${value}></qx-article-meta>`);
      expect(time(el, 'published')!.textContent).to.equal(zh);
      await switchLocale('en', el);
      expect(time(el, 'published')!.textContent).to.equal(en);
    });
  }

  const badDates = [
    '2023-02-31',
    '2023-13-01',
    '2023-02-29',
    '2023-06-02T24:00',
    '2023-06-02T15:60',
    '2023-06-02T15:38+25:00',
    '0023-06-02',
    '2023/06/02',
    '02-06-2023',
    'yesterday',
    'Invalid Date',
    '2023-6-2',
  ];
  for (const value of badDates) {
    it(`leaves out the unparseable date ${JSON.stringify(value)} with one warning`, async () => {
      const { el, warnings } = await warnedWhile(async () => {
        const el = await render(
          html`<qx-article-meta published=${value} author="本站编辑"></qx-article-meta>`,
        );
        await switchLocale('en', el); // a re-render must not warn again
        return el;
      });
      expect(part(el, 'published')).to.be.null;
      expect(shown(el)).to.equal('Author: 本站编辑');
      expect(shown(el)).not.to.match(brokenWords);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('qx-article-meta').and.contain('published');
    });
  }

  it('leaves out an invalid updated date and keeps the rest', async () => {
    const { el, warnings } = await warnedWhile(() =>
      render(html`<qx-article-meta published="2023-06-02" updated="2023-02-30"></qx-article-meta>`),
    );
    expect(shown(el)).to.equal('发布时间：2023-06-02');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('updated');
  });
});
