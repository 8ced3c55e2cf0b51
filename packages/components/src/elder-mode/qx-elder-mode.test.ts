import { expect, fixture, html, elementUpdated, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { setLocale } from '@qiaoxin/i18n';
import { applySavedElderMode } from '../elder-mode.js';
import type { QxElderMode } from './qx-elder-mode.js';
import { inForcedColors, switchLocale, warnedWhile } from '../test-utils/index.js';

const root = document.documentElement;
const button = (el: QxElderMode) => el.shadowRoot!.querySelector('button')!;
const status = (el: QxElderMode) => el.shadowRoot!.querySelector('[part=status]')!;
const tick = (el: QxElderMode) => el.shadowRoot!.querySelector('[part=indicator]')!;
const make = () => fixture<QxElderMode>(html`<qx-elder-mode></qx-elder-mode>`);

/** A page element that takes its size and colour from the tokens, as any site text does. */
async function probe() {
  return fixture<HTMLParagraphElement>(
    html`<p style="font-size: var(--qx-font-size-md); color: var(--qx-color-text)">侨联动态</p>`,
  );
}

async function click(el: QxElderMode) {
  const box = button(el).getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
  });
  await elementUpdated(el);
}

/** Blocks localStorage as private browsing or a strict cookie setting does. */
function blockStorage() {
  const { getItem, setItem } = Storage.prototype;
  const deny = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  Storage.prototype.getItem = deny;
  Storage.prototype.setItem = deny;
  return () => Object.assign(Storage.prototype, { getItem, setItem });
}

