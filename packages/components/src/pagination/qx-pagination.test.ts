import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../pagination.js';
import { pageWindow, type QxPagination } from './qx-pagination.js';
import {
  brokenWords,
  captureWarnings,
  inForcedColors,
  part,
  switchLocale,
  warnedWhile,
} from '../test-utils/index.js';
import { describeElement, itIsAccessibleInZhAndEn } from '../test-utils/suite.js';

const template = '/llxx/index_{page}.html';
const pager = (current: string, total: string) => html`
  <qx-pagination
    current=${current}
    total=${total}
    href-template=${template}
    first-href="/llxx/"
  ></qx-pagination>
`;
const render = async (current = '2', total = '12') => {
  const el = await fixture<QxPagination>(pager(current, total));
  await el.updateComplete;
  return el;
};

const root = (el: QxPagination) => el.shadowRoot!;
const nav = (el: QxPagination) => root(el).querySelector('nav');
const links = (el: QxPagination) => [...root(el).querySelectorAll('a')];

/** What a sighted reader sees, in order: 上一页 1 … 4 5 6 … 12 下一页. */
const seen = (el: QxPagination) =>
  [...root(el).querySelectorAll('li')].map((li) =>
    (li.querySelector('[aria-hidden=true]') ?? li).textContent!.trim(),
  );

