import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { setLocale } from '@qiaoxin/i18n';
import '../a11y-toolbar.js';
import '../elder-mode.js';
import type { QxElderMode } from '../elder-mode/qx-elder-mode.js';
import { resetPage, switchLocale } from '../test-utils/index.js';
import {
  clearA11y,
  clickAt,
  contrast,
  loadTokens,
  makeToolbar,
  openToolbar,
  openerButton,
  press,
  tool,
} from '../test-utils/a11y-toolbar.js';

const root = document.documentElement;
const schemes = ['默认', '高对比度', '黄底黑字', '黑底黄字'];
const sizes = ['100%', '125%', '150%', '175%', '200%'];
/** Alt+Shift+Z, held and released as a person does. */
async function shortcut() {
  await sendKeys({ down: 'Alt' });
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'KeyZ' });
  await sendKeys({ up: 'Shift' });
  await sendKeys({ up: 'Alt' });
}
const pressed = (b: HTMLButtonElement) => b.getAttribute('aria-pressed');

/** Page text set in tokens, as site text is. */
const probe = () =>
  fixture<HTMLParagraphElement>(
    html`<p style="font-size: var(--qx-font-size-md); color: var(--qx-color-text)">侨联动态</p>`,
  );

describe('<qx-a11y-toolbar>', () => {
  let tokens: HTMLStyleElement;
  before(async () => (tokens = await loadTokens()));
  after(() => tokens.remove());
  afterEach(async () => {
    clearA11y();
    await resetPage();
  });

  it('is accessible in every scheme and size, in zh-CN, zh-Hant and en', async () => {
    // First test of the file: nothing of the panel is loaded before the first open.
    expect(customElements.get('qx-a11y-panel') === undefined).to.be.true;
    for (const locale of ['zh-CN', 'zh-Hant', 'en']) {
      await setLocale(locale);
      const el = await makeToolbar();
      await expect(el).to.be.accessible();
      const panel = await openToolbar(el);
      for (const [i, scheme] of [
        'default',
        'high-contrast',
        'black-on-yellow',
        'yellow-on-black',
      ].entries()) {
        panel.change({
          scheme: scheme as 'default',
          scale: (['1', '1.25', '1.5', '2'] as const)[i],
        });
        await elementUpdated(panel);
        await expect(panel).to.be.accessible();
        await expect(el).to.be.accessible();
      }
      panel.change({ scale: '1.75', guide: true, captions: true, cursor: 'black' });
      await elementUpdated(panel);
      await expect(panel).to.be.accessible();
      clearA11y();
    }
  });

  it('is a button named 无障碍 / Accessibility that opens and closes the bar', async () => {
    const el = await makeToolbar();
    const button = openerButton(el);
    expect(button.textContent!.trim()).to.equal('无障碍');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-keyshortcuts')).to.equal('Alt+Shift+Z');
    expect(document.querySelector('qx-a11y-panel')).to.equal(null);
    const panel = await openToolbar(el);
    await elementUpdated(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(document.body.firstElementChild).to.equal(panel);
    const bar = panel.shadowRoot!.querySelector('[part=bar]')!;
    expect(bar.getAttribute('role')).to.equal('region');
    expect(bar.getAttribute('aria-label')).to.equal('无障碍工具条');
    expect(bar.hasAttribute('hidden')).to.be.false;
    // Every tool is a real button, pressed or not, and the choices are labelled groups.
    for (const b of bar.querySelectorAll('button')) expect(b.type).to.equal('button');
    const groups = [...bar.querySelectorAll('[role=group]')];
    expect(groups.map((g) => g.getAttribute('aria-labelledby'))).to.deep.equal([
      'size',
      'scheme',
      'cursor',
    ]);
    expect(sizes.map((s) => pressed(tool(panel, s)))).to.deep.equal([
      'true',
      'false',
      'false',
      'false',
      'false',
    ]);
    expect(schemes.map((s) => pressed(tool(panel, s)))).to.deep.equal([
      'true',
      'false',
      'false',
      'false',
    ]);
    expect(panel.shadowRoot!.querySelector('slot[name=voice]')).to.exist;
    await switchLocale('en', el);
    expect(button.textContent!.trim()).to.equal('Accessibility');
    await clickAt(tool(panel, 'Close'));
    await elementUpdated(panel);
    expect(bar.hasAttribute('hidden')).to.be.true;
    expect(el.open).to.be.false;
  });

  it('opens with Alt+Shift+Z and is usable by keyboard alone; Escape closes and returns focus', async () => {
    const el = await makeToolbar();
    await shortcut();
    const panel = await el.panel();
    await waitUntil(
      () => panel.shadowRoot!.activeElement === tool(panel, '100%'),
      'focus moves into the bar',
    );
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(panel.shadowRoot!.activeElement).to.equal(tool(panel, '150%'));
    await sendKeys({ press: 'Enter' });
    await elementUpdated(panel);
    expect(root.getAttribute('data-qx-scale')).to.equal('1.5');
    expect(pressed(tool(panel, '150%'))).to.equal('true');
    // Focus shows: the ring is drawn on the focused tool.
    expect(getComputedStyle(tool(panel, '150%')).outlineStyle).to.equal('solid');
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'Tab' });
    expect(panel.shadowRoot!.activeElement).to.equal(tool(panel, '黄底黑字'));
    await sendKeys({ press: 'Space' });
    await elementUpdated(panel);
    expect(root.getAttribute('data-qx-scheme')).to.equal('black-on-yellow');
    await sendKeys({ press: 'Escape' });
    await elementUpdated(panel);
    expect(panel.open).to.be.false;
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(openerButton(el));
    await elementUpdated(el);
    expect(openerButton(el).getAttribute('aria-expanded')).to.equal('false');
    await shortcut();
    await waitUntil(() => panel.open, 'the shortcut opens it again');
  });

  it('scales token text ×1.25 … ×2, on the page and in a component', async () => {
    const text = await probe();
    const el = await makeToolbar();
    const base = parseFloat(getComputedStyle(text).fontSize);
    const buttonBase = parseFloat(getComputedStyle(openerButton(el)).fontSize);
    const panel = await openToolbar(el);
    for (const size of sizes) {
      await press(panel, size);
      const factor = parseFloat(size) / 100;
      expect(parseFloat(getComputedStyle(text).fontSize)).to.be.closeTo(base * factor, 0.01);
      expect(parseFloat(getComputedStyle(openerButton(el)).fontSize)).to.be.closeTo(
        buttonBase * factor,
        0.01,
      );
    }
  });

  it('at 200% and 320px wide, the open bar needs no sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await makeToolbar('en');
    const panel = await openToolbar(el);
    await press(panel, '200%');
    expect(root.scrollWidth).to.be.at.most(320);
    for (const b of panel.shadowRoot!.querySelectorAll('button'))
      expect(b.getBoundingClientRect().right).to.be.at.most(320);
  });

  it('reaches 7:1 on every colour pair in each non-default scheme, measured in the page', async () => {
    const { pairs } = (await (
      await fetch('/__wds-outside-root__/1/tokens/contrast-pairs.json')
    ).json()) as {
      pairs: { foreground: string; background: string }[];
    };
    const swatch = await fixture<HTMLDivElement>(html`<div>侨</div>`);
    const el = await makeToolbar();
    const panel = await openToolbar(el);
    const seen = new Set<string>();
    for (const scheme of schemes.slice(1)) {
      await press(panel, scheme);
      for (const { foreground, background } of pairs) {
        swatch.style.color = `var(--qx-color-${foreground})`;
        swatch.style.backgroundColor = `var(--qx-color-${background})`;
        const { color, backgroundColor } = getComputedStyle(swatch);
        const ratio = contrast(color, backgroundColor);
        expect(ratio, `${scheme}: ${foreground} on ${background}`).to.be.at.least(7);
      }
      seen.add(getComputedStyle(swatch).backgroundColor);
    }
    expect(seen.size).to.equal(3);
    await press(panel, '黄底黑字');
    swatch.style.color = 'var(--qx-color-text)';
    swatch.style.backgroundColor = 'var(--qx-color-surface)';
    expect(getComputedStyle(swatch).color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(swatch).backgroundColor).to.equal('rgb(255, 255, 0)');
  });

  it('a fixed scheme wins over a district theme, whatever its selectors and order', async () => {
    // As site-kit's theme stylesheet (:root, :root[data-qx-elder]) and Storybook's (:root:root).
    const theme = await fixture<HTMLStyleElement>(
      html`<style>
        :root:root {
          --qx-color-text: #3a1f1f;
          --qx-color-surface: #fffaf0;
          --qx-font-size-md: 1.0625rem;
        }
        :root:root[data-qx-elder] {
          --qx-color-text: #200000;
        }
      </style>`,
    );
    document.head.append(theme);
    try {
      const text = await probe();
      expect(getComputedStyle(text).color).to.equal('rgb(58, 31, 31)');
      const panel = await openToolbar(await makeToolbar());
      await press(panel, '黑底黄字');
      expect(getComputedStyle(text).color).to.equal('rgb(255, 255, 0)');
      await press(panel, '200%');
      expect(getComputedStyle(text).fontSize).to.equal('32px');
      await press(panel, '默认');
      expect(getComputedStyle(text).color).to.equal('rgb(58, 31, 31)');
    } finally {
      theme.remove();
    }
  });

  it('keeps elder mode and shows it as 125% and high contrast; a change takes it over', async () => {
    localStorage.setItem('qx-elder-mode', 'on');
    const elder = await fixture<QxElderMode>(html`<qx-elder-mode></qx-elder-mode>`);
    expect(root.hasAttribute('data-qx-elder')).to.be.true;
    const text = await probe();
    const elderSize = getComputedStyle(text).fontSize;
    const panel = await openToolbar(await makeToolbar());
    expect(pressed(tool(panel, '125%'))).to.equal('true');
    expect(pressed(tool(panel, '高对比度'))).to.equal('true');
    // Elder mode still works as before, and the bar follows it.
    const elderButton = elder.shadowRoot!.querySelector('button')!;
    elderButton.click();
    await waitUntil(
      () => pressed(tool(panel, '100%')) === 'true',
      'the bar follows elder mode off',
    );
    elderButton.click();
    await waitUntil(() => pressed(tool(panel, '125%')) === 'true', 'and on again');
    await press(panel, '150%');
    await elementUpdated(elder);
    expect(elder.enabled).to.be.false;
    expect(root.hasAttribute('data-qx-elder')).to.be.false;
    expect(localStorage.getItem('qx-elder-mode')).to.equal('off');
    expect(JSON.parse(localStorage.getItem('qx-a11y')!)).to.deep.equal({
      scale: '1.5',
      scheme: 'high-contrast',
    });
    expect(pressed(tool(panel, '高对比度'))).to.equal('true');
    expect(parseFloat(getComputedStyle(text).fontSize)).to.be.greaterThan(parseFloat(elderSize));
    expect(getComputedStyle(text).color).to.equal('rgb(0, 0, 0)');
  });

  it('reset puts the page back, elder mode included', async () => {
    localStorage.setItem('qx-elder-mode', 'on');
    root.setAttribute('data-qx-elder', '');
    const panel = await openToolbar(await makeToolbar());
    await press(panel, '175%');
    await press(panel, '黑色');
    await press(panel, '阅读线');
    await press(panel, '重置');
    for (const name of ['data-qx-scale', 'data-qx-scheme', 'data-qx-cursor', 'data-qx-elder'])
      expect(root.hasAttribute(name), name).to.be.false;
    expect(localStorage.getItem('qx-a11y')).to.equal(null);
    expect(pressed(tool(panel, '100%'))).to.equal('true');
    expect(pressed(tool(panel, '标准'))).to.equal('true');
    expect(pressed(tool(panel, '阅读线'))).to.equal('false');
  });

  it('takes qx-read-aloud from the article tools: opens and keeps the article in readingRoot', async () => {
    const el = await makeToolbar();
    const article = await fixture<HTMLElement>(html`<article><h1>侨联动态</h1></article>`);
    const event = new CustomEvent('qx-read-aloud', {
      detail: { root: article },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    expect(article.dispatchEvent(event)).to.be.false;
    expect(event.defaultPrevented).to.be.true;
    expect(el.readingRoot).to.equal(article);
    expect(el.open).to.be.true;
    const panel = await el.panel();
    await waitUntil(() => panel.open, 'the bar opens');
  });
});
