import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../search.js';
import type { QxSearch, QxSearchDetail } from './qx-search.js';
import { excerptSegments } from './results.js';
import {
  brokenWords,
  captureWarnings,
  inForcedColors,
  part,
  parts,
  queuedTasks,
  switchLocale,
  waitUntil,
} from '../test-utils/index.js';
import { describeElement } from '../test-utils/suite.js';
import { action, en, input, render, root, settled, type, zh } from '../test-utils/search.js';

// Searching and what is shown; moving through the results and closing them have their own
// test file (qx-search.keyboard.test.ts).
describeElement('<qx-search>', function () {
  it('is accessible in zh and en, idle and with results', async () => {
    const el = await render();
    await expect(el).to.be.accessible();
    await type(el, '五年工作回顾');
    await settled(el);
    await expect(el).to.be.accessible();
    await switchLocale('en', el);
    await expect(el).to.be.accessible();
  });

  it('is a real GET form to the search page, and loads Pagefind only when used', async () => {
    // English: the earlier tests have loaded the Chinese bundle into this page already.
    const el = await render(en, 'en');
    const form = root(el).querySelector('form')!;
    expect(form.getAttribute('role')).to.equal('search');
    expect(form.getAttribute('method')).to.equal('get');
    expect(form.getAttribute('action')).to.equal(action);
    expect(input(el).type).to.equal('search');
    expect(input(el).name).to.equal('q');
    expect(input(el).labels![0]!.textContent!.trim()).to.equal('Search');
    expect(part(el, 'button')!.getAttribute('type')).to.equal('submit');
    const loaded = () =>
      performance
        .getEntriesByType('resource')
        .some((entry) => entry.name.includes('/search-fixture/en/pagefind/pagefind.js'));
    expect(loaded(), 'pagefind.js at page load').to.be.false;
    input(el).focus();
    await waitUntil(loaded, 'pagefind.js not loaded on focus');
  });

  it('finds a Chinese phrase, with the matched words marked', async () => {
    const el = await render();
    const events: QxSearchDetail[] = [];
    el.addEventListener('qx-search', (e) => events.push(e.detail));
    input(el).focus();
    await sendKeys({ type: '五年回顾' });
    // Each keystroke searches: results of 五年 may already show while 五年回顾 is searched. Wait
    // for the whole phrase's search to finish and be drawn.
    await waitUntil(() => events.at(-1)?.query === '五年回顾', 'the phrase was not searched');
    await el.updateComplete;
    const link = parts(el, 'link')[0]!;
    expect(link.getAttribute('href')).to.equal('/search-fixture/zh/articles/five-year-review/');
    expect(link.textContent).to.equal('金山区侨联五年工作回顾');
    const marks = parts(el, 'excerpt')[0]!.querySelectorAll('mark');
    expect(marks.length).to.be.greaterThan(0);
    expect([...marks].map((m) => m.textContent).join()).to.match(/五年|工作/);
    expect(part(el, 'status')!.textContent).to.match(/找到\d+个结果/);
    expect(part(el, 'panel')!.textContent).not.to.match(brokenWords);
  });

  it('finds English words, announcing "1 result found"', async () => {
    const el = await render(en, 'en');
    await type(el, 'friendships');
    await settled(el);
    expect(parts(el, 'link').map((a) => a.getAttribute('href'))).to.deep.equal([
      '/search-fixture/en/articles/five-year-review/',
    ]);
    expect(part(el, 'mark')!.textContent!.toLowerCase()).to.contain('friendship');
    expect(part(el, 'status')!.textContent!.trim()).to.equal('1 result found');
  });

  it('shows text exactly as written, entities decoded and markup inert', async () => {
    const el = await render();
    await type(el, '嘉宾');
    await settled(el);
    expect(part(el, 'excerpt')!.textContent).to.contain('A&B 企业代表 <作为嘉宾>');
    expect(part(el, 'excerpt')!.querySelectorAll(':not(mark)')).to.have.length(0);
    expect(excerptSegments('a &lt;b&gt; <mark>c&amp;d</mark>')).to.deep.equal([
      ['a <b> ', false],
      ['c&d', true],
    ]);
  });

  it('lists 8 results and links to all of them on the search page', async () => {
    const el = await render();
    await type(el, '侨联');
    await settled(el, 'all');
    expect(parts(el, 'result')).to.have.length(8);
    const all = new URL((part(el, 'all') as HTMLAnchorElement).href);
    expect(all.pathname).to.equal(action);
    expect(all.searchParams.get('q')).to.equal('侨联');
  });

  it('says when nothing is found, and clears when the field is emptied', async () => {
    const el = await render();
    await type(el, 'zzqqxx');
    await waitUntil(() => part(el, 'message')?.textContent?.includes('没有找到'), 'no message');
    expect(part(el, 'message')!.textContent).to.equal('没有找到与“zzqqxx”相关的内容');
    await type(el, ' ');
    await el.updateComplete;
    expect(part(el, 'panel')).to.equal(null);
  });

  it('says search is unavailable when the bundle fails, warns once, and the form still submits', async () => {
    for (const bundle of ['/search-fixture/nowhere/', '/search-fixture/unavailable/']) {
      const el = await render(bundle);
      const warnings = await captureWarnings(async (seen) => {
        await type(el, '侨联');
        await waitUntil(() => seen.length > 0, 'no warning');
        await type(el, '侨联工作');
        await waitUntil(() => part(el, 'message'), 'no message');
        // The bundle's failure is remembered, so this search fails within the microtasks the
        // input started: they have all run once the tasks queued before this one have.
        await queuedTasks();
      });
      expect(warnings, bundle).to.have.length(1);
      expect(warnings[0]).to.contain('search is unavailable');
      expect(part(el, 'message')!.textContent).to.equal('站内搜索暂时无法使用，请稍后再试');
      expect(part(el, 'panel')!.textContent).not.to.match(brokenWords);
      expect(root(el).querySelector('form')!.getAttribute('action')).to.equal(action);
    }
  });

  it('a new bundle-path starts afresh: its own failure warns, a working one searches', async () => {
    // The same element kept with new attributes, as Storybook or a page's own code does.
    const el = await render('/search-fixture/nowhere/');
    for (const bundle of ['/search-fixture/nowhere/', '/search-fixture/unavailable/']) {
      el.bundlePath = bundle;
      const warnings = await captureWarnings(async (seen) => {
        await type(el, '侨联');
        await waitUntil(() => seen.length > 0, `no warning for ${bundle}`);
      });
      expect(warnings.join('\n')).to.contain(`${bundle}pagefind.js failed`);
    }
    el.bundlePath = zh;
    await type(el, '五年工作回顾');
    await settled(el);
    expect(part(el, 'message')?.textContent ?? '').not.to.contain('无法使用');
    expect(parts(el, 'result').length).to.be.greaterThan(0);
  });

  it('refuses an unsafe action, bundle-path and result URLs, with a warning', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<QxSearch>(
        html`<qx-search
          action="javascript:alert(1)"
          bundle-path="javascript:alert(2)//"
        ></qx-search>`,
      );
      expect(root(el).querySelector('form')!.hasAttribute('action')).to.be.false;
      await type(el, '侨联');
      await el.updateComplete;
      expect(part(el, 'message')!.textContent).to.contain('暂时无法使用');
    });
    expect(warnings.join('\n')).to.contain('refused action').and.contain('refused bundle-path');

    let el!: QxSearch;
    const more = await captureWarnings(async () => {
      el = await render('/search-fixture/hostile');
      await type(el, 'x');
      await settled(el);
    });
    expect(more.join('\n')).to.contain('should end in "/"').and.contain('refused result URL');
    expect(parts(el, 'link').map((a) => a.getAttribute('href'))).to.deep.equal(['/safe/']);
    expect(part(el, 'link')!.textContent).to.equal('/safe/'); // no title: the URL
    expect(part(el, 'excerpt')!.textContent!.trim()).to.equal('A & B <i>');
    expect(part(el, 'excerpt')!.querySelector('img')).to.equal(null);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('is a plain form without bundle-path', async () => {
    const el = await fixture<QxSearch>(html`<qx-search action=${action}></qx-search>`);
    await type(el, '侨联');
    await el.updateComplete;
    expect(part(el, 'panel')).to.equal(null);
  });

  it('full-page: searches ?q= at once, lists every result and keeps ?q= current', async () => {
    const start = location.href;
    history.replaceState(null, '', `?q=${encodeURIComponent('侨联')}`);
    try {
      const el = await fixture<QxSearch>(
        html`<qx-search full-page action=${action} bundle-path=${zh}></qx-search>`,
      );
      expect(input(el).value).to.equal('侨联');
      await waitUntil(() => parts(el, 'result').length > 8, 'not every result');
      expect(part(el, 'all')).to.equal(null);
      expect(part(el, 'panel')!.classList.contains('page')).to.be.true;
      expect(part(el, 'label')!.classList.contains('visually-hidden')).to.be.false;
      expect(part(el, 'status')!.textContent).to.match(/找到1\d个结果/);
      await type(el, '五年工作回顾');
      expect(new URLSearchParams(location.search).get('q')).to.equal('五年工作回顾');
      await waitUntil(() => parts(el, 'result').length < 8, 'not searched again');
      await sendKeys({ press: 'Escape' });
      expect(part(el, 'panel')).not.to.equal(null); // nothing to close in the page
    } finally {
      history.replaceState(null, '', start);
    }
  });

  it('speaks Traditional Chinese when the locale is zh-Hant', async () => {
    const el = await render();
    await switchLocale('zh-Hant', el);
    expect(part(el, 'label')!.textContent!.trim()).to.equal('搜尋');
    expect(part(el, 'button')!.textContent!.trim()).to.equal('搜尋');
    expect(input(el).placeholder).to.equal('搜尋本站');
    expect(part(el, 'base')!.lang).to.equal('zh-Hant');
  });

  it('keeps matched words visible in forced colors, and fits 320 px', async () => {
    const el = await render();
    await type(el, '五年工作回顾');
    await settled(el, 'mark');
    const probe = document.createElement('span');
    probe.style.background = 'Mark';
    document.body.append(probe);
    await inForcedColors(async () => {
      const mark = getComputedStyle(part(el, 'mark')!);
      expect(mark.backgroundColor).to.equal(getComputedStyle(probe).backgroundColor);
      expect(mark.fontWeight).to.equal('700');
    });
    probe.remove();
    await setViewport({ width: 320, height: 640 });
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(part(el, 'panel')!.getBoundingClientRect().right).to.be.at.most(320);
  });
});
