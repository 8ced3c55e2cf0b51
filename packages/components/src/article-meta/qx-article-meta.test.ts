import { expect, fixture, html, elementUpdated, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { setLocale } from '@qiaoxin/i18n';
import type { TemplateResult } from 'lit';
import '../article-meta.js';
import type { QxArticleMeta } from './qx-article-meta.js';
import {
  brokenWords,
  captureWarnings,
  inForcedColors,
  nextUpdate,
  part,
  queuedTasks,
  seedArticleMeta,
  switchLocale,
} from '../test-utils/index.js';

const zhLine = '发布时间：2023-06-02 15:38  作者：本站编辑  来源：本站原创  浏览次数：1024';
const enLine = 'Published: 2 Jun 2023, 15:38 · Author: 本站编辑 · Source: 本站原创 · Views: 1,024';

const fixtures = '/src/article-meta/fixtures';

const fieldText = (el: QxArticleMeta, name: string) => part(el, name)?.textContent ?? null;
const time = (el: QxArticleMeta, name: string) => part(el, name)?.querySelector('time') ?? null;
// Chromium's innerText on a shadow host leaves out the shadow tree, so read the rendered
// container's innerText: the text a reader sees, with the separators' preserved spaces.
const shown = (el: QxArticleMeta) => part(el, 'base')?.innerText ?? '';

async function render(template: TemplateResult) {
  const el = await fixture<QxArticleMeta>(template);
  await elementUpdated(el);
  return el;
}

/** Renders `template` and collects warnings until `done` holds (fetches finish after the render). */
async function renderUntil(
  template: TemplateResult,
  done: (el: QxArticleMeta, warnings: string[]) => boolean,
) {
  let el!: QxArticleMeta;
  const warnings = await captureWarnings(async (sofar) => {
    el = await render(template);
    await waitUntil(() => done(el, sofar), 'timed out waiting', { timeout: 4000 });
  });
  return { el, warnings };
}

/**
 * Runs `run` with fetch wrapped to record each call (the requests themselves are real). The
 * element calls fetch during its update, so once that is over, a call that is not here was
 * never made.
 */
async function spyingOnFetch(
  run: (calls: { signal: AbortSignal; response: Promise<Response> }[]) => Promise<void>,
) {
  const calls: { signal: AbortSignal; response: Promise<Response> }[] = [];
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    const response = realFetch(input, init);
    calls.push({ signal: init!.signal!, response });
    return response;
  };
  try {
    await run(calls);
  } finally {
    window.fetch = realFetch;
  }
}

/** Waits until every call's request has settled and what the element chained on it has run. */
async function settledCalls(calls: { response: Promise<Response> }[]) {
  await Promise.allSettled(calls.map((c) => c.response));
  await queuedTasks();
}

/** How many times `url` was requested on this page. */
const requests = (url: string) =>
  performance.getEntriesByType('resource').filter((e) => e.name.endsWith(url)).length;

