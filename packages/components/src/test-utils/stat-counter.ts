// Helpers for the <qx-stat-counter> tests (not shipped), shared by its test files.
import { fixtureSync } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { QxStatCounter } from '../stat-counter/qx-stat-counter.js';
import { emulateMediaFeatures, FrameClock, halfSeen, resetPage, warnedWhile } from './index.js';

// Figures from the Chongqing five-year review (seeds/chongqing-five-year-review.txt).
export const investment = (attrs = '') =>
  `<qx-stat-counter value="60000000000" unit="元" notation="compact" qualifier="about" label="引进投资" ${attrs}></qx-stat-counter>`;

/** The figure a sighted reader sees (the live one, not the invisible copy that reserves room). */
export const shown = (el: QxStatCounter) => {
  const figure = el.shadowRoot!.querySelector('.figure')!.cloneNode(true) as HTMLElement;
  figure.querySelectorAll('.reserve').forEach((copy) => copy.remove());
  return figure.textContent!;
};

/** The text assistive technology gets: everything in the shadow tree outside aria-hidden subtrees. */
function spoken(node: Node): string {
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!;
  return [...node.childNodes].map(spoken).join(' ').replace(/\s+/g, ' ').trim();
}
export const spokenText = (el: QxStatCounter) => spoken(el.shadowRoot!);

/**
 * Renders `markup` and waits for its first render. Not `fixture`: that waits for an animation
 * frame when the outer element is not a Lit one, and animation frames are the clock's.
 */
export async function render(markup: string | TemplateResult) {
  const el = fixtureSync<QxStatCounter>(markup);
  const counters = [el, ...el.querySelectorAll('qx-stat-counter')];
  await Promise.all(counters.map((c) => (c as Partial<QxStatCounter>).updateComplete));
  return el;
}

/** Renders `markup` and returns it with the warnings its first render logged. */
export const renderWarned = (markup: string) => warnedWhile(() => render(markup));

/**
 * Waits until `el` has been seen half visible (when it starts counting, if it is to), then runs
 * its count-up on `clock` one 16 ms frame at a time until it ends, recording what it shows (and
 * reads out, and how large it is) first and after each frame, each one really rendered. A
 * counter that does not count gives one sample and never ends.
 */
export async function record(el: QxStatCounter, clock: FrameClock) {
  const samples: { text: string; spoken: string; box: DOMRect }[] = [];
  const sample = () =>
    samples.push({ text: shown(el), spoken: spokenText(el), box: el.getBoundingClientRect() });
  let ended = false;
  el.addEventListener('qx-count-end', () => (ended = true), { once: true });
  await halfSeen(el);
  await el.updateComplete;
  sample();
  while (!ended && clock.pending && samples.length < 1000) {
    clock.tick(16);
    await el.updateComplete;
    await clock.rendered();
    sample();
  }
  return { samples, ended, texts: samples.map((s) => s.text) };
}

/** The number in a shown figure such as "约123亿元", as a number. */
export const numberIn = (text: string) =>
  Number(/-?[\d,]+(\.\d+)?/.exec(text)![0].replaceAll(',', ''));

/**
 * Hooks for a block of counter tests: a fresh fake animation clock before each test (count-ups
 * run frame by frame, as told), and the clock, the page, media features and scrolling put back
 * after it. Returns a getter for the current test's clock.
 */
export function useFrameClock(): () => FrameClock {
  let clock: FrameClock;
  beforeEach(() => {
    clock = new FrameClock();
  });
  afterEach(async () => {
    clock.uninstall();
    await resetPage();
    await emulateMediaFeatures([]);
    window.scrollTo(0, 0);
  });
  return () => clock;
}
