import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { setLocale } from '@qiaoxin/i18n';
import type { LitElement, TemplateResult } from 'lit';
import './article-meta.js';
import './breadcrumbs.js';
import './elder-mode.js';
import './news-list.js';
import './pagination.js';
import './stat-counter.js';
import { brokenWords, captureWarnings, switchLocale, visibleText } from './test-utils/index.js';

// Every element that writes its own words, numbers or dates, on a traditional-Chinese page
// (zh-Hant: set page-wide, or through the element's own lang="zh-TW" / "zh-HK").

const shadow = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector)!;
/** The figure a sighted reader sees (without the invisible copy that reserves its width). */
const figure = (el: Element) => {
  const copy = shadow(el, '.figure').cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.reserve').forEach((r) => r.remove());
  return copy.textContent!;
};

async function render<T extends LitElement>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await elementUpdated(el);
  return el;
}

describe('zh-Hant (traditional Chinese) in the components', () => {
  beforeEach(async () => {
    await setLocale('zh-Hant');
  });
  afterEach(async () => {
    await setLocale('zh-CN');
  });

  it('stat-counter: 萬/億, Chinese grouping, traditional qualifiers, lang zh-Hant', async () => {
    const cases: [string, string][] = [
      ['value="60000000000" unit="元" notation="compact" qualifier="about"', '約600億元'],
      ['value="50000000" unit="人次" notation="compact" qualifier="nearly"', '近5000萬人次'],
      ['value="100" unit="件" qualifier="over"', '100餘件'],
      ['value="1e15" notation="compact"', '1000兆'], // Taiwan's 兆 is 10¹² (zh-CN: 1000万亿)
      ['value="1024"', '1024'],
      ['value="12345"', '12,345'],
    ];
    for (const [attrs, expected] of cases) {
      const host = await fixture(`<qx-stat-counter static ${attrs}></qx-stat-counter>`);
      await elementUpdated(host as LitElement);
      expect(figure(host), attrs).to.equal(expected);
      const spoken = shadow(host, '.visually-hidden');
      expect(spoken.textContent).to.equal(expected);
      expect(spoken.lang).to.equal('zh-Hant');
    }
    let empty!: LitElement;
    const warnings = await captureWarnings(async () => {
      empty = await render<LitElement>(html`<qx-stat-counter></qx-stat-counter>`);
    });
    expect(warnings).to.have.length(1);
    expect(shadow(empty, '.visually-hidden').textContent).to.equal('暫無資料');
    await expect(empty).to.be.accessible();
  });

  it('article-meta: traditional labels, Chinese date and number forms', async () => {
    const el = await render<LitElement>(
      html`<qx-article-meta
        published="2023-06-02T15:38"
        updated="2023-06-03"
        author="本站編輯"
        source="本站原創"
        views="12345"
      ></qx-article-meta>`,
    );
    await expect(el).to.be.accessible();
    expect(shadow(el, '[part=base]').innerText).to.equal(
      '發佈時間：2023-06-02 15:38  更新時間：2023-06-03  作者：本站編輯  來源：本站原創  瀏覽次數：12,345',
    );
    expect(shadow(el, '[part=published] time').lang).to.equal('zh-Hant');
    expect(shadow(el, '[part=author] .label').lang).to.equal('zh-Hant');
  });

  it('breadcrumbs: the traditional lead-in names the landmark', async () => {
    const el = await render<LitElement>(html`
      <qx-breadcrumbs>
        <qx-breadcrumb-item href="/">首頁</qx-breadcrumb-item>
        <qx-breadcrumb-item>正文</qx-breadcrumb-item>
      </qx-breadcrumbs>
    `);
    await expect(el).to.be.accessible();
    const label = shadow(el, '[part=label]');
    expect(label.textContent).to.equal('您的當前位置：');
    expect(label.lang).to.equal('zh-Hant');
    await switchLocale('zh-CN', el);
    expect(label.textContent).to.equal('您的当前位置：');
    expect(label.lang).to.equal('zh-Hans');
  });

  it('follows an element’s own lang="zh-TW" / "zh-HK" on a simplified page', async () => {
    await setLocale('zh-CN');
    for (const lang of ['zh-TW', 'zh-HK', 'zh-Hant-MO']) {
      const el = await render<LitElement>(
        html`<qx-breadcrumbs lang=${lang}
          ><qx-breadcrumb-item>正文</qx-breadcrumb-item></qx-breadcrumbs
        >`,
      );
      expect(shadow(el, '[part=label]').textContent, lang).to.equal('您的當前位置：');
    }
  });

  it('elder-mode, news-list and pagination speak traditional Chinese', async () => {
    const elder = await render<LitElement>(html`<qx-elder-mode></qx-elder-mode>`);
    expect(shadow(elder, '[part=label]').textContent).to.equal('長者模式');
    expect(shadow(elder, '[part=label]').lang).to.equal('zh-Hant');
    const list = await render<LitElement>(html`<qx-news-list></qx-news-list>`);
    expect(shadow(list, '[part=empty]').textContent).to.equal('暫無內容');
    const item = await render<LitElement>(
      html`<qx-news-list
        ><qx-news-item href="/a/" date="2023-06-02">標題</qx-news-item></qx-news-list
      >`,
    );
    const time = item.querySelector('qx-news-item')!.shadowRoot!.querySelector('time')!;
    expect(time.textContent).to.equal('2023-06-02');
    expect(time.lang).to.equal('zh-Hant');
    const pages = await render<LitElement>(
      html`<qx-pagination current="3" total="12"></qx-pagination>`,
    );
    const text = visibleText(pages.shadowRoot!);
    expect(text).to.match(/上一頁|下一頁|第3頁/);
    expect(text).not.to.match(brokenWords);
    expect(text).not.to.match(/[页上下]一页|第\d+页/); // no simplified forms left
  });
});
