import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { setLocale } from '@qiaoxin/i18n';
import '../a11y-toolbar.js';
import '../article-meta.js';
import '../article-tools.js';
import type { QxA11yPanel } from './panel.js';
import { readingOrder } from './speech.js';
import { resetPage, waitUntil } from '../test-utils/index.js';
import { clearA11y, makeToolbar, openToolbar, part, tool } from '../test-utils/a11y-toolbar.js';
import { restoreSpeech, voice, watchSpeech } from '../test-utils/speech.js';

const status = (panel: QxA11yPanel) => part(panel, 'voice-status').textContent!.trim();
const pressed = (b: HTMLButtonElement) => b.getAttribute('aria-pressed');
const focused = (panel: QxA11yPanel) => panel.shadowRoot!.activeElement?.textContent?.trim();

/** Presses a button of the bar by its label (a click, as keyboard Enter gives too). */
async function press(panel: QxA11yPanel, label: string) {
  tool(panel, label).click();
  await elementUpdated(panel);
}

/** Moves the real mouse to the middle of `el`. */
async function pointAt(el: Element) {
  const box = el.getBoundingClientRect();
  await sendMouse({
    type: 'move',
    position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
  });
}

/** An article page: title, the meta line (shadow DOM), the tools, the body, an English line. */
async function articlePage(lang = 'zh-CN') {
  const article = await fixture<HTMLElement>(html`
    <article lang=${lang}>
      <h1>奋力书写“侨”文章 凝心聚力启新程</h1>
      <qx-article-meta published="2023-06-02" source="本站原创"></qx-article-meta>
      <qx-article-tools for="voice-body" data-qx-no-read></qx-article-tools>
      <div id="voice-body">
        <p>重庆是西部大开发重要的战略支点，<strong>凝聚侨界力量</strong>助力新重庆建设。</p>
        <p lang="en">Chongqing Federation of Returned Overseas Chinese</p>
        <p><a href="#news">侨联动态</a></p>
      </div>
    </article>
  `);
  const meta = article.querySelector('qx-article-meta') as HTMLElement & {
    updateComplete: Promise<unknown>;
  };
  await meta.updateComplete;
  return article;
}

