import { expect } from '@open-wc/testing';

// The module is imported only after <html lang> is set, as on a page that declares it.
describe('starting language', () => {
  it('follows <html lang> when the module first loads', async () => {
    document.documentElement.lang = 'en-GB';
    const { getLocale } = await import('./index.js');
    expect(getLocale()).to.equal('en');
  });
});