describe('<qx-article-meta>', () => {
  let unhandled: PromiseRejectionEvent[] = [];
  const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event);

  beforeEach(() => {
    unhandled = [];
    window.addEventListener('unhandledrejection', onUnhandled);
  });

  afterEach(async () => {
    window.removeEventListener('unhandledrejection', onUnhandled);
    await setLocale('zh-CN');
    await setViewport({ width: 800, height: 600 });
  });

  it('is accessible in zh and en', async () => {
    const el = await render(seedArticleMeta());
    await expect(el).to.be.accessible();
    await switchLocale('en', el);
    await expect(el).to.be.accessible();
  });

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
      let el!: QxArticleMeta;
      const warnings = await captureWarnings(async () => {
        el = await render(
          html`<qx-article-meta published=${value} author="本站编辑"></qx-article-meta>`,
        );
        await switchLocale('en', el); // a re-render must not warn again
      });
      expect(part(el, 'published')).to.be.null;
      expect(shown(el)).to.equal('Author: 本站编辑');
      expect(shown(el)).not.to.match(brokenWords);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('qx-article-meta').and.contain('published');
    });
  }

  it('leaves out an invalid updated date and keeps the rest', async () => {
    let el!: QxArticleMeta;
    const warnings = await captureWarnings(async () => {
      el = await render(
        html`<qx-article-meta published="2023-06-02" updated="2023-02-30"></qx-article-meta>`,
      );
    });
    expect(shown(el)).to.equal('发布时间：2023-06-02');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('updated');
  });

  for (const value of [
    '-1',
    '1.5',
    '1e3',
    'abc',
    'Infinity',
    'NaN',
    '99999999999999999999',
    '1 024',
  ]) {
    it(`leaves out the invalid views ${JSON.stringify(value)} with one warning`, async () => {
      let el!: QxArticleMeta;
      const warnings = await captureWarnings(async () => {
        el = await render(
          html`<qx-article-meta source="本站原创" views=${value}></qx-article-meta>`,
        );
        el.author = '本站编辑'; // an unrelated change re-renders without warning again
        await elementUpdated(el);
      });
      expect(part(el, 'views')).to.be.null;
      expect(shown(el)).to.equal('作者：本站编辑  来源：本站原创');
      expect(shown(el)).not.to.match(brokenWords);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('views');
    });
  }

  for (const value of [NaN, Infinity, -5, 2.5]) {
    it(`leaves out the views property ${value}`, async () => {
      let el!: QxArticleMeta;
      const warnings = await captureWarnings(async () => {
        el = await render(
          html`<qx-article-meta author="本站编辑" .views=${value}></qx-article-meta>`,
        );
      });
      expect(shown(el)).to.equal('作者：本站编辑');
      expect(warnings).to.have.length(1);
    });
  }

  it('shows zero views and groups large counts the way each language does', async () => {
    const el = await render(html`<qx-article-meta views="0"></qx-article-meta>`);
    expect(shown(el)).to.equal('浏览次数：0');
    el.views = 12345;
    await elementUpdated(el);
    expect(shown(el)).to.equal('浏览次数：12,345');
    el.views = ' 1024 ';
    await elementUpdated(el);
    expect(shown(el)).to.equal('浏览次数：1024');
    await switchLocale('en', el);
    expect(shown(el)).to.equal('Views: 1,024');
  });

  it('trims author and source, and treats whitespace-only ones as absent without warning', async () => {
    let el!: QxArticleMeta;
    const warnings = await captureWarnings(async () => {
      el = await render(
        html`<qx-article-meta
          published="2023-06-02"
          author="   "
          source="  本站原创  "
          views=""
        ></qx-article-meta>`,
      );
    });
    expect(shown(el)).to.equal('发布时间：2023-06-02  来源：本站原创');
    expect(part(el, 'author')).to.be.null;
    expect(warnings).to.deep.equal([]);
  });

  it('renders nothing visible when no field is valid', async () => {
    let el!: QxArticleMeta;
    const warnings = await captureWarnings(async () => {
      el = await render(
        html`<qx-article-meta published="not a date" views="-1" author=" "></qx-article-meta>`,
      );
    });
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

  describe('views-src', () => {
    it('replaces the views attribute with the fetched count, once', async () => {
      const url = `${fixtures}/views.json?once`;
      const { el } = await renderUntil(
        html`<qx-article-meta author="本站编辑" views="1024" views-src=${url}></qx-article-meta>`,
        (e) => fieldText(e, 'views') === '浏览次数：2048',
      );
      expect(shown(el)).to.equal('作者：本站编辑  浏览次数：2048');
      expect(requests(url)).to.equal(1);
      // A new fetch would start in the update itself: none does.
      await spyingOnFetch(async (calls) => {
        await switchLocale('en', el);
        el.author = '本站';
        await elementUpdated(el);
        expect(calls).to.have.length(0);
      });
      expect(shown(el)).to.equal('Author: 本站 · Views: 2,048');
      expect(unhandled).to.deep.equal([]);
    });

    it('fetches again when the URL changes, and when moved back into the page', async () => {
      const url = `${fixtures}/views-other.json?moved`;
      const { el } = await renderUntil(
        html`<qx-article-meta views-src="${fixtures}/views.json?change"></qx-article-meta>`,
        (e) => fieldText(e, 'views') === '浏览次数：2048',
      );
      el.viewsSrc = url;
      await waitUntil(() => fieldText(el, 'views') === '浏览次数：5');
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await waitUntil(() => requests(url) === 2, 'not refetched on reconnect');
    });

    const failures: [string, string][] = [
      ['a missing file (404)', `${fixtures}/absent.json`],
      ['malformed JSON', `${fixtures}/malformed.json`],
      ['a negative count', `${fixtures}/negative.json`],
      ['no views key', `${fixtures}/missing.json`],
      ['an unreachable server', 'http://127.0.0.1:9/views.json'],
    ];
    for (const [what, url] of failures) {
      it(`keeps the views attribute and warns on ${what}`, async () => {
        const { el, warnings } = await renderUntil(
          html`<qx-article-meta
            published="2023-06-02"
            views="1024"
            views-src=${url}
          ></qx-article-meta>`,
          (_, w) => w.length > 0,
        );
        expect(shown(el)).to.equal('发布时间：2023-06-02  浏览次数：1024');
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('views').and.contain(url);
        // The warning ends the fetch's chain; a rejection left unhandled would have queued
        // its event by then.
        await queuedTasks();
        expect(unhandled).to.deep.equal([]);
      });
    }

    it('leaves the views field out when the fetch fails and there is no views attribute', async () => {
      const { el } = await renderUntil(
        html`<qx-article-meta
          author="本站编辑"
          views-src="${fixtures}/absent.json"
        ></qx-article-meta>`,
        (_, w) => w.length > 0,
      );
      expect(shown(el)).to.equal('作者：本站编辑');
      expect(shown(el)).not.to.match(brokenWords);
    });

    for (const url of [
      'javascript:alert(1)',
      ' java\tscript:alert(1)',
      'data:application/json,{"views":9}',
      'file:///etc/passwd',
    ]) {
      it(`refuses the unsafe views-src ${JSON.stringify(url)} without fetching`, async () => {
        let el!: QxArticleMeta;
        let fetched = -1;
        const warnings = await captureWarnings(() =>
          spyingOnFetch(async (calls) => {
            el = await render(html`<qx-article-meta views="7" views-src=${url}></qx-article-meta>`);
            fetched = calls.length;
          }),
        );
        expect(fetched, 'fetch calls').to.equal(0);
        expect(shown(el)).to.equal('浏览次数：7');
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('unsafe');
      });
    }

    it('aborts the request when the element leaves the page, silently', async () => {
      let el!: QxArticleMeta;
      let signals: AbortSignal[] = [];
      const warnings = await captureWarnings(() =>
        spyingOnFetch(async (calls) => {
          el = await render(
            html`<qx-article-meta
              views="1"
              views-src="${fixtures}/views.json?abort"
            ></qx-article-meta>`,
          );
          el.remove();
          await settledCalls(calls);
          signals = calls.map((c) => c.signal);
        }),
      );
      expect(warnings).to.deep.equal([]);
      expect(signals).to.have.length(1);
      expect(signals[0]!.aborted).to.be.true;
      expect(fieldText(el, 'views')).to.equal('浏览次数：1');
      expect(unhandled).to.deep.equal([]);
    });
  });

  it('stops a pending fetch when views-src is removed', async () => {
    const url = `${fixtures}/views.json?removed`;
    let el!: QxArticleMeta;
    let aborted: boolean[] = [];
    const warnings = await captureWarnings(() =>
      spyingOnFetch(async (calls) => {
        el = await render(html`<qx-article-meta views="3" views-src=${url}></qx-article-meta>`);
        el.removeAttribute('views-src');
        await elementUpdated(el);
        await settledCalls(calls);
        aborted = calls.map((c) => c.signal.aborted);
      }),
    );
    expect(aborted).to.deep.equal([true]);
    expect(shown(el)).to.equal('浏览次数：3');
    expect(warnings).to.deep.equal([]);
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
