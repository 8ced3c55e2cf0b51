// Helpers for the <qx-bilingual-header> tests (not shipped), shared by its test files.
import { expect, elementUpdated, html } from '@open-wc/testing';
import type { QxBilingualHeader } from '../bilingual-header.js';
import { languageChanged, part, queuedTasks } from './index.js';

export const zhName = '重庆市归国华侨联合会';
export const enName = 'Chongqing Federation of Returned Overseas Chinese';
export const emblem =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48"><circle cx="24" cy="24" r="22" fill="#c8102e"/></svg>',
  );

export const header = (
  attrs: { href?: string; alternate?: string; lang?: string } = { href: '/' },
) => html`
  <qx-bilingual-header
    name-zh=${zhName}
    name-en=${enName}
    href=${attrs.href ?? ''}
    alternate-href=${attrs.alternate ?? ''}
    lang=${attrs.lang ?? ''}
  >
    <img slot="logo" src=${emblem} alt="" />
    <nav aria-label="栏目"><a href="/llxx/">理论学习</a> <a href="/qjfw/">侨界服务</a></nav>
  </qx-bilingual-header>
`;

export const primary = (el: QxBilingualHeader) => part(el, 'name-primary')!;
export const secondary = (el: QxBilingualHeader) => part(el, 'name-secondary');
export const toggle = (el: QxBilingualHeader) => part(el, 'toggle')!;
export const hiddenLabel = (el: QxBilingualHeader) => toggle(el).querySelector('.visually-hidden')!;

type Axe = {
  setup(root: Node): void;
  teardown(): void;
  utils: { getNodeFromTree(node: Node): unknown };
  commons: { text: { accessibleTextVirtual(node: unknown): string } };
};

/** The accessible name axe-core computes for `node` (axe is loaded by the first accessible() check). */
export async function accessibleName(host: Element, node: Element): Promise<string> {
  await expect(host).to.be.accessible();
  const { axe } = window as unknown as { axe: Axe };
  axe.setup(document);
  try {
    return axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(node));
  } finally {
    axe.teardown();
  }
}

/** Does `act` (a click, a key) and waits for the page-wide switch it makes, and the re-render. */
export async function switched(el: QxBilingualHeader, act: () => unknown) {
  const changed = languageChanged();
  await act();
  await changed;
  await elementUpdated(el);
}

/** After a control that must not switch: what it started has run, and no switch came of it. */
export async function leftAlone(el: QxBilingualHeader) {
  await queuedTasks();
  await el.updateComplete;
}
