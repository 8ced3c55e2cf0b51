import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { setLocale } from '@qiaoxin/i18n';
import type { LitElement } from 'lit';
import './index.js';
import { seedArticleMeta, seedStatGroup, seedTrail } from './test-utils/index.js';

// 200% zoom on a 1280px window lays a page out in 640 CSS px; doubling the root text size on
// top of that also covers readers who enlarge text only. Nothing may scroll sideways or be cut.
describe('the foundation elements at 200% zoom', () => {
  before(async () => {
    await setViewport({ width: 640, height: 900 });
    document.documentElement.style.fontSize = '200%';
  });
  after(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
    await setLocale('zh-CN');
  });

  for (const locale of ['zh-CN', 'en']) {
    it(`reflows without sideways scrolling (${locale})`, async () => {
      await setLocale(locale);
      const page = await fixture<HTMLElement>(
        html`<div style="font-size: 1rem">
          <qx-bilingual-header
            name-zh="重庆市归国华侨联合会"
            name-en="Chongqing Federation of Returned Overseas Chinese"
            href="/"
          ></qx-bilingual-header>
          ${seedTrail()} ${seedArticleMeta()} ${seedStatGroup()}
        </div>`,
      );
      // Every element inside has rendered (the counters and items render after the group).
      await Promise.all(
        [...page.querySelectorAll('*')].map((el) => (el as Partial<LitElement>).updateComplete),
      );
      for (const el of page.children) {
        const name = el.localName;
        expect(el.scrollWidth, `${name} scrolls sideways`).to.be.at.most(el.clientWidth + 1);
        expect(el.getBoundingClientRect().right, `${name} overflows`).to.be.at.most(641);
        for (const node of el.shadowRoot!.querySelectorAll('*')) {
          const box = node.getBoundingClientRect();
          if (box.width)
            expect(box.right, `${name} ${node.localName} is cut off`).to.be.at.most(641);
        }
      }
      expect(document.documentElement.scrollWidth).to.be.at.most(640);
    });
  }
});
