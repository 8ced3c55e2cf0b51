// Helpers for the <qx-site-nav> tests (not shipped), shared by its test files.
import { fixture, html, elementUpdated } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { QxSiteNav } from '../site-nav/qx-site-nav.js';

// The Chongqing portal's sections (seeds/chongqing-five-year-review.txt: 首页 > 理论学习).
export const portal = (current = '/llxx/') => html`
  <qx-site-nav current=${current}>
    <a href="/">首页</a><a href="/qldt/">侨联动态</a><a href="/llxx/">理论学习</a
    ><a href="/about/">简介</a>
  </qx-site-nav>
`;

export const links = (el: QxSiteNav) => [...el.querySelectorAll('a')];
export const nav = (el: QxSiteNav) => el.shadowRoot!.querySelector('nav')!;
export const toggle = (el: QxSiteNav) => el.shadowRoot!.querySelector('button')!;
export const list = (el: QxSiteNav) => el.shadowRoot!.querySelector<HTMLElement>('[part=list]')!;
export const shown = (node: Element) => node.getClientRects().length > 0;
export const marks = (el: QxSiteNav) => links(el).map((a) => a.getAttribute('aria-current'));

export async function settled(el: QxSiteNav) {
  await elementUpdated(el);
  await el.updateComplete;
  return el;
}
export const render = async (template = portal()) => settled(await fixture<QxSiteNav>(template));
export const narrow = () => setViewport({ width: 320, height: 640 });
