// Helpers shared by the component tests (not shipped).
import { setLocale } from '@qiaoxin/i18n';
import { elementUpdated } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';

export * from './seeds.js';
export * from './waits.js';

/** The first element of `el`'s shadow root with `name` among its parts, or null. */
export const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`);

/** Every element of `el`'s shadow root with `name` among its parts. */
export const parts = (el: Element, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~=${name}]`),
];

/**
 * Collects console.warn calls while `run` executes; `run` sees the list as it grows, for
 * waiting on warnings that come later (a failed fetch).
 */
export async function captureWarnings(run: (warnings: string[]) => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run(warnings);
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Switches the page-wide language and waits for `elements` to re-render. */
export async function switchLocale(locale: string, ...elements: LitElement[]): Promise<void> {
  await setLocale(locale);
  for (const el of elements) await elementUpdated(el);
}

/**
 * The rendered text of `root` along the composed tree (shadow roots and slotted content
 * included, elements that are not rendered left out), spaces collapsed. `innerText` cannot
 * serve: it leaves out a shadow host's shadow content.
 */
export function visibleText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node instanceof Text) parts.push(node.data);
    else if (!(node instanceof Element)) node.childNodes.forEach(walk);
    else if (node instanceof HTMLStyleElement || getComputedStyle(node).display === 'none') return;
    else if (node instanceof HTMLSlotElement) node.assignedNodes({ flatten: true }).forEach(walk);
    else (node.shadowRoot ? [node.shadowRoot] : [...node.childNodes]).forEach(walk);
  };
  walk(root);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Words that must never reach the page. */
export const brokenWords = /undefined|NaN|Invalid Date|null|\{\{|articleMeta\.|stat\.|header\./;

/** Emulates CSS media features in the test browser, e.g. forced-colors or reduced motion. */
export async function emulateMediaFeatures(
  features: { name: string; value: string }[],
): Promise<void> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  await executeServerCommand('emulate-media-features', features);
}

/** Runs `run` with forced-colors mode active, then turns it off again. */
export async function inForcedColors(run: () => Promise<void>): Promise<void> {
  await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
  try {
    await run();
  } finally {
    await emulateMediaFeatures([]);
  }
}

/**
 * Puts the page back the way every test expects to find it: Chinese, an 800 × 600 viewport and
 * the default root font size. Each component's tests run it after every test (`afterEach`).
 */
export async function resetPage(): Promise<void> {
  await setLocale('zh-CN');
  await setViewport({ width: 800, height: 600 });
  document.documentElement.style.fontSize = '';
}

/**
 * Runs `make` (render an element, perhaps act on it) while collecting console.warn calls, for
 * tests of what an element warns about: the element it gave and the warnings.
 */
export async function warnedWhile<E>(make: () => Promise<E>) {
  let el!: E;
  const warnings = await captureWarnings(async () => {
    el = await make();
  });
  return { el, warnings };
}
