import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../photo-news.js';
import type { QxPhotoNews } from './qx-photo-news.js';
import type { QxPhotoNewsItem } from './qx-photo-news-item.js';
import {
  brokenWords,
  inForcedColors,
  part,
  parts,
  switchLocale,
  visibleText,
  warnedWhile,
} from '../test-utils/index.js';
import { describeElement } from '../test-utils/suite.js';
import {
  cover,
  expectInert,
  expectWarnedOnce,
  hostile,
  itIsAccessibleInEveryLocaleAndMode,
  show,
  showAt320,
  tabStops,
} from '../test-utils/blocks.js';

const titles = [
  '区侨联组织侨界青年赴新四军广场开展主题教育',
  '“侨”见金山 海外侨胞走进农民画村',
  '区侨联举办新侨人才座谈会',
  '侨界志愿者参加社区垃圾分类宣传',
];
const grid = (lang = 'zh-CN') => html`
  <qx-photo-news lang=${lang}>
    ${titles.map(
      (title, i) =>
        html`<qx-photo-news-item
          href="/qldt/${i}/"
          image=${cover}
          image-width="1200"
          image-height="800"
          date="2024-05-0${i + 1}"
          >${title}</qx-photo-news-item
        >`,
    )}
  </qx-photo-news>
`;
const items = (el: QxPhotoNews) => [...el.querySelectorAll('qx-photo-news-item')];

describeElement('<qx-photo-news>', () => {
  itIsAccessibleInEveryLocaleAndMode(() => grid());

  it('is a list of stories, each one link holding its cover and title', async () => {
    const el = await show<QxPhotoNews>(grid());
    expect(part(el, 'list')!.getAttribute('role')).to.equal('list');
    for (const [i, item] of items(el).entries()) {
      expect(item.getAttribute('role')).to.equal('none');
      const link = part(item, 'link') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal(`/qldt/${i}/`);
      const img = link.querySelector('img')!;
      expect(img.getAttribute('alt')).to.equal('');
      expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal([
        '1200',
        '800',
      ]);
      expect(visibleText(link)).to.equal(titles[i]);
      expect(part(item, 'date')!.textContent).to.equal(`2024-05-0${i + 1}`);
    }
  });

  it('is a static grid: every cover visible at once, nothing moves, no carousel buttons', async () => {
    await setViewport({ width: 1366, height: 900 });
    const el = await show<QxPhotoNews>(grid());
    const boxes = items(el).map((item) => part(item, 'link')!.getBoundingClientRect());
    for (const box of boxes) expect(box.width * box.height).to.be.greaterThan(0);
    expect(new Set(boxes.map((b) => Math.round(b.top))).size).to.equal(1); // one row of four
    expect(document.getAnimations()).to.have.length(0);
    expect(el.shadowRoot!.querySelector('button')).to.be.null;
    for (const item of items(el)) expect(item.shadowRoot!.querySelector('button')).to.be.null;
  });

  it('becomes one column at 320px without sideways scrolling', async () => {
    const el = await showAt320<QxPhotoNews>(grid('en'));
    const lefts = items(el).map((item) => Math.round(item.getBoundingClientRect().left));
    expect(new Set(lefts).size).to.equal(1);
  });

  it('is keyboard operable: Tab goes through the stories in order, with a focus ring', async () => {
    const el = await show<QxPhotoNews>(grid());
    const stops = await tabStops(items(el).length);
    expect(stops).to.deep.equal(items(el).map((item) => part(item, 'link')));
    expect(getComputedStyle(stops.at(-1)!).outlineStyle).to.equal('solid');
  });

  it('follows the list’s language for dates: 1 May 2024 in English', async () => {
    const el = await show<QxPhotoNews>(grid('en'));
    expect(part(items(el)[0]!, 'date')!.textContent).to.equal('1 May 2024');
  });

  it('shows 暂无图片新闻 / No photo news yet when empty', async () => {
    const el = await show<QxPhotoNews>(html`<qx-photo-news></qx-photo-news>`);
    expect(part(el, 'list')!.hidden).to.be.true;
    expect(part(el, 'empty')!.textContent).to.equal('暂无图片新闻');
    await switchLocale('en', el);
    expect(part(el, 'empty')!.textContent).to.equal('No photo news yet');
  });

  it('keeps a hostile title as text', async () => {
    const el = await show<QxPhotoNews>(
      html`<qx-photo-news
        ><qx-photo-news-item href="/x/" image=${cover}
          >${hostile}</qx-photo-news-item
        ></qx-photo-news
      >`,
    );
    expectInert(items(el)[0]!);
  });

  it('shows something sensible for bad input, and warns with [qiaoxin]', async () => {
    const { el, warnings } = await warnedWhile(() =>
      show<QxPhotoNews>(
        html`<qx-photo-news>
          <qx-photo-news-item
            href="javascript:alert(1)"
            image="javascript:alert(2)"
            image-width="abc"
            date="nonsense"
            >坏数据</qx-photo-news-item
          >
          <qx-photo-news-item href="/y/" image=${cover} image-height="wide"
            >尺寸不对</qx-photo-news-item
          >
          <qx-photo-news-item href="/z/">没有封面</qx-photo-news-item>
        </qx-photo-news>`,
      ),
    );
    const [bad, badSize, noImage] = items(el) as [
      QxPhotoNewsItem,
      QxPhotoNewsItem,
      QxPhotoNewsItem,
    ];
    expect(part(bad, 'link')).to.be.null;
    expect(part(bad, 'base')!.localName).to.equal('div');
    expect(part(bad, 'date')).to.be.null;
    for (const item of [bad, noImage]) {
      const image = part(item, 'image')!;
      expect(image.localName).to.equal('span');
      expect(image.getBoundingClientRect().height).to.be.greaterThan(0);
    }
    const img = badSize.shadowRoot!.querySelector('img')!;
    expect(img.hasAttribute('height')).to.be.false;
    for (const item of items(el)) expect(visibleText(item)).not.to.match(brokenWords);
    expectWarnedOnce(warnings, 'qx-photo-news-item', [
      '"javascript:alert(1)"',
      '"javascript:alert(2)"',
      'image-width "abc"',
      'image-height "wide"',
      'date "nonsense"',
    ]);
  });

  it('keeps titles, dates and empty covers visible in forced-colors mode', async () => {
    await inForcedColors(async () => {
      const el = await show<QxPhotoNews>(
        html`<qx-photo-news
          ><qx-photo-news-item href="/z/" date="2024-05-01"
            >没有封面</qx-photo-news-item
          ></qx-photo-news
        >`,
      );
      const item = items(el)[0]!;
      const bg = getComputedStyle(document.body).backgroundColor;
      for (const p of [...parts(item, 'title'), part(item, 'date')!])
        expect(getComputedStyle(p).color).not.to.equal(bg);
      expect(getComputedStyle(part(item, 'image')!).borderTopStyle).to.equal('solid');
      await expect(el).to.be.accessible();
    });
  });
});
