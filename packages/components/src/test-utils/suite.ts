// The shape every element's test suite shares (not shipped).
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { resetPage, switchLocale } from './index.js';

/**
 * An element's `describe`: every one of its tests finds the page as `resetPage` leaves it.
 * `body` gets the suite as `this`, for a longer timeout.
 */
export function describeElement(title: string, body: (this: Mocha.Suite) => void): void {
  describe(title, function () {
    afterEach(resetPage);
    body.call(this);
  });
}

/**
 * The check every element has: axe finds nothing in the element `render` gives, in Chinese and
 * again once the page is in English. `settle` waits for what the element still does after the
 * switch (re-rendered children, slotted items).
 */
export function itIsAccessibleInZhAndEn<E extends LitElement>(
  render: () => Promise<E>,
  settle: (el: E) => unknown = () => undefined,
): void {
  it('is accessible in zh and en', async () => {
    const el = await render();
    await expect(el).to.be.accessible();
    await switchLocale('en', el);
    await settle(el);
    await expect(el).to.be.accessible();
  });
}
