import { expect, html } from '@open-wc/testing';
import '../notice-list.js';
import type { QxNoticeList } from './qx-notice-list.js';
import type { QxNoticeItem } from './qx-notice-item.js';
import {
  brokenWords,
  inForcedColors,
  part,
  slotChanged,
  switchLocale,
  visibleText,
  warnedWhile,
} from '../test-utils/index.js';
import { describeElement } from '../test-utils/suite.js';
import {
  expectInert,
  expectWarnedOnce,
  hostile,
  itIsAccessibleInEveryLocaleAndMode,
  settled,
  show,
  showAt320,
  tabStops,
} from '../test-utils/blocks.js';

// Written newest first, as site-kit writes them; two of them pinned (置顶).
const board = (lang?: string) => html`
  <qx-notice-list lang=${lang ?? 'zh-CN'}>
    <qx-notice-item href="/tzgg/a/" date="2024-05-06" attachments="2"
      >关于开展2024年“侨界人才”推荐工作的通知</qx-notice-item
    >
    <qx-notice-item href="/tzgg/b/" date="2024-05-01" pinned
      >关于召开区侨联第五次代表大会的公告</qx-notice-item
    >
    <qx-notice-item href="/tzgg/c/" date="2024-04-20">区侨联2024年五一假期值班安排</qx-notice-item>
    <qx-notice-item href="/tzgg/d/" date="2024-03-15" pinned attachments="1"
      >关于征集侨史资料的启事</qx-notice-item
    >
  </qx-notice-list>
`;

const items = (el: QxNoticeList) => [...el.querySelectorAll('qx-notice-item')];
const byTitle = (el: QxNoticeList, words: string) =>
  items(el).find((item) => item.textContent!.includes(words))!;

