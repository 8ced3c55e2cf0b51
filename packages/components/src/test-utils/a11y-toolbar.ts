// Helpers for the <qx-a11y-toolbar> tests (not shipped).
import { elementUpdated, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { QxA11yToolbar } from '../a11y-toolbar/qx-a11y-toolbar.js';
import type { QxA11yPanel } from '../a11y-toolbar/panel.js';

const root = document.documentElement;

/** The built tokens.css, served from outside the components package, in a `<style>`. */
export async function loadTokens(): Promise<HTMLStyleElement> {
  const style = document.createElement('style');
  style.textContent = await (await fetch('/__wds-outside-root__/1/tokens/dist/tokens.css')).text();
  document.head.append(style);
  return style;
}

/** Forgets every setting and removes the panel: the next test starts from a fresh page. */
export function clearA11y(): void {
  localStorage.removeItem('qx-a11y');
  localStorage.removeItem('qx-elder-mode');
  for (const name of ['data-qx-scale', 'data-qx-scheme', 'data-qx-cursor', 'data-qx-elder'])
    root.removeAttribute(name);
  root.style.removeProperty('--qx-cursor-black');
  root.style.removeProperty('--qx-cursor-white');
  document.querySelector('qx-a11y-panel')?.remove();
}

/** Page text set in tokens, as site text is. */
export const tokenText = () =>
  fixture<HTMLParagraphElement>(
    html`<p style="font-size: var(--qx-font-size-md); color: var(--qx-color-text)">侨联动态</p>`,
  );

export const makeToolbar = (lang?: string) =>
  fixture<QxA11yToolbar>(
    lang
      ? html`<qx-a11y-toolbar lang=${lang} cursor-base="/assets/cursors"></qx-a11y-toolbar>`
      : html`<qx-a11y-toolbar cursor-base="/assets/cursors"></qx-a11y-toolbar>`,
  );

export const openerButton = (el: QxA11yToolbar) => el.shadowRoot!.querySelector('button')!;

/** Opens the toolbar with its button, as a visitor does, and waits for the bar. */
export async function openToolbar(el: QxA11yToolbar): Promise<QxA11yPanel> {
  openerButton(el).click();
  const panel = await el.panel();
  await panel.updateComplete;
  return panel;
}

/** The panel's button whose text is `label` (e.g. "150%", "黄底黑字"). */
export function tool(panel: QxA11yPanel, label: string): HTMLButtonElement {
  const found = [...panel.shadowRoot!.querySelectorAll('button')].find(
    (b) => b.textContent!.trim() === label,
  );
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** Presses a panel button with the real mouse and waits for the re-render. */
export async function press(panel: QxA11yPanel, label: string): Promise<void> {
  await clickAt(tool(panel, label));
  await elementUpdated(panel);
}

export async function clickAt(el: Element): Promise<void> {
  const box = el.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
  });
}

export const part = (panel: QxA11yPanel, name: string) =>
  panel.shadowRoot!.querySelector<HTMLElement>(`[part=${name}]`)!;

/** WCAG 2 contrast of two computed `rgb(…)` colours. */
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