describe('<qx-elder-mode>', () => {
  const tokens = document.createElement('style');

  before(async () => {
    // The built tokens.css, served from outside the components package.
    const response = await fetch('/__wds-outside-root__/1/tokens/dist/tokens.css');
    tokens.textContent = await response.text();
    document.head.append(tokens);
  });

  after(() => tokens.remove());

  afterEach(async () => {
    localStorage.removeItem('qx-elder-mode');
    root.removeAttribute('data-qx-elder');
    await setLocale('zh-CN');
    await setViewport({ width: 800, height: 600 });
  });

  it('is accessible in zh and en, off and on', async () => {
    const el = await make();
    await expect(el).to.be.accessible();
    el.enabled = true;
    await elementUpdated(el);
    await expect(el).to.be.accessible();
    await switchLocale('en', el);
    await expect(el).to.be.accessible();
    el.enabled = false;
    await elementUpdated(el);
    await expect(el).to.be.accessible();
  });

  it('is a toggle button named 长者模式 / Elder-friendly mode', async () => {
    const el = await make();
    expect(tokens.textContent).to.include(':root[data-qx-elder]');
    expect(button(el).textContent!.trim()).to.equal('长者模式');
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    expect(button(el).type).to.equal('button');
    expect(tick(el).getAttribute('aria-hidden')).to.equal('true');
    await switchLocale('en', el);
    expect(button(el).textContent!.trim()).to.equal('Elder-friendly mode');
    expect(el.shadowRoot!.querySelector('[part=label]')!.getAttribute('lang')).to.equal('en');
  });

  it('turns elder mode on and off with the mouse, for the whole page', async () => {
    const el = await make();
    await click(el);
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    expect(el.enabled).to.be.true;
    expect(el.hasAttribute('enabled')).to.be.true;
    expect(root.hasAttribute('data-qx-elder')).to.be.true;
    expect(tick(el).textContent).to.equal('✓');
    await click(el);
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    expect(el.hasAttribute('enabled')).to.be.false;
    expect(root.hasAttribute('data-qx-elder')).to.be.false;
    expect(tick(el).textContent).to.equal('');
  });

  it('toggles with Enter and Space', async () => {
    const el = await make();
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    expect(root.hasAttribute('data-qx-elder')).to.be.true;
    await sendKeys({ press: 'Space' });
    await elementUpdated(el);
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    expect(root.hasAttribute('data-qx-elder')).to.be.false;
  });

  it('makes token text at least 1.25 times larger and switches to the high-contrast palette', async () => {
    const text = await probe();
    const el = await make();
    const before = parseFloat(getComputedStyle(text).fontSize);
    const buttonBefore = parseFloat(getComputedStyle(button(el)).fontSize);
    expect(getComputedStyle(text).color).to.equal('rgb(31, 35, 41)'); // #1f2329
    await click(el);
    expect(parseFloat(getComputedStyle(text).fontSize)).to.be.at.least(before * 1.25);
    expect(parseFloat(getComputedStyle(button(el)).fontSize)).to.be.at.least(buttonBefore * 1.25);
    expect(getComputedStyle(text).color).to.equal('rgb(0, 0, 0)');
    // On, the button is filled with the darker elder-mode red (#8f0c22).
    expect(getComputedStyle(button(el)).backgroundColor).to.equal('rgb(143, 12, 34)');
    await click(el);
    expect(parseFloat(getComputedStyle(text).fontSize)).to.equal(before);
    expect(getComputedStyle(text).color).to.equal('rgb(31, 35, 41)');
  });

  it('remembers the choice across pages', async () => {
    const first = await make();
    await click(first);
    expect(localStorage.getItem('qx-elder-mode')).to.equal('on');
    // A new page: the attribute is gone until a switch (or the head script) restores it.
    first.remove();
    root.removeAttribute('data-qx-elder');
    const second = await make();
    expect(second.enabled).to.be.true;
    expect(button(second).getAttribute('aria-pressed')).to.equal('true');
    expect(root.hasAttribute('data-qx-elder')).to.be.true;
    await click(second);
    expect(localStorage.getItem('qx-elder-mode')).to.equal('off');
    second.remove();
    root.setAttribute('data-qx-elder', '');
    const third = await make();
    expect(third.enabled).to.be.false;
    expect(root.hasAttribute('data-qx-elder')).to.be.false;
  });

  it('follows the page when nothing is saved, and ignores an unknown saved value', async () => {
    root.setAttribute('data-qx-elder', '');
    expect((await make()).enabled).to.be.true;
    root.removeAttribute('data-qx-elder');
    localStorage.setItem('qx-elder-mode', 'yes');
    const el = await fixture<QxElderMode>(html`<qx-elder-mode enabled></qx-elder-mode>`);
    expect(el.enabled).to.be.true;
    expect(root.hasAttribute('data-qx-elder')).to.be.true;
  });

  it('switches the page when the enabled property is set', async () => {
    const el = await make();
    el.enabled = true;
    await elementUpdated(el);
    expect(root.hasAttribute('data-qx-elder')).to.be.true;
    el.removeAttribute('enabled');
    await elementUpdated(el);
    expect(root.hasAttribute('data-qx-elder')).to.be.false;
  });

  it('keeps working when storage is blocked, warning once', async () => {
    const restore = blockStorage();
    try {
      const { el, warnings } = await warnedWhile(async () => {
        const el = await make();
        await click(el);
        await click(el);
        await click(el);
        return el;
      });
      expect(button(el).getAttribute('aria-pressed')).to.equal('true');
      expect(root.hasAttribute('data-qx-elder')).to.be.true;
      expect(status(el).textContent).to.equal('已开启长者模式');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/<qx-elder-mode>.*SecurityError/);
    } finally {
      restore();
    }
  });

  it('fires a cancelable qx-elder-mode-change before changing', async () => {
    const el = await make();
    const fired = oneEvent(el, 'qx-elder-mode-change');
    button(el).click();
    const event = await fired;
    expect(event.detail).to.deep.equal({ enabled: true });
    expect(event.bubbles && event.composed && event.cancelable).to.be.true;
    await elementUpdated(el);
    expect(el.enabled).to.be.true;

    document.addEventListener('qx-elder-mode-change', (e) => e.preventDefault(), { once: true });
    button(el).click();
    await elementUpdated(el);
    expect(el.enabled).to.be.true;
    expect(root.hasAttribute('data-qx-elder')).to.be.true;
    expect(localStorage.getItem('qx-elder-mode')).to.equal('on');
    expect(status(el).textContent).to.equal('已开启长者模式');
  });

  it('announces the new state politely, in the current language', async () => {
    const el = await make();
    expect(status(el).getAttribute('role')).to.equal('status');
    expect(status(el).textContent).to.equal(''); // nothing is announced on load
    await click(el);
    expect(status(el).textContent).to.equal('已开启长者模式');
    await click(el);
    expect(status(el).textContent).to.equal('已关闭长者模式');
    await switchLocale('en', el);
    expect(status(el).textContent).to.equal('Elder-friendly mode off');
    await click(el);
    expect(status(el).textContent).to.equal('Elder-friendly mode on');
    expect(status(el).getBoundingClientRect().width).to.be.at.most(1);
  });

  it('shows the state without colour in forced colours', async () => {
    const el = await make();
    await inForcedColors(async () => {
      expect(getComputedStyle(button(el)).borderTopStyle).to.equal('solid');
      expect(getComputedStyle(tick(el)).borderTopStyle).to.equal('solid');
      await click(el);
      expect(tick(el).textContent).to.equal('✓');
      const { color, backgroundColor } = getComputedStyle(button(el));
      expect(color).not.to.equal(backgroundColor);
    });
  });

  it('fits 320px in elder mode, in English too', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await make();
    await switchLocale('en', el);
    await click(el);
    expect(root.scrollWidth).to.be.at.most(320);
    expect(button(el).getBoundingClientRect().right).to.be.at.most(320);
    expect(button(el).getBoundingClientRect().height).to.be.at.least(40);
  });

  it('applySavedElderMode() applies the saved choice early and survives blocked storage', () => {
    expect(applySavedElderMode()).to.be.false;
    localStorage.setItem('qx-elder-mode', 'on');
    expect(applySavedElderMode()).to.be.true;
    expect(root.hasAttribute('data-qx-elder')).to.be.true;
    localStorage.setItem('qx-elder-mode', 'off');
    expect(applySavedElderMode()).to.be.false;
    root.setAttribute('data-qx-elder', '');
    const restore = blockStorage();
    try {
      expect(applySavedElderMode()).to.be.true;
    } finally {
      restore();
    }
  });
});