describeElement('<qx-notice-list>', () => {
  itIsAccessibleInEveryLocaleAndMode(() => board());

  it('is a list of the slotted notices, pinned ones first, on screen and for Tab', async () => {
    const el = await show<QxNoticeList>(board());
    expect(part(el, 'list')!.getAttribute('role')).to.equal('list');
    expect(
      items(el).every(
        (i) => i.getAttribute('role') === 'none' && !!i.shadowRoot!.querySelector('li'),
      ),
    ).to.be.true;
    const order = ['代表大会', '侨史资料', '侨界人才', '值班安排'].map((w) => byTitle(el, w));
    const tops = order.map((item) => item.getBoundingClientRect().top);
    expect([...tops].sort((a, b) => a - b)).to.deep.equal(tops);
    const stops = await tabStops(4);
    expect(stops).to.deep.equal(order.map((item) => part(item, 'link')));
  });

  it('shows a visible focus ring on the focused title', async () => {
    const el = await show<QxNoticeList>(board());
    const [link] = await tabStops(1);
    expect(link).to.equal(part(byTitle(el, '代表大会'), 'link'));
    expect(getComputedStyle(link!).outlineStyle).to.equal('solid');
  });

  it('marks pinned notices 置顶, and says how many files a notice has', async () => {
    const el = await show<QxNoticeList>(board());
    const pinned = byTitle(el, '代表大会');
    expect(part(pinned, 'pinned')!.textContent).to.equal('置顶');
    expect(part(byTitle(el, '值班安排'), 'pinned')).to.be.null;
    const files = part(byTitle(el, '侨界人才'), 'attachments')!;
    expect(files.textContent).to.equal('2 个附件');
    expect(files.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(part(byTitle(el, '值班安排'), 'attachments')).to.be.null;
    const time = part(pinned, 'date')!;
    expect([time.localName, time.getAttribute('datetime'), time.textContent]).to.deep.equal([
      'time',
      '2024-05-01',
      '2024-05-01',
    ]);
  });

  it('speaks the list’s language: English and traditional badges, counts and dates', async () => {
    const el = await show<QxNoticeList>(board('en'));
    const pinned = byTitle(el, '代表大会');
    expect(part(pinned, 'pinned')!.textContent).to.equal('Pinned');
    expect(part(pinned, 'date')!.textContent).to.equal('1 May 2024');
    expect(part(byTitle(el, '侨界人才'), 'attachments')!.textContent).to.equal('Attachments: 2');
    el.setAttribute('lang', 'zh-Hant');
    await switchLocale('zh-Hant', el); // loads the zh-Hant strings
    await settled(el);
    expect(part(pinned, 'pinned')!.textContent).to.equal('置頂');
    expect(part(byTitle(el, '侨界人才'), 'attachments')!.textContent).to.equal('2 個附件');
  });

  it('moves a notice to the top when it is pinned, and back when unpinned', async () => {
    const el = await show<QxNoticeList>(board());
    const last = byTitle(el, '值班安排');
    let changed = slotChanged(el);
    last.pinned = true;
    await changed;
    await settled(el);
    const [first] = await tabStops(1);
    expect(first).to.equal(part(byTitle(el, '代表大会'), 'link'));
    expect(last.getAttribute('slot')).to.equal('pinned');
    expect(last.getBoundingClientRect().top).to.be.lessThan(
      byTitle(el, '侨界人才').getBoundingClientRect().top,
    );
    changed = slotChanged(el);
    last.pinned = false;
    await changed;
    expect(last.hasAttribute('slot')).to.be.false;
  });

  it('shows 暂无通知 / No notices when there are none, and the list once one comes', async () => {
    const el = await show<QxNoticeList>(html`<qx-notice-list></qx-notice-list>`);
    expect(part(el, 'empty')!.hidden).to.be.false;
    expect(part(el, 'list')!.hidden).to.be.true;
    expect(part(el, 'empty')!.textContent).to.equal('暂无通知');
    await switchLocale('en', el);
    expect(part(el, 'empty')!.textContent).to.equal('No notices');
    const changed = slotChanged(el);
    const item = document.createElement('qx-notice-item');
    item.textContent = '新通知';
    el.append(item);
    await changed;
    await settled(el);
    expect(part(el, 'empty')!.hidden).to.be.true;
  });

  it('keeps a hostile title as text: nothing runs, no element is made', async () => {
    const el = await show<QxNoticeList>(
      html`<qx-notice-list
        ><qx-notice-item href="/tzgg/x/" date="2024-05-01"
          >${hostile}</qx-notice-item
        ></qx-notice-list
      >`,
    );
    const [item] = items(el) as [QxNoticeItem];
    expectInert(item);
    expect(visibleText(item)).to.include('<script>window.__pwned = 1</script>');
  });

  it('shows something sensible for bad input, and warns with [qiaoxin]', async () => {
    const { el, warnings } = await warnedWhile(() =>
      show<QxNoticeList>(
        html`<qx-notice-list>
          <qx-notice-item href="javascript:alert(1)" date="nonsense" attachments="abc"
            >坏数据的通知</qx-notice-item
          >
          <qx-notice-item date="2024-02-30" attachments="-1">没有链接的通知</qx-notice-item>
        </qx-notice-list>`,
      ),
    );
    const [bad, noLink] = items(el) as [QxNoticeItem, QxNoticeItem];
    for (const item of [bad, noLink]) {
      expect(part(item, 'link')).to.be.null;
      expect(part(item, 'date')).to.be.null;
      expect(part(item, 'attachments')).to.be.null;
      expect(visibleText(item)).not.to.match(brokenWords);
    }
    expect(visibleText(bad)).to.equal('坏数据的通知');
    expectWarnedOnce(warnings, 'qx-notice-item', [
      'unsafe URL',
      'date "nonsense"',
      'attachments "abc"',
      'date "2024-02-30"',
    ]);
  });

  it('fits 320px: titles wrap, dates go under them, nothing scrolls sideways', async () => {
    await showAt320<QxNoticeList>(board('en'));
  });

  it('keeps links, badge and dates visible in forced-colors mode', async () => {
    await inForcedColors(async () => {
      const el = await show<QxNoticeList>(board());
      const pinned = byTitle(el, '代表大会');
      const bg = getComputedStyle(document.body).backgroundColor;
      for (const name of ['link', 'pinned', 'date'])
        expect(getComputedStyle(part(pinned, name)!).color, name).not.to.equal(bg);
      expect(getComputedStyle(part(pinned, 'pinned')!).borderTopStyle).to.equal('solid');
      await expect(el).to.be.accessible();
    });
  });
});
