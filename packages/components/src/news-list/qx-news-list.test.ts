import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { setLocale } from '@qiaoxin/i18n';
import '../news-list.js';
import type { QxNewsList } from './qx-news-list.js';
import type { QxNewsItem } from './qx-news-item.js';
import {
  brokenWords,
  captureWarnings,
  inForcedColors,
  nextUpdate,
  part,
  slotChanged,
  switchLocale,
  visibleText,
  warnedWhile,
} from '../test-utils/index.js';
import { describeElement, itIsAccessibleInZhAndEn } from '../test-utils/suite.js';

// The Chongqing 理论学习 column: the seed article and neighbours in the same column.
const seedTitle = '奋力书写“侨”文章 凝心聚力启新程 ——重庆市侨联五年工作综述';
const column = () => html`
  <qx-news-list>
    <qx-news-item href="/llxx/2023/0602/zw.html" date="2023-06-02">${seedTitle}</qx-news-item>
    <qx-news-item href="/llxx/2023/0518/zw.html" date="2023-05-18"
      >市侨联机关深入学习贯彻习近平新时代中国特色社会主义思想主题教育</qx-news-item
    >
    <qx-news-item href="/qldt/1.html" date="2023-05-09" lang="en"
      >An English-only title</qx-news-item
    >
  </qx-news-list>
`;

const items = (el: QxNewsList) => [...el.querySelectorAll('qx-news-item')];

/** Waits for the list, then its items (the list tells them its language as it updates). */
async function settled(el: QxNewsList) {
  await elementUpdated(el);
  await Promise.all(items(el).map((i) => i.updateComplete));
  return el;
}

/** Changes the items with `change`, and waits for the list to notice (slotchange) and re-render. */
async function changeItems(el: QxNewsList, change: () => void) {
  const changed = slotChanged(el);
  change();
  await changed;
  return settled(el);
}

const render = async (template: unknown) =>
  settled(await fixture<QxNewsList>(template as ReturnType<typeof html>));

