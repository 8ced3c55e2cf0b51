// Helpers shared by the component tests (not shipped).
import { setLocale } from '@qiaoxin/i18n';
import { elementUpdated } from '@open-wc/testing';
import type { LitElement } from 'lit';

/** Collects console.warn calls while `run` executes. */
export async function captureWarnings(run: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
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

/** The text a reader sees in an element's shadow root, slotted content included, spaces collapsed. */
export function visibleText(root: Element | ShadowRoot): string {
  const host = root instanceof ShadowRoot ? root.host : root;
  return (host as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
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
