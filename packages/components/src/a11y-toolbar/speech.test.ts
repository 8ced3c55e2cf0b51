import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../article-meta.js';
import {
  SpeechReader,
  chunk,
  pickVoice,
  readingOrder,
  speechLang,
  type SpeechState,
} from './speech.js';
import { restoreSpeech, voice, watchSpeech } from '../test-utils/speech.js';

const article = () =>
  fixture<HTMLElement>(html`
    <article lang="zh-CN">
      <h1>奋力书写“侨”文章 凝心聚力启新程</h1>
      <qx-article-meta published="2023-06-02" source="本站原创"></qx-article-meta>
      <div class="tools" data-qx-no-read><button>朗读全文</button></div>
      <p>重庆是西部大开发重要的战略支点。</p>
      <p hidden>隐藏的段落</p>
      <p aria-hidden="true">装饰文字</p>
      <p>凝聚侨界力量<span aria-hidden="true">|</span>助力新重庆建设。</p>
      <figure>
        <img src="data:," alt="" />
        <figcaption>侨联工作会议现场</figcaption>
      </figure>
      <ul>
        <li><p>加强联络</p></li>
        <li>服务侨胞</li>
      </ul>
      <p lang="en">Chongqing Federation of Returned Overseas Chinese</p>
      <p></p>
    </article>
  `);

describe('speech: reading order', () => {
  it('reads title, meta line (its shadow text), body, captions and list items in document order', async () => {
    const root = await article();
    await customElements.whenDefined('qx-article-meta');
    await (
      root.querySelector('qx-article-meta') as HTMLElement & { updateComplete: Promise<unknown> }
    ).updateComplete;
    const blocks = readingOrder(root);
    expect(blocks.map((b) => b.text)).to.deep.equal([
      '奋力书写“侨”文章 凝心聚力启新程',
      '发布时间：2023-06-02 来源：本站原创',
      '重庆是西部大开发重要的战略支点。',
      '凝聚侨界力量 助力新重庆建设。',
      '侨联工作会议现场',
      '加强联络',
      '服务侨胞',
      'Chongqing Federation of Returned Overseas Chinese',
    ]);
    expect(blocks.map((b) => b.lang)).to.deep.equal([...Array(7).fill('zh-CN'), 'en']);
    expect(blocks[0]!.element).to.equal(root.querySelector('h1'));
    expect(readingOrder(root.querySelector('h1')!)).to.have.length(1);
  });

  it('cuts a long block after sentence ends, never losing text', () => {
    const sentence = '充分发挥海内外侨胞融通中外、联系广泛的独特优势，凝聚侨界力量。';
    const text = sentence.repeat(12);
    const pieces = chunk(text, 100);
    expect(pieces.length).to.be.greaterThan(1);
    expect(pieces.join('')).to.equal(text);
    for (const piece of pieces) {
      expect(piece.length).to.be.at.most(100);
      expect(piece.endsWith('。')).to.be.true;
    }
    const run = '侨'.repeat(250);
    expect(chunk(run, 100).join('')).to.equal(run);
    expect(chunk('短句。')).to.deep.equal(['短句。']);
  });

  it('maps page languages to what speech engines know and picks matching voices', () => {
    expect(speechLang('zh-Hant')).to.equal('zh-TW');
    expect(speechLang('zh-HK')).to.equal('zh-HK');
    expect(speechLang('zh-Hans')).to.equal('zh-CN');
    expect(speechLang('zh')).to.equal('zh-CN');
    expect(speechLang('en')).to.equal('en');
    const voices = [voice('en-US'), voice('zh-CN'), voice('zh_HK'), voice('zh-TW')];
    const pick = (lang: string, list = voices) =>
      pickVoice(list as SpeechSynthesisVoice[], lang)?.lang;
    expect(pick('zh-Hant')).to.equal('zh-TW');
    expect(pick('zh-CN')).to.equal('zh-CN');
    expect(pick('en')).to.equal('en-US');
    expect(pick('zh-Hant', [voice('zh-CN'), voice('zh_HK')])).to.equal('zh_HK');
    expect(pick('zh-Hant', [voice('zh-CN')])).to.equal('zh-CN'); // Mandarin reads either script
    expect(pick('fr', voices)).to.be.undefined;
  });
});

