import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../a11y-toolbar.js';
import { a11yBootScript, applySavedA11ySettings } from './apply.js';
import { pointedText } from './pointed-text.js';
import { captureWarnings, resetPage, waitUntil } from '../test-utils/index.js';
import {
  clearA11y,
  loadTokens,
  makeToolbar,
  openToolbar,
  part,
  press,
} from '../test-utils/a11y-toolbar.js';

const root = document.documentElement;

async function moveTo(el: Element) {
  const box = el.getBoundingClientRect();
  await sendMouse({
    type: 'move',
    position: [Math.round(box.x + 5), Math.round(box.y + box.height / 2)],
  });
}

describe('<qx-a11y-toolbar> tools', () => {
  let tokens: HTMLStyleElement;
  before(async () => (tokens = await loadTokens()));
  after(() => tokens.remove());
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    clearA11y();
    await resetPage();
  });

  it('large cursor: the black or white image from cursor-base on every element, links included', async () => {
    const page = await fixture<HTMLElement>(html`<p>侨务 <a href="#news">阅读全文</a></p>`);
    const link = page.querySelector('a')!;
    expect(getComputedStyle(link).cursor).to.equal('pointer');
    const el = await makeToolbar();
    const panel = await openToolbar(el);
    await press(panel, '黑色');
    expect(root.getAttribute('data-qx-cursor')).to.equal('black');
    const black = `url("${location.origin}/assets/cursors/black.svg") 4 2, auto`;
    expect(getComputedStyle(link).cursor).to.equal(black);
    expect(getComputedStyle(page).cursor).to.equal(black);
    // Inside components too (shadow DOM), through --qx-cursor.
    expect(getComputedStyle(el.shadowRoot!.querySelector('button')!).cursor).to.equal(black);
    await press(panel, '白色');
    expect(getComputedStyle(link).cursor).to.contain('/assets/cursors/white.svg');
    const svg = await fetch('/assets/cursors/white.svg');
    expect(svg.headers.get('content-type')).to.contain('image/svg+xml');
    await press(panel, '标准');
    expect(getComputedStyle(link).cursor).to.equal('pointer');
  });

  it('reading guide: follows the real pointer, never in the way of it or of screen readers', async () => {
    const panel = await openToolbar(await makeToolbar());
    await press(panel, '阅读线');
    const guide = part(panel, 'guide');
    expect(guide.getAttribute('aria-hidden')).to.equal('true');
    expect(getComputedStyle(guide).pointerEvents).to.equal('none');
    expect(getComputedStyle(guide).position).to.equal('fixed');
    for (const y of [300, 420]) {
      await sendMouse({ type: 'move', position: [200, y] });
      await waitUntil(
        () =>
          Math.abs(
            guide.getBoundingClientRect().top + guide.getBoundingClientRect().height / 2 - y,
          ) < 2,
        `guide at ${y}`,
      );
    }
    expect(guide.getBoundingClientRect().width).to.equal(root.clientWidth);
  });

  it('caption bar: shows, in 40px type or more, the text under the pointer and in focus', async () => {
    const page = await fixture<HTMLElement>(html`
      <div style="margin-block-start: 200px">
        <p>重庆市侨联召开全委会议</p>
        <a href="#more">阅读全文</a>
        <button aria-label="搜索本站">🔍</button>
      </div>
    `);
    const panel = await openToolbar(await makeToolbar());
    await press(panel, '大字幕');
    const bar = part(panel, 'captions');
    await moveTo(page.querySelector('p')!);
    await waitUntil(
      () => bar.textContent!.trim() === '重庆市侨联召开全委会议',
      'hovered paragraph',
    );
    expect(parseFloat(getComputedStyle(bar).fontSize)).to.be.at.least(40);
    expect(bar.getAttribute('aria-hidden')).to.equal('true');
    expect(getComputedStyle(bar).position).to.equal('fixed');
    await moveTo(page.querySelector('a')!);
    await waitUntil(() => bar.textContent!.trim() === '阅读全文', 'hovered link');
    page.querySelector('a')!.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => bar.textContent!.trim() === '搜索本站', 'focused button, by its name');
    await press(panel, '大字幕');
    expect(bar.hasAttribute('hidden')).to.be.true;
  });

  it('pointedText() says what an element says', async () => {
    const page = await fixture<HTMLElement>(html`
      <div>
        <a href="#"><span id="in">侨联 新闻</span></a>
        <button aria-labelledby="l1 l2"><span>x</span></button><span id="l1">打开</span
        ><span id="l2">菜单</span>
        <img alt="侨联徽标" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
        <label>姓名 <input id="name" /></label>
        <h2>海外侨胞<em>回乡</em></h2>
        <ul>
          <li><b>第一条</b></li>
        </ul>
        <p aria-hidden="true">装饰</p>
        <section><span id="bare">无块</span></section>
      </div>
    `);
    const q = (s: string) => page.querySelector(s)!;
    expect(pointedText(q('#in'))).to.equal('侨联 新闻');
    expect(pointedText(q('button span'))).to.equal('打开 菜单');
    expect(pointedText(q('img'))).to.equal('侨联徽标');
    expect(pointedText(q('#name'))).to.equal('姓名');
    expect(pointedText(q('em'))).to.equal('海外侨胞回乡');
    expect(pointedText(q('b'))).to.equal('第一条');
    expect(pointedText(q('[aria-hidden] '))).to.equal('');
    expect(pointedText(q('#bare'))).to.equal('');
    // Inside a component: the shadow DOM's button, by its name.
    const el = await makeToolbar();
    expect(pointedText(el.shadowRoot!.querySelector('span')!)).to.equal('无障碍');
  });

  it('persists across a reload and applies before first paint, with the head script', async () => {
    localStorage.setItem(
      'qx-a11y',
      JSON.stringify({ scale: '1.75', scheme: 'yellow-on-black', cursor: 'white' }),
    );
    localStorage.setItem('qx-elder-mode', 'on');
    const frame = document.createElement('iframe');
    // The first body script records what the page looked like before anything else ran.
    frame.srcdoc = `<!doctype html><html><head><style>${tokens.textContent}</style>
      <script>${a11yBootScript}</script></head><body><p style="font-size: var(--qx-font-size-md)">侨</p>
      <script>window.seen = [document.documentElement.getAttribute('data-qx-scale'),
        document.documentElement.getAttribute('data-qx-scheme'), document.documentElement.getAttribute('data-qx-cursor'),
        document.documentElement.hasAttribute('data-qx-elder'), getComputedStyle(document.querySelector('p')).fontSize]</script></body></html>`;
    const loaded = () =>
      new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const first = loaded();
    document.body.append(frame);
    try {
      await first;
      const seen = () => (frame.contentWindow as Window & { seen: unknown[] }).seen;
      expect(seen()).to.deep.equal(['1.75', 'yellow-on-black', 'white', true, '28px']);
      localStorage.setItem('qx-a11y', JSON.stringify({ scale: '2' }));
      const again = loaded();
      frame.contentWindow!.location.reload();
      await again;
      expect(seen()).to.deep.equal(['2', null, null, true, '32px']);
    } finally {
      frame.remove();
    }
  });

  it('ignores nonsense in storage: the same attributes from the head script, one [qiaoxin] warning from the reader', async () => {
    const cases: [string, Record<string, string>][] = [
      [
        '{"scale":"3","scheme":"neon","cursor":"white","guide":"yes"}',
        { 'data-qx-cursor': 'white' },
      ],
      ['{"scale":1.5}', { 'data-qx-scale': '1.5' }],
      // 指读 and the reading speed are saved, and set no attribute; a speed it does not offer warns.
      ['{"speak":true,"rate":1.25}', {}],
      ['{"rate":3,"speak":"on"}', {}],
      ['not json', {}],
      ['[1,2]', {}],
    ];
    for (const [saved, expected] of cases) {
      for (const run of [
        applySavedA11ySettings,
        () => {
          const script = document.createElement('script');
          script.textContent = a11yBootScript;
          document.head.append(script);
          script.remove();
        },
      ]) {
        clearA11y();
        localStorage.setItem('qx-a11y', saved);
        const warnings = await captureWarnings(() => run());
        const attributes = Object.fromEntries(
          ['data-qx-scale', 'data-qx-scheme', 'data-qx-cursor']
            .filter((n) => root.hasAttribute(n))
            .map((n) => [n, root.getAttribute(n)]),
        );
        expect(attributes, saved).to.deep.equal(expected);
        const bad = !['{"scale":1.5}', '{"speak":true,"rate":1.25}'].includes(saved);
        // The head script, inlined in every page, stays small and silent; the reader warns.
        const warns = bad && run === applySavedA11ySettings;
        expect(warnings.length, saved).to.equal(warns ? 1 : 0);
        if (warns) expect(warnings[0]).to.match(/^\[qiaoxin\] qx-a11y: ignoring/);
      }
    }
  });

  it('brings the guide, captions and 指读 back on the next page, loading the panel unopened', async () => {
    localStorage.setItem('qx-a11y', '{"guide":true,"captions":true,"speak":true,"rate":1.5}');
    const el = await makeToolbar();
    await waitUntil(() => document.querySelector('qx-a11y-panel'), 'the panel loads');
    const panel = await el.panel();
    await elementUpdated(panel);
    expect(panel.open).to.be.false;
    expect(part(panel, 'guide').hasAttribute('hidden')).to.be.false;
    expect(part(panel, 'bar').hasAttribute('hidden')).to.be.true;
    expect(panel.settings).to.deep.equal({ guide: true, captions: true, speak: true, rate: 1.5 });
    // 指读 alone brings the panel too: it listens for the pointer and the focus.
    clearA11y();
    localStorage.setItem('qx-a11y', '{"speak":true}');
    await makeToolbar();
    await waitUntil(() => document.querySelector('qx-a11y-panel'), '指读 loads the panel');
  });

  it('a new toolbar (a re-rendered header) gets a new bar, with what is saved now', async () => {
    const first = await makeToolbar();
    const old = await openToolbar(first);
    first.remove();
    localStorage.setItem('qx-a11y', '{"scale":"1.5"}');
    const panel = await openToolbar(await makeToolbar());
    expect(panel).not.to.equal(old);
    expect(old.isConnected).to.be.false;
    expect(document.querySelectorAll('qx-a11y-panel')).to.have.length(1);
    expect(panel.settings).to.deep.equal({ scale: '1.5' });
  });
});
