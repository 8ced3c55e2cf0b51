// Helpers for the tests of the issue-17 blocks (notice list, photo news, attachments, topic
// banner, link groups); not shipped.
import { expect, fixture } from '@open-wc/testing';
import { setLocale } from '@qiaoxin/i18n';
import type { LitElement, TemplateResult } from 'lit';
import { loadTokens } from './a11y-toolbar.js';
import { brokenWords, visibleText } from './index.js';

/** A cover picture the tests can load (served from src/). */
export const cover = '/src/photo-news/fixtures/cover.svg';
export const banner = '/src/topic-banner/fixtures/banner.svg';

/** A title that would run code if anything put it into the page as HTML. */
export const hostile =
  '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 1">';

/**
 * Waits for `el` and then for its children (a list re-renders its items as it updates, to pass
 * on its language), so what the test reads is final.
 */
export async function settled<E extends LitElement>(el: E): Promise<E> {
  await el.updateComplete;
  for (const child of el.children) await (child as Partial<LitElement>).updateComplete;
  return el;
}

/** Renders `template` and waits for it and its items. */
export const show = async <E extends LitElement>(template: TemplateResult) =>
  settled(await fixture<E>(template));

/**
 * The first test of every block: axe finds nothing in zh-CN, zh-Hant and en, in default and
 * in elder mode (tokens.css loaded, so elder mode's larger text and colours apply), and no
 * "undefined", "NaN" or raw key reaches the page.
 */
export function itIsAccessibleInEveryLocaleAndMode(render: () => TemplateResult): void {
  it('is accessible in zh-CN, zh-Hant and en, default and elder mode', async function () {
    this.timeout(20000); // six axe runs
    const tokens = await loadTokens();
    const root = document.documentElement;
    try {
      for (const locale of ['zh-CN', 'zh-Hant', 'en']) {
        await setLocale(locale);
        for (const elder of [false, true]) {
          root.toggleAttribute('data-qx-elder', elder);
          const el = await show(render());
          await expect(el, `${locale}${elder ? ', elder mode' : ''}`).to.be.accessible();
          expect(visibleText(el)).not.to.match(brokenWords);
        }
      }
    } finally {
      tokens.remove();
      root.removeAttribute('data-qx-elder');
    }
  });
}

/** Proves a hostile title stayed text: no element made from it, nothing run. */
export function expectInert(host: Element): void {
  expect(host.querySelector('script, img[onerror]')).to.be.null;
  expect(host.shadowRoot?.querySelector('script, img[onerror]') ?? null).to.be.null;
  expect(host.textContent).to.include('<script>');
  expect((window as { __pwned?: number }).__pwned).to.be.undefined;
}

/** The elements Tab reaches from the top of the page, in order, `count` presses. */
export async function tabStops(count: number): Promise<Element[]> {
  const { sendKeys } = await import('@web/test-runner-commands');
  const stops: Element[] = [];
  for (let i = 0; i < count; i++) {
    await sendKeys({ press: 'Tab' });
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (active) stops.push(active);
  }
  return stops;
}

/**
 * Renders `template` on a 320px-wide screen (WCAG 1.4.10 reflow) and checks that the page does
 * not scroll sideways; the element, for the test's own checks of its layout.
 */
export async function showAt320<E extends LitElement>(template: TemplateResult): Promise<E> {
  const { setViewport } = await import('@web/test-runner-commands');
  await setViewport({ width: 320, height: 640 });
  const el = await show<E>(template);
  expect(document.documentElement.scrollWidth).to.be.at.most(320);
  return el;
}

/**
 * The warnings of a bad-input test: each names the element (`[qiaoxin] <tag>`), and each of
 * `words` is in exactly one of them, so a mistake is told once, not at every render.
 */
export function expectWarnedOnce(warnings: string[], tag: string, words: string[]): void {
  expect(warnings.every((w) => w.startsWith(`[qiaoxin] <${tag}>`))).to.be.true;
  for (const w of words)
    expect(
      warnings.filter((warning) => warning.includes(w)),
      w,
    ).to.have.length(1);
}