describe('<qx-a11y-toolbar> voice reading', () => {
  afterEach(async () => {
    restoreSpeech();
    clearA11y();
    await resetMouse();
    await resetPage();
  });

  it('is accessible with the voice controls shown, playing and without a voice, in zh-CN, zh-Hant and en', async () => {
    for (const locale of ['zh-CN', 'zh-Hant', 'en']) {
      await setLocale(locale);
      const speech = watchSpeech([voice('zh-CN'), voice('en-US')]);
      await articlePage();
      const panel = await openToolbar(await makeToolbar());
      const bar = part(panel, 'bar');
      const groups = [...bar.querySelectorAll('[role=group]')];
      expect(groups.map((g) => g.getAttribute('aria-labelledby'))).to.include.members([
        'voice',
        'rate',
      ]);
      const [play, stop, point] = {
        'zh-CN': ['朗读全文', '停止', '指读'],
        'zh-Hant': ['朗讀全文', '停止', '指讀'],
        en: ['Read page', 'Stop', 'Read what I point at'],
      }[locale]!;
      await press(panel, play!);
      await waitUntil(() => speech.spoken.length === 1, 'reading starts');
      await elementUpdated(panel);
      await expect(panel).to.be.accessible();
      await press(panel, stop!);
      const stopped = status(panel);
      // No voice for the bar's language: switching 指读 on tells it at once, visibly.
      watchSpeech([voice('fr-FR')]);
      await press(panel, point!);
      await waitUntil(() => status(panel) !== stopped, 'no voice is told');
      await expect(panel).to.be.accessible();
      restoreSpeech();
      clearA11y();
    }
  });

  it('朗读全文 reads title, meta line and body in order, each with its lang, at the chosen speed', async () => {
    const speech = watchSpeech([voice('en-US'), voice('zh-CN')]);
    const article = await articlePage();
    const panel = await openToolbar(await makeToolbar());
    expect(pressed(tool(panel, '1×'))).to.equal('true');
    await press(panel, '1.25×');
    expect(pressed(tool(panel, '1.25×'))).to.equal('true');
    expect(JSON.parse(localStorage.getItem('qx-a11y')!)).to.deep.equal({ rate: 1.25 });
    await press(panel, '朗读全文');
    await waitUntil(() => speech.spoken.length === 1, 'reading starts');
    for (let i = 0; i < 4; i++) speech.finish();
    expect(speech.texts()).to.deep.equal([
      '奋力书写“侨”文章 凝心聚力启新程',
      '发布时间：2023-06-02 来源：本站原创',
      '重庆是西部大开发重要的战略支点，凝聚侨界力量助力新重庆建设。',
      'Chongqing Federation of Returned Overseas Chinese',
      '侨联动态',
    ]);
    expect(speech.texts()).to.deep.equal(readingOrder(article).map((b) => b.text));
    expect(speech.spoken.map((u) => u.lang)).to.deep.equal([
      'zh-CN',
      'zh-CN',
      'zh-CN',
      'en-US',
      'zh-CN',
    ]);
    expect(speech.spoken.every((u) => u.rate === 1.25)).to.be.true;
    // A new speed while reading: the current piece starts again at it.
    await press(panel, '1.5×');
    expect(speech.spoken.at(-1)!.text).to.equal('侨联动态');
    expect(speech.spoken.at(-1)!.rate).to.equal(1.5);
    speech.finish();
    await elementUpdated(panel);
    expect(status(panel)).to.equal('朗读已停止');
  });

  it('pauses, resumes and stops through the real API, and the controls and status follow', async () => {
    const speech = watchSpeech([voice('zh-CN')]);
    await articlePage();
    const panel = await openToolbar(await makeToolbar());
    expect(tool(panel, '暂停').getAttribute('aria-disabled')).to.equal('true');
    expect(tool(panel, '停止').getAttribute('aria-disabled')).to.equal('true');
    expect(status(panel)).to.equal('');
    expect(part(panel, 'voice-status').getAttribute('role')).to.equal('status');
    await press(panel, '朗读全文');
    await waitUntil(() => status(panel) === '正在朗读', 'playing is told');
    expect(tool(panel, '暂停').hasAttribute('aria-disabled')).to.be.false;
    await press(panel, '暂停');
    expect(status(panel)).to.equal('朗读已暂停');
    await press(panel, '继续');
    expect(status(panel)).to.equal('正在朗读');
    expect(tool(panel, '暂停')).to.exist;
    await press(panel, '停止');
    expect(status(panel)).to.equal('朗读已停止');
    expect(tool(panel, '停止').getAttribute('aria-disabled')).to.equal('true');
    expect(speech.sinceSpeak()).to.deep.equal(['speak', 'pause', 'resume', 'cancel', 'resume']);
    // Closing the bar keeps reading; reset stops it.
    await press(panel, '朗读全文');
    await waitUntil(() => status(panel) === '正在朗读', 'playing again');
    await press(panel, '关闭');
    expect(panel.voice.state).to.equal('playing');
    await press(panel, '重置');
    expect(panel.voice.state).to.equal('idle');
  });

  it('指读 speaks what the real mouse rests on, once per element, in its language', async () => {
    const speech = watchSpeech([voice('zh-CN'), voice('en-GB')]);
    const article = await articlePage();
    const panel = await openToolbar(await makeToolbar());
    const paragraph = article.querySelector('p')!;
    await pointAt(paragraph);
    expect(speech.spoken).to.have.length(0); // off until switched on
    await press(panel, '指读');
    expect(pressed(tool(panel, '指读'))).to.equal('true');
    expect(JSON.parse(localStorage.getItem('qx-a11y')!)).to.deep.equal({ speak: true });
    await waitUntil(() => speech.spoken.length === 1, 'switched on, it says so');
    expect(speech.spoken[0]!.text).to.equal('指读');
    await pointAt(paragraph.querySelector('strong')!);
    await waitUntil(() => speech.spoken.length === 2, 'the paragraph is read');
    // Back onto the same paragraph: nothing new; then the title and the English line.
    await pointAt(paragraph);
    await pointAt(article.querySelector('h1')!);
    await waitUntil(() => speech.spoken.length === 3, 'the title is read');
    await pointAt(article.querySelector('[lang=en]')!);
    await waitUntil(() => speech.spoken.length === 4, 'the English line is read');
    expect(speech.texts().slice(1)).to.deep.equal([
      '重庆是西部大开发重要的战略支点，凝聚侨界力量助力新重庆建设。',
      '奋力书写“侨”文章 凝心聚力启新程',
      'Chongqing Federation of Returned Overseas Chinese',
    ]);
    expect(speech.spoken.map((u) => u.lang)).to.deep.equal(['zh-CN', 'zh-CN', 'zh-CN', 'en-GB']);
    // While the article is read, 指读 keeps quiet: pointing at 暂停 must not end it.
    await press(panel, '朗读全文');
    await waitUntil(() => panel.voice.state === 'playing', 'reading');
    const count = speech.spoken.length;
    await pointAt(tool(panel, '暂停'));
    await pointAt(article.querySelector('h1')!);
    expect(speech.spoken).to.have.length(count);
  });

  it('指读 speaks what the focus reaches with Tab, and the bar by keyboard alone', async () => {
    const speech = watchSpeech([voice('zh-CN'), voice('en-US')]);
    const article = await articlePage();
    const panel = await openToolbar(await makeToolbar());
    await waitUntil(() => focused(panel) === '100%', 'opening focuses the first tool');
    tool(panel, '1.5×').focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(panel)).to.equal('指读');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => speech.spoken.length === 1, '指读 on');
    const english = article.querySelector<HTMLElement>('[lang=en]')!;
    english.tabIndex = -1;
    english.focus();
    await waitUntil(() => speech.spoken.length === 2, 'the focused line is read');
    expect(speech.spoken[1]!.lang).to.equal('en-US');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => speech.spoken.length === 3, 'the link Tab reaches is read');
    expect(speech.spoken[2]!.text).to.equal('侨联动态');
    expect(speech.spoken[2]!.lang).to.equal('zh-CN');
    expect(document.activeElement).to.equal(article.querySelector('a'));
    // The bar by keyboard alone: Enter reads, Space pauses, Tab and Enter stop.
    tool(panel, '朗读全文').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => panel.voice.state === 'playing', 'Enter on 朗读全文 reads');
    await sendKeys({ press: 'Tab' });
    expect(focused(panel)).to.equal('暂停');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => focused(panel) === '继续', 'paused, the same button says 继续');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => panel.voice.state === 'idle', '停止 by keyboard');
    // The focus stays on 停止, now marked as having nothing to stop.
    expect(focused(panel)).to.equal('停止');
  });

  it('says when there is no voice for the page language, or no speech at all', async () => {
    const speech = watchSpeech([voice('en-US')]);
    await articlePage();
    const panel = await openToolbar(await makeToolbar());
    await press(panel, '朗读全文');
    await waitUntil(() => status(panel) !== '', 'the failure is told');
    expect(status(panel)).to.equal('此浏览器没有朗读该语言的语音，无法朗读。');
    expect(part(panel, 'voice-status').checkVisibility()).to.be.true;
    expect(speech.spoken).to.have.length(0);
    const own = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    try {
      await press(panel, '朗读全文');
      await waitUntil(() => status(panel) === '此浏览器不支持语音朗读。', 'unsupported is told');
    } finally {
      if (own) Object.defineProperty(window, 'speechSynthesis', own);
      else delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    }
  });

  it('says so when the browser refuses to speak before a click on the page (not-allowed)', async () => {
    const speech = watchSpeech([voice('zh-CN')]);
    await articlePage();
    const panel = await openToolbar(await makeToolbar());
    await press(panel, '朗读全文');
    await waitUntil(() => speech.spoken.length === 1, 'the first piece is handed to the engine');
    const utterance = speech.spoken[0]!;
    utterance.dispatchEvent(
      new SpeechSynthesisErrorEvent('error', { utterance, error: 'not-allowed' }),
    );
    await waitUntil(
      () => status(panel).startsWith('浏览器要求先在页面上点击'),
      'the refusal is told',
    );
    expect(panel.voice.state).to.equal('idle');
    expect(speech.spoken).to.have.length(1);
  });

  it('朗读全文 of a real <qx-article-tools> opens the bar and reads its article at once, zh-Hant with a zh-TW voice', async () => {
    const speech = watchSpeech([voice('zh-CN'), voice('zh-TW'), voice('en-US')]);
    const el = await makeToolbar();
    const article = await articlePage('zh-Hant');
    const tools = article.querySelector('qx-article-tools') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await tools.updateComplete;
    tools.shadowRoot!.querySelector<HTMLButtonElement>('[part~=read]')!.click();
    await waitUntil(() => speech.spoken.length === 1, 'reading starts');
    expect(el.open).to.be.true;
    expect(el.readingRoot).to.equal(article);
    const panel = await el.panel();
    await waitUntil(() => status(panel) === '正在朗读', 'the bar tells it');
    expect(speech.spoken[0]!.text).to.equal('奋力书写“侨”文章 凝心聚力启新程');
    expect(speech.spoken[0]!.lang).to.equal('zh-TW');
    speech.finish();
    expect(speech.spoken[1]!.text).to.include('2023-06-02');
    expect(speech.spoken[1]!.lang).to.equal('zh-TW');
    // The bar's own 朗读全文 reads the same article again from its start.
    await press(panel, '朗读全文');
    await waitUntil(() => speech.spoken.length === 3, 'read again');
    expect(speech.spoken[2]!.text).to.equal(speech.spoken[0]!.text);
  });
});