describeElement('<qx-news-list>', () => {
  itIsAccessibleInZhAndEn(
    () => render(column()),
    (el) => settled(el),
  );

  it('is a list whose items are the slotted qx-news-item elements', async () => {
    const el = await render(column());
    const list = part(el, 'list')!;
    // A list by role: the items' <li>s sit in their own shadow roots (a <ul> may hold only <li>s).
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.getAttribute('part')).to.equal('base list');
    expect(list.querySelector('slot')!.assignedElements()).to.have.length(3);
    expect(items(el).every((i) => i.getAttribute('role') === 'none')).to.be.true;
    expect(items(el).every((i) => i.shadowRoot!.querySelector('li'))).to.be.true;
    expect(part(el, 'empty')!.hidden).to.be.true;
  });

  it('links each title to its article and shows the whole title', async () => {
    const el = await render(column());
    const [first] = items(el) as [QxNewsItem];
    const link = part(first, 'link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('/llxx/2023/0602/zw.html');
    expect(link.contains(part(first, 'title'))).to.be.true;
    expect(visibleText(first)).to.include(seedTitle.replace(/\s+/g, ' '));
  });

  it('shows the day in a <time>: 2023-06-02 in Chinese, 2 Jun 2023 in English', async () => {
    const el = await render(column());
    const [first, , english] = items(el) as [QxNewsItem, QxNewsItem, QxNewsItem];
    const time = part(first, 'date')!;
    expect(time.localName).to.equal('time');
    expect(time.getAttribute('datetime')).to.equal('2023-06-02');
    expect(time.textContent).to.equal('2023-06-02');
    // An item with its own lang="en" writes its date in English inside a Chinese list.
    expect(part(english, 'date')!.textContent).to.equal('9 May 2023');
    expect(part(english, 'date')!.getAttribute('lang')).to.equal('en');
  });

  it('re-renders dates when the language switches, and follows the list’s own lang', async () => {
    const el = await render(column());
    await switchLocale('en', el);
    await settled(el);
    expect(part(items(el)[0]!, 'date')!.textContent).to.equal('2 Jun 2023');
    await setLocale('zh-CN');
    const updated = nextUpdate(el); // through the lang observer
    el.setAttribute('lang', 'en');
    await updated;
    await settled(el);
    expect(part(items(el)[1]!, 'date')!.textContent).to.equal('18 May 2023');
  });

  it('puts the date at the right of the title on a wide screen', async () => {
    const el = await render(column());
    const item = items(el)[0]!;
    const title = part(item, 'link')!.getBoundingClientRect();
    const date = part(item, 'date')!.getBoundingClientRect();
    expect(date.left).to.be.greaterThan(title.right - 1);
    expect(Math.round(date.right)).to.equal(Math.round(item.getBoundingClientRect().right));
  });

  it('wraps long titles rather than cutting them off', async () => {
    const el = await render(
      html`<qx-news-list style="width: 360px">
        <qx-news-item href="/a.html" date="2023-06-02"
          >${seedTitle}${seedTitle}</qx-news-item
        ></qx-news-list
      >`,
    );
    const title = part(items(el)[0]!, 'title')!;
    const style = getComputedStyle(part(items(el)[0]!, 'link')!);
    expect(style.textOverflow).not.to.equal('ellipsis');
    expect(title.getBoundingClientRect().height).to.be.greaterThan(40);
    expect(title.scrollWidth).to.be.at.most(title.clientWidth + 1);
  });

  it('shows 暂无内容 / Nothing published yet when empty', async () => {
    const el = await render(html`<qx-news-list> </qx-news-list>`);
    expect(part(el, 'empty')!.hidden).to.be.false;
    expect(part(el, 'list')!.hidden).to.be.true;
    expect(part(el, 'empty')!.textContent).to.equal('暂无内容');
    expect(part(el, 'empty')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    await switchLocale('en', el);
    expect(part(el, 'empty')!.textContent).to.equal('Nothing published yet');
  });

  it('switches between the list and the empty text as items come and go', async () => {
    const el = await render(column());
    await changeItems(el, () => el.replaceChildren());
    expect(part(el, 'empty')!.hidden).to.be.false;
    const item = document.createElement('qx-news-item');
    item.textContent = '新文章';
    await changeItems(el, () => el.append(item));
    expect(part(el, 'empty')!.hidden).to.be.true;
  });

  it('shows a title without href as text', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await render(
        html`<qx-news-list><qx-news-item>无链接</qx-news-item></qx-news-list>`,
      );
      const item = items(el)[0]!;
      expect(part(item, 'link')).to.be.null;
      expect(part(item, 'title')!.textContent).to.equal('');
      expect(part(item, 'date')).to.be.null;
    });
    expect(warnings).to.deep.equal([]);
  });

  for (const href of ['javascript:alert(1)', ' java\tscript:alert(1)', 'data:text/html,x']) {
    it(`refuses the unsafe href ${JSON.stringify(href)}, showing text and warning`, async () => {
      const { el, warnings } = await warnedWhile(() =>
        render(
          html`<qx-news-list
            ><qx-news-item href=${href} date="2023-06-02">标题</qx-news-item></qx-news-list
          >`,
        ),
      );
      expect(part(items(el)[0]!, 'link')).to.be.null;
      expect(part(items(el)[0]!, 'title')).to.exist;
      expect(
        warnings.filter((w) => w.includes('<qx-news-item>') && w.includes('unsafe')),
      ).to.have.length(1);
    });
  }

  it('shows only the day of a full timestamp, as CMS templates often output one', async () => {
    const el = await render(
      html`<qx-news-list
        ><qx-news-item href="/a.html" date="2023-06-02T15:38">标题</qx-news-item></qx-news-list
      >`,
    );
    const time = part(items(el)[0]!, 'date')!;
    expect(time.textContent).to.equal('2023-06-02');
    expect(time.getAttribute('datetime')).to.equal('2023-06-02T15:38:00');
  });

  for (const date of ['2023-02-31', '2023/06/02', 'yesterday', '2023-6-2', '2023-06-02T25:00']) {
    it(`leaves out the invalid date ${date} and warns`, async () => {
      const { el, warnings } = await warnedWhile(() =>
        render(
          html`<qx-news-list
            ><qx-news-item href="/a.html" date=${date}>标题</qx-news-item></qx-news-list
          >`,
        ),
      );
      expect(part(items(el)[0]!, 'date')).to.be.null;
      expect(visibleText(items(el)[0]!)).not.to.match(brokenWords);
      expect(warnings.filter((w) => w.includes('invalid date'))).to.have.length(1);
    });
  }

  it('is keyboard operable: Tab goes through the titles in order, with a focus ring', async () => {
    const el = await render(column());
    for (const item of items(el)) {
      await sendKeys({ press: 'Tab' });
      expect(item.shadowRoot!.activeElement).to.equal(part(item, 'link'));
      const style = getComputedStyle(part(item, 'link')!);
      expect(style.outlineStyle).to.equal('solid');
    }
  });

  it('fits 320px: the date wraps under the title without overflow', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await render(column());
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const item of items(el)) expect(item.scrollWidth).to.be.at.most(item.clientWidth);
    const item = items(el)[0]!;
    const date = part(item, 'date')!.getBoundingClientRect();
    expect(date.top).to.be.greaterThan(part(item, 'link')!.getBoundingClientRect().top);
  });

  it('reflows at 200% text on a 640px viewport', async () => {
    await setViewport({ width: 640, height: 800 });
    document.documentElement.style.fontSize = '200%';
    const el = await render(column());
    expect(document.documentElement.scrollWidth).to.be.at.most(640);
    for (const item of items(el)) {
      expect(item.getBoundingClientRect().right).to.be.at.most(640);
      expect(part(item, 'date')!.getBoundingClientRect().right).to.be.at.most(640);
    }
  });

  it('keeps links and dates visible in forced-colors mode', async () => {
    await inForcedColors(async () => {
      const el = await render(column());
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const item = items(el)[0]!;
      const bg = getComputedStyle(document.body).backgroundColor;
      expect(getComputedStyle(part(item, 'link')!).color).not.to.equal(bg);
      expect(getComputedStyle(part(item, 'date')!).color).not.to.equal(bg);
      await expect(el).to.be.accessible();
    });
  });
});
