import { expect, fixture, html } from '@open-wc/testing';
import '../a11y-toolbar.js';
import type { QxA11yToolbar } from './qx-a11y-toolbar.js';
import { brokenWords, resetPage, switchLocale, visibleText } from '../test-utils/index.js';

const label = (el: QxA11yToolbar) => el.shadowRoot!.querySelector<HTMLElement>('[part=label]')!;

describe('<qx-a11y-toolbar>', () => {
  afterEach(resetPage);

  it('is accessible in zh and en', async () => {
    const el = await fixture<QxA11yToolbar>(html`<qx-a11y-toolbar>内容</qx-a11y-toolbar>`);
    await expect(el).to.be.accessible();
    await switchLocale('en', el);
    await expect(el).to.be.accessible();
  });

  it('shows its built-in label in the page language, marked with that language', async () => {
    const el = await fixture<QxA11yToolbar>(html`<qx-a11y-toolbar>内容</qx-a11y-toolbar>`);
    expect(label(el).lang).to.equal('zh-Hans');
    const zh = visibleText(el);
    await switchLocale('zh-Hant', el);
    expect(label(el).lang).to.equal('zh-Hant');
    expect(visibleText(el)).not.to.match(brokenWords);
    await switchLocale('en', el);
    expect(label(el).lang).to.equal('en');
    expect(visibleText(el)).not.to.equal(zh);
    expect(visibleText(el)).not.to.match(brokenWords);
  });

  it('uses the label attribute instead of the built-in one', async () => {
    const el = await fixture<QxA11yToolbar>(
      html`<qx-a11y-toolbar label="自定义">内容</qx-a11y-toolbar>`,
    );
    expect(label(el).textContent).to.equal('自定义');
    expect(label(el).hasAttribute('lang')).to.be.false;
  });
});
