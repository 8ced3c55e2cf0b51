// Helpers for the <qx-site-footer> tests (not shipped), shared by its test files.
import { fixture, html, elementUpdated } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { QxSiteFooter } from '../site-footer/qx-site-footer.js';
import { part } from './index.js';

// The Chongqing federation's footer. The organiser and address are real; the phone, email
// and registration numbers are made up for the tests.
export const chongqing = () =>
  html`<qx-site-footer
    organiser="重庆市归国华侨联合会"
    address="重庆市渝中区人和街74号"
    phone="023-63895678"
    email="cqql@example.cn"
    icp="渝ICP备05003297号-1"
    police="渝公网安备 50010302000470号"
    site-code="5000000060"
    ><a href="/sitemap/">网站地图</a><a href="/contact/">联系我们</a></qx-site-footer
  >`;

export const text = (el: QxSiteFooter, name: string) =>
  part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
export const link = (el: QxSiteFooter, name: string) => part(el, name)?.querySelector('a') ?? null;
/** Every link a reader can reach, in tab order: the shadow ones, then the slotted ones. */
export const allLinks = (el: QxSiteFooter) => [
  ...el.shadowRoot!.querySelectorAll('a'),
  ...el.querySelectorAll('a'),
];

export async function render(template: TemplateResult) {
  const el = await fixture<QxSiteFooter>(template);
  await elementUpdated(el);
  return el;
}
