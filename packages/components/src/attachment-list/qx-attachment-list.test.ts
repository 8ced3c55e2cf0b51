import { expect, html } from '@open-wc/testing';
import { setLocale } from '@qiaoxin/i18n';
import '../attachment-list.js';
import { formatBytes } from '../attachment-list.js';
import type { QxAttachmentList } from './qx-attachment-list.js';
import type { QxAttachment } from './qx-attachment.js';
import { accessibleName } from '../test-utils/bilingual-header.js';
import {
  brokenWords,
  inForcedColors,
  part,
  visibleText,
  warnedWhile,
} from '../test-utils/index.js';
import { describeElement } from '../test-utils/suite.js';
import {
  expectInert,
  expectWarnedOnce,
  hostile,
  itIsAccessibleInEveryLocaleAndMode,
  show,
  showAt320,
  tabStops,
} from '../test-utils/blocks.js';

const files = (lang?: string) => html`
  <qx-attachment-list lang=${lang ?? 'zh-CN'}>
    <qx-attachment href="/files/plan.3f2a.pdf" type="pdf" bytes="1258291"
      >2024年工作计划</qx-attachment
    >
    <qx-attachment href="/files/form.9c1d.docx" type="docx" bytes="24576"
      >侨界人才推荐表</qx-attachment
    >
    <qx-attachment href="/files/list.77ab.xlsx" type="xlsx" bytes="5368709120">名单</qx-attachment>
  </qx-attachment-list>
`;
const items = (el: QxAttachmentList) => [...el.querySelectorAll('qx-attachment')];

describeElement('<qx-attachment-list>', () => {
  itIsAccessibleInEveryLocaleAndMode(() => files());

  it('shows 「附件：名称（PDF，1.2 MB）」, type and size inside the link', async () => {
    const el = await show<QxAttachmentList>(files());
    expect(part(el, 'list')!.getAttribute('role')).to.equal('list');
    const [plan, form, list] = items(el) as [QxAttachment, QxAttachment, QxAttachment];
    expect(plan.getAttribute('role')).to.equal('none');
    expect(visibleText(plan)).to.equal('附件：2024年工作计划（PDF，1.2 MB）');
    expect(visibleText(form)).to.equal('附件：侨界人才推荐表（Word，24 kB）');
    expect(visibleText(list)).to.equal('附件：名单（Excel，5 GB）');
    const link = part(plan, 'link')!;
    expect(link.getAttribute('href')).to.equal('/files/plan.3f2a.pdf');
    expect(await accessibleName(plan, link)).to.equal('2024年工作计划（PDF，1.2 MB）');
  });

  it('writes the details in English and traditional Chinese', async () => {
    let el = await show<QxAttachmentList>(files('en'));
    expect(visibleText(items(el)[0]!)).to.equal('Attachment: 2024年工作计划 (PDF, 1.2 MB)');
    await setLocale('zh-Hant');
    el = await show<QxAttachmentList>(files('zh-Hant'));
    expect(visibleText(items(el)[1]!)).to.equal('附件：侨界人才推荐表（Word，24 kB）');
  });

  it('formats sizes with Intl for each locale, 1024-based, one decimal below 10', () => {
    expect(formatBytes(1258291, 'zh-CN')).to.equal('1.2 MB');
    expect(formatBytes(0, 'zh-CN')).to.equal('0 kB');
    expect(formatBytes(500, 'en')).to.equal('0.5 kB');
    expect(formatBytes(1024 ** 3 * 1500, 'en')).to.equal('1,500 GB');
    expect(formatBytes(1024 ** 3 * 1500, 'zh-CN')).to.equal('1500 GB');
  });

  for (const [type, name] of [
    ['doc', 'Word'],
    ['xls', 'Excel'],
    ['ppt', 'PowerPoint'],
    ['PPTX', 'PowerPoint'],
    ['zip', 'ZIP'],
  ]) {
    it(`calls type="${type}" ${name}`, async () => {
      const el = await show<QxAttachmentList>(
        html`<qx-attachment-list
          ><qx-attachment href="/f" type=${type!} bytes="2048"
            >文件</qx-attachment
          ></qx-attachment-list
        >`,
      );
      expect(visibleText(items(el)[0]!)).to.equal(`附件：文件（${name}，2 kB）`);
    });
  }

  it('shows something sensible for bad input, and warns with [qiaoxin]', async () => {
    const { el, warnings } = await warnedWhile(() =>
      show<QxAttachmentList>(
        html`<qx-attachment-list>
          <qx-attachment href="/a.pdf" type="pdf" bytes="abc">大小不明</qx-attachment>
          <qx-attachment href="/b.exe" type="exe" bytes="2048">未知类型</qx-attachment>
          <qx-attachment href="javascript:alert(1)" type="nonsense" bytes="-5"
            >都不对</qx-attachment
          >
          <qx-attachment href="/c" type="other">其他</qx-attachment>
        </qx-attachment-list>`,
      ),
    );
    expect(items(el).map((i) => visibleText(i))).to.deep.equal([
      '附件：大小不明（PDF）',
      '附件：未知类型（2 kB）',
      '附件：都不对',
      '附件：其他',
    ]);
    for (const item of items(el)) expect(visibleText(item)).not.to.match(brokenWords);
    expect(part(items(el)[2]!, 'link')).to.be.null;
    expectWarnedOnce(warnings, 'qx-attachment', [
      'bytes "abc"',
      'type "exe"',
      'type "nonsense"',
      'bytes "-5"',
      'unsafe URL',
    ]);
    expect(warnings).to.have.length(5); // type="other" is no mistake
  });

  it('keeps a hostile file name as text', async () => {
    const el = await show<QxAttachmentList>(
      html`<qx-attachment-list
        ><qx-attachment href="/x.pdf" type="pdf" bytes="10"
          >${hostile}</qx-attachment
        ></qx-attachment-list
      >`,
    );
    expectInert(items(el)[0]!);
  });

  it('is keyboard operable: Tab reaches every file link in order, with a focus ring', async () => {
    const el = await show<QxAttachmentList>(files());
    const stops = await tabStops(3);
    expect(stops).to.deep.equal(items(el).map((i) => part(i, 'link')));
    expect(getComputedStyle(stops[2]!).outlineStyle).to.equal('solid');
  });

  it('wraps long names at 320px without sideways scrolling', async () => {
    await showAt320<QxAttachmentList>(
      html`<qx-attachment-list lang="en"
        ><qx-attachment href="/a.pdf" type="pdf" bytes="1258291"
          >Implementation-plan-for-the-overseas-Chinese-talent-programme-2024-final-version</qx-attachment
        ></qx-attachment-list
      >`,
    );
  });

  it('keeps links and details visible in forced-colors mode', async () => {
    await inForcedColors(async () => {
      const el = await show<QxAttachmentList>(files());
      const bg = getComputedStyle(document.body).backgroundColor;
      for (const name of ['prefix', 'link', 'details'])
        expect(getComputedStyle(part(items(el)[0]!, name)!).color, name).not.to.equal(bg);
      await expect(el).to.be.accessible();
    });
  });
});
