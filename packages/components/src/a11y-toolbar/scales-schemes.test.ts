// <qx-a11y-toolbar>'s sizes and colour schemes, measured in the page: every token size
// follows, the bar itself reflows at 200 %, every colour pair reaches 7:1, and a chosen scheme
// or size wins over a district theme. (Opening, keyboard, elder mode: qx-a11y-toolbar.test.ts.)
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../a11y-toolbar.js';
import { resetPage } from '../test-utils/index.js';
import {
  clearA11y,
  contrast,
  loadTokens,
  makeToolbar,
  openToolbar,
  openerButton,
  press,
  tokenText,
} from '../test-utils/a11y-toolbar.js';

const root = document.documentElement;
const schemes = ['默认', '高对比度', '黄底黑字', '黑底黄字'];
const sizes = ['100%', '125%', '150%', '175%', '200%'];

describe('<qx-a11y-toolbar> sizes and schemes', () => {
  let tokens: HTMLStyleElement;
  before(async () => (tokens = await loadTokens()));
  after(() => tokens.remove());
  afterEach(async () => {
    clearA11y();
    await resetPage();
  });

  it('scales token text ×1.25 … ×2, on the page and in a component', async () => {
    const text = await tokenText();
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
      const text = await tokenText();
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
});
