import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@qiaoxin/i18n';
import '../a11y-toolbar.js';
import '../elder-mode.js';
import type { QxElderMode } from '../elder-mode/qx-elder-mode.js';
import { resetPage, switchLocale, waitUntil } from '../test-utils/index.js';
import {
  clearA11y,
  clickAt,
  loadTokens,
  makeToolbar,
  openToolbar,
  openerButton,
  press,
  tool,
  tokenText,
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

describe('<qx-a11y-toolbar>', () => {
  let tokens: HTMLStyleElement;
  before(async () => (tokens = await loadTokens()));
  after(() => tokens.remove());
  afterEach(async () => {
    clearA11y();
    await resetPage();
  });

  // One test per language: thirty axe scans in one test outran mocha's 5 s on a slow machine.
  for (const [n, locale] of (['zh-CN', 'zh-Hant', 'en'] as const).entries()) {
    it(`is accessible in every scheme and size, in ${locale}`, async () => {
      // First test of the file: nothing of the panel is loaded before the first open.
      if (n === 0) expect(customElements.get('qx-a11y-panel') === undefined).to.be.true;
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
    });
  }

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
      'voice',
      'rate',
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
    // Voice reading's controls are the bar's own (voice.test.ts tests them).
    expect(tool(panel, '朗读全文')).to.exist;
    expect(tool(panel, '指读').getAttribute('aria-pressed')).to.equal('false');
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

  it('keeps elder mode and shows it as 125% and high contrast; a change takes it over', async () => {
    localStorage.setItem('qx-elder-mode', 'on');
    const elder = await fixture<QxElderMode>(html`<qx-elder-mode></qx-elder-mode>`);
    expect(root.hasAttribute('data-qx-elder')).to.be.true;
    const text = await tokenText();
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