describe('SpeechReader', () => {
  afterEach(restoreSpeech);

  it('reads the whole article: one utterance per block, in order, each with its lang and voice', async () => {
    const speech = watchSpeech([voice('en-US'), voice('zh-CN')]);
    const root = await article();
    await (
      root.querySelector('qx-article-meta') as HTMLElement & { updateComplete: Promise<unknown> }
    ).updateComplete;
    const reader = new SpeechReader({ rate: 1.25 });
    const states: SpeechState[] = [];
    const blocks: Element[] = [];
    reader.addEventListener('statechange', (e) => states.push(e.detail.state));
    reader.addEventListener('block', (e) => blocks.push(e.detail.element!));
    expect(await reader.readAll(root)).to.deep.equal({ ok: true });
    expect(reader.state).to.equal('playing');
    // One at a time: the next is spoken when the engine ends the last.
    for (let i = 1; i < 8; i++) speech.finish();
    expect(speech.texts()).to.deep.equal(readingOrder(root).map((b) => b.text));
    expect(speech.spoken.map((u) => u.lang)).to.deep.equal([...Array(7).fill('zh-CN'), 'en-US']);
    expect(speech.spoken.map((u) => u.voice?.lang)).to.deep.equal([
      ...Array(7).fill('zh-CN'),
      'en-US',
    ]);
    expect(speech.spoken.every((u) => u.rate === 1.25)).to.be.true;
    expect(blocks[0]).to.equal(root.querySelector('h1'));
    speech.finish();
    expect(reader.state).to.equal('idle');
    expect(states).to.deep.equal(['playing', 'idle']);
    expect(speech.spoken).to.have.length(8);
  });

  it('pauses, resumes and stops through the real API, telling each state', async () => {
    const speech = watchSpeech([voice('zh-CN')]);
    const root = await article();
    const reader = new SpeechReader();
    const states: SpeechState[] = [];
    reader.addEventListener('statechange', () => states.push(reader.state));
    await reader.readAll(root);
    reader.pause();
    expect(reader.state).to.equal('paused');
    reader.resume();
    reader.stop();
    expect(states).to.deep.equal(['playing', 'paused', 'playing', 'idle']);
    expect(speech.sinceSpeak()).to.deep.equal(['speak', 'pause', 'resume', 'cancel', 'resume']);
    // An end arriving after the stop (from the cancelled utterance) does not read on.
    speech.finish();
    expect(speech.spoken).to.have.length(1);
    expect(reader.state).to.equal('idle');
  });

  it('speak() interrupts the article and reads one text in the given language', async () => {
    const speech = watchSpeech([voice('zh-CN'), voice('zh-TW'), voice('en-GB')]);
    const reader = new SpeechReader({ lang: 'zh-CN' });
    await reader.readAll(await article());
    const cancels = speech.calls.filter((c) => c === 'cancel').length;
    expect(await reader.speak('  首页\n  侨联概况 ', 'zh-Hant')).to.deep.equal({ ok: true });
    expect(speech.calls.filter((c) => c === 'cancel').length).to.equal(cancels + 1);
    expect(speech.spoken.at(-1)!.text).to.equal('首页 侨联概况');
    expect(speech.spoken.at(-1)!.lang).to.equal('zh-TW');
    speech.finish();
    expect(reader.state).to.equal('idle');
    await reader.speak('Home');
    expect(speech.spoken.at(-1)!.lang).to.equal('zh-CN'); // the reader's language by default
  });

  it('reads zh-Hant with a zh-TW or zh-HK voice when there is one', async () => {
    const speech = watchSpeech([voice('zh-CN', 'Ting-Ting'), voice('zh-HK', 'Sin-ji')]);
    const root = await fixture(html`<article lang="zh-Hant"><p>僑聯動態</p></article>`);
    await new SpeechReader().readAll(root);
    expect(speech.spoken[0]!.voice?.name).to.equal('Sin-ji');
    expect(speech.spoken[0]!.lang).to.equal('zh-HK');
  });

  it('changes speed, restarting the current block at the new rate', async () => {
    const speech = watchSpeech([voice('zh-CN')]);
    const reader = new SpeechReader({ rate: 9 });
    expect(reader.rate).to.equal(2);
    reader.rate = 0.75;
    await reader.readAll(await article());
    reader.rate = 1.5;
    expect(speech.texts()).to.have.length(2);
    expect(speech.texts()[1]).to.equal(speech.texts()[0]);
    expect(speech.spoken.map((u) => u.rate)).to.deep.equal([0.75, 1.5]);
    reader.rate = Number.NaN;
    expect(reader.rate).to.equal(1);
  });

  it('waits for voiceschanged when the browser has not listed its voices yet', async () => {
    const voices: Partial<SpeechSynthesisVoice>[] = [];
    const speech = watchSpeech(voices);
    // A long bound: only the event can let this test pass in time.
    const reader = new SpeechReader({ voicesTimeout: 60_000 });
    const result = reader.readAll(await article());
    await Promise.resolve();
    expect(speech.spoken).to.have.length(0);
    voices.push(voice('zh-CN'));
    speechSynthesis.dispatchEvent(new Event('voiceschanged'));
    expect(await result).to.deep.equal({ ok: true });
    expect(speech.spoken).to.have.length(1);
  });

  it('says when there is no voice for the language, and speaks nothing', async () => {
    const speech = watchSpeech([voice('en-US')]);
    const reader = new SpeechReader();
    const told = oneEvent(reader, 'unavailable');
    const result = await reader.readAll(await article());
    expect(result).to.deep.equal({ ok: false, reason: 'no-voice', lang: 'zh-CN' });
    expect((await told).detail).to.deep.equal({ reason: 'no-voice', lang: 'zh-CN' });
    expect(speech.spoken).to.have.length(0);
    expect(reader.state).to.equal('idle');
  });

  it('says so when the browser lists no voice at all (voiceschanged, or the bound)', async () => {
    watchSpeech([]);
    const reader = new SpeechReader({ voicesTimeout: 60_000 });
    const pending = reader.speak('侨联');
    speechSynthesis.dispatchEvent(new Event('voiceschanged'));
    expect(await pending).to.deep.equal({ ok: false, reason: 'no-voice', lang: 'zh-CN' });
    // A browser that never fires voiceschanged: the bounded wait ends it.
    const quick = new SpeechReader({ voicesTimeout: 20 });
    expect(await quick.speak('侨联', 'en')).to.deep.equal({
      ok: false,
      reason: 'no-voice',
      lang: 'en',
    });
  });

  it('says so without speechSynthesis, and when there is nothing to read', async () => {
    const reader = new SpeechReader();
    watchSpeech([voice('zh-CN')]);
    expect(await reader.speak('   ')).to.deep.equal({ ok: false, reason: 'empty', lang: 'zh-CN' });
    const own = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    try {
      expect(await reader.speak('侨联')).to.deep.equal({
        ok: false,
        reason: 'unsupported',
        lang: 'zh-CN',
      });
    } finally {
      if (own) Object.defineProperty(window, 'speechSynthesis', own);
      else delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    }
    expect(typeof speechSynthesis.speak).to.equal('function');
  });
});