describeElement('<qx-pagination>', () => {
  itIsAccessibleInZhAndEn(() => render('5', '12'));

  it('is a nav landmark named 分页 / Pagination', async () => {
    const el = await render();
    expect(nav(el)!.getAttribute('aria-label')).to.equal('分页');
    expect(nav(el)!.getAttribute('part')).to.equal('base');
    await switchLocale('en', el);
    expect(nav(el)!.getAttribute('aria-label')).to.equal('Pagination');
    expect(nav(el)!.getAttribute('lang')).to.equal('en');
  });

  it('takes a label that replaces the landmark name', async () => {
    const el = await fixture<QxPagination>(
      html`<qx-pagination
        label="文章列表分页"
        total="3"
        href-template=${template}
      ></qx-pagination>`,
    );
    expect(nav(el)!.getAttribute('aria-label')).to.equal('文章列表分页');
  });

  it('collapses many pages with hidden ellipses: 上一页 1 … 4 5 6 … 12 下一页', async () => {
    const el = await render('5', '12');
    expect(seen(el)).to.deep.equal(['上一页', '1', '…', '4', '5', '6', '…', '12', '下一页']);
    const ellipses = root(el).querySelectorAll('[part=ellipsis]');
    expect(ellipses).to.have.length(2);
    for (const e of ellipses) expect(e.getAttribute('aria-hidden')).to.equal('true');
  });

  it('never hides a single page behind an ellipsis', () => {
    expect(pageWindow(3, 12)).to.deep.equal([1, 2, 3, 4, 0, 12]);
    expect(pageWindow(4, 12)).to.deep.equal([1, 2, 3, 4, 5, 0, 12]);
    expect(pageWindow(1, 5)).to.deep.equal([1, 2, 0, 5]);
    expect(pageWindow(3, 5)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(pageWindow(2, 2)).to.deep.equal([1, 2]);
  });

  it('builds URLs from href-template, with first-href for page 1', async () => {
    const el = await render('3', '12');
    const byText = Object.fromEntries(links(el).map((a) => [a.textContent!.trim(), a]));
    expect(byText['1']!.getAttribute('href')).to.equal('/llxx/');
    expect(byText['2']!.getAttribute('href')).to.equal('/llxx/index_2.html');
    expect(byText['12']!.getAttribute('href')).to.equal('/llxx/index_12.html');
    expect(byText['上一页']!.getAttribute('href')).to.equal('/llxx/index_2.html');
    expect(byText['上一页']!.getAttribute('rel')).to.equal('prev');
    expect(byText['下一页']!.getAttribute('href')).to.equal('/llxx/index_4.html');
    expect(byText['下一页']!.getAttribute('rel')).to.equal('next');
  });

  it('uses the template for page 1 without first-href', async () => {
    const el = await fixture<QxPagination>(
      html`<qx-pagination current="2" total="3" href-template="?page={page}"></qx-pagination>`,
    );
    expect(links(el)[0]!.getAttribute('href')).to.equal('?page=1');
  });

  it('names page links 第3页 / Page 3 while showing the number', async () => {
    const el = await render('2', '12');
    const three = links(el).find((a) => a.textContent!.trim() === '3')!;
    expect(three.getAttribute('aria-label')).to.equal('第3页');
    await switchLocale('en', el);
    const en = links(el).find((a) => a.textContent!.trim() === '3')!;
    expect(en.getAttribute('aria-label')).to.equal('Page 3');
    expect(links(el)[0]!.textContent!.trim()).to.equal('Previous');
  });

  it('marks the current page with aria-current and does not link it', async () => {
    const el = await render('2', '12');
    const current = part(el, 'current')!;
    expect(current.localName).to.equal('span');
    expect(current.getAttribute('aria-current')).to.equal('page');
    expect(current.textContent!.replace(/\s/g, '')).to.equal('第2页2');
    expect(current.querySelector('.visually-hidden')!.getBoundingClientRect().width).to.be.at.most(
      1,
    );
    expect(links(el).some((a) => a.textContent!.trim() === '2')).to.be.false;
  });

  it('leaves out 上一页 on the first page and 下一页 on the last', async () => {
    const first = await render('1', '5');
    expect(part(first, 'previous')).to.be.null;
    expect(part(first, 'next')).to.exist;
    const last = await render('5', '5');
    expect(part(last, 'next')).to.be.null;
    expect(part(last, 'previous')).to.exist;
  });

  it('renders nothing and warns about nothing for a single page', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await render('1', '1');
      expect(nav(el)).to.be.null;
      const none = await fixture<QxPagination>(html`<qx-pagination></qx-pagination>`);
      expect(nav(none)).to.be.null;
    });
    expect(warnings).to.deep.equal([]);
  });

  for (const [current, total, shown] of [
    ['0', '5', '1'],
    ['-2', '5', '1'],
    ['9', '5', '5'],
    ['abc', '5', '1'],
    ['2.5', '5', '1'],
    ['3', 'many', null],
    ['3', '0', null],
    ['3', '-4', null],
  ] as const) {
    it(`clamps current="${current}" total="${total}" and warns`, async () => {
      const { el, warnings } = await warnedWhile(() => render(current, total));
      expect(warnings.length).to.be.greaterThan(0);
      expect(warnings.every((w) => w.includes('<qx-pagination>'))).to.be.true;
      if (shown === null) expect(nav(el)).to.be.null;
      else expect(part(el, 'current')!.querySelector('[aria-hidden]')!.textContent).to.equal(shown);
      expect(root(el).textContent).not.to.match(brokenWords);
    });
  }

  for (const bad of ['javascript:go({page})', 'data:text/html,{page}', '/llxx/index.html']) {
    it(`refuses href-template "${bad}": text status, no links, a warning`, async () => {
      const { el, warnings } = await warnedWhile(() =>
        fixture<QxPagination>(
          html`<qx-pagination current="2" total="12" href-template=${bad}></qx-pagination>`,
        ),
      );
      expect(links(el)).to.have.length(0);
      expect(part(el, 'status')!.textContent).to.equal('第2页，共12页');
      expect(warnings.filter((w) => w.includes('href-template'))).to.have.length(1);
      await expect(el).to.be.accessible();
      await switchLocale('en', el);
      expect(part(el, 'status')!.textContent).to.equal('Page 2 of 12');
    });
  }

  it('refuses an unsafe first-href and uses the template instead', async () => {
    const { el, warnings } = await warnedWhile(() =>
      fixture<QxPagination>(
        html`<qx-pagination
          current="2"
          total="3"
          href-template=${template}
          first-href="javascript:alert(1)"
        ></qx-pagination>`,
      ),
    );
    expect(links(el)[1]!.getAttribute('href')).to.equal('/llxx/index_1.html');
    expect(warnings.filter((w) => w.includes('first-href'))).to.have.length(1);
  });

  it('fires nothing: links navigate', async () => {
    const el = await render('2', '5');
    const events: string[] = [];
    for (const type of ['change', 'page-change', 'qx-page-change'])
      el.addEventListener(type, () => events.push(type));
    const next = part(el, 'next') as HTMLAnchorElement;
    next.addEventListener('click', (e) => e.preventDefault());
    next.click();
    expect(events).to.deep.equal([]);
  });

  it('is keyboard operable: Tab visits 上一页, the numbers and 下一页, skipping the current page', async () => {
    const el = await render('5', '12');
    const order: string[] = [];
    for (let i = 0; i < links(el).length; i++) {
      await sendKeys({ press: 'Tab' });
      const active = root(el).activeElement as HTMLElement;
      expect(getComputedStyle(active).outlineStyle).to.equal('solid');
      order.push(active.textContent!.trim());
    }
    expect(order).to.deep.equal(['上一页', '1', '4', '6', '12', '下一页']);
  });

  it('wraps at 320px without overflow, with targets at least 24px', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await render('25', '50');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    for (const a of links(el)) {
      const box = a.getBoundingClientRect();
      expect(box.right).to.be.at.most(320);
      expect(Math.min(box.width, box.height)).to.be.at.least(24);
    }
  });

  it('reflows at 200% text on a 640px viewport', async () => {
    await setViewport({ width: 640, height: 800 });
    document.documentElement.style.fontSize = '200%';
    const el = await render('25', '50');
    expect(document.documentElement.scrollWidth).to.be.at.most(640);
    for (const a of links(el)) expect(a.getBoundingClientRect().right).to.be.at.most(640);
  });

  it('keeps the current page distinct in forced-colors mode', async () => {
    await inForcedColors(async () => {
      const el = await render('5', '12');
      const current = getComputedStyle(part(el, 'current')!);
      const link = getComputedStyle(links(el)[1]!);
      expect(current.backgroundColor).not.to.equal(link.backgroundColor);
      expect(current.color).not.to.equal(current.backgroundColor);
      await expect(el).to.be.accessible();
    });
  });
});
