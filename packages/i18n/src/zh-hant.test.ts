import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { getLocale, i18n, LocaleController, namespace } from './index.js';
import { probeStrings } from './test-fixtures/probe.js';

// The zh-Hant strings are loaded on demand. Here, on a page where nothing has loaded them yet:
// an element of its own lang. (setLocale: i18n.test.ts; a page that starts in zh-Hant:
// zh-hant-start.test.ts. Each test file runs in a page of its own.)

class ProbeElement extends LitElement {
  readonly l10n = new LocaleController(this, probeStrings);
  override render() {
    return html`<p lang=${this.l10n.lang}>${this.l10n.t('probe.label')}</p>`;
  }
}
customElements.define('qx-zh-hant-probe', ProbeElement);

const paragraph = (el: Element) => el.shadowRoot!.querySelector('p')!;

describe('zh-Hant strings for an element with a lang of its own', () => {
  it('are loaded when an element says lang="zh-TW" on a simplified page, re-rendering it', async () => {
    expect(getLocale()).to.equal('zh-CN');
    expect(i18n.getResource('zh-Hant', namespace, 'probe.label')).to.equal(undefined);
    const el = await fixture<ProbeElement>(
      html`<qx-zh-hant-probe lang="zh-TW"></qx-zh-hant-probe>`,
    );
    // Until they arrive the element shows the zh-CN text, never a raw key or nothing.
    expect(paragraph(el).textContent).to.be.oneOf(['您的当前位置:', '您的當前位置:']);
    await waitUntil(() => paragraph(el).textContent === '您的當前位置:', 'no zh-Hant strings');
    expect(paragraph(el).lang).to.equal('zh-Hant');
    expect(getLocale()).to.equal('zh-CN'); // the page's language is unchanged
  });
});
