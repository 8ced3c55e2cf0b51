import { expect, html, elementUpdated } from '@open-wc/testing';
import '../article-meta.js';
import type { QxArticleMeta } from './qx-article-meta.js';
import {
  brokenWords,
  captureWarnings,
  part,
  queuedTasks,
  resetPage,
  switchLocale,
  warnedWhile,
  waitUntil,
} from '../test-utils/index.js';
import {
  fieldText,
  fixtures,
  render,
  renderUntil,
  requests,
  settledCalls,
  shown,
  spyingOnFetch,
} from '../test-utils/article-meta.js';

// The view count: the views attribute, and the count fetched from views-src.
describe('<qx-article-meta> views', () => {
  let unhandled: PromiseRejectionEvent[] = [];
  const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event);

  beforeEach(() => {
    unhandled = [];
    window.addEventListener('unhandledrejection', onUnhandled);
  });

  afterEach(async () => {
    window.removeEventListener('unhandledrejection', onUnhandled);
    await resetPage();
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
      const { el, warnings } = await warnedWhile(async () => {
        const el = await render(
          html`<qx-article-meta source="本站原创" views=${value}></qx-article-meta>`,
        );
        el.author = '本站编辑'; // an unrelated change re-renders without warning again
        await elementUpdated(el);
        return el;
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
      const { el, warnings } = await warnedWhile(() =>
        render(html`<qx-article-meta author="本站编辑" .views=${value}></qx-article-meta>`),
      );
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
});
