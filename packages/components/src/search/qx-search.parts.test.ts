import { expect } from '@open-wc/testing';
import '../search.js';
import { loadPagefind, type Pagefind } from './pagefind.js';
import { describeElement } from '../test-utils/suite.js';
import { render, settled, type, zh } from '../test-utils/search.js';
import { parts } from '../test-utils/index.js';

// A split index (zh/pagefind/: a primary bundle, and parts.json naming the parts to merge)
// finds what one whole index of the same pages (whole/pagefind/, no parts.json) finds. This
// page is in traditional Chinese, set before Pagefind starts (it reads <html lang> once), so
// only the zh-Hant parts are merged: the notices, which are in no other bundle.
document.documentElement.lang = 'zh-Hant';

const whole = '/search-fixture/whole/pagefind/';

async function urls(pagefind: Pagefind, query: string) {
  const { results } = await pagefind.search(query);
  return Promise.all(results.map(async (r) => (await r.data()).url));
}

describeElement('<qx-search> over a split index', function () {
  after(() => {
    document.documentElement.lang = '';
  });

  it('finds the same pages as one whole index', async () => {
    const [split, one] = await Promise.all([loadPagefind(zh), loadPagefind(whole)]);
    // 金山區 is two words to Pagefind, 金山 and 區: the notices' part has no 金山, yet must
    // not list every page with 區 (see allWords in pagefind.ts).
    for (const query of ['僑聯', '通知', '五年', '第3號', '聯誼', '金山區', '區僑聯']) {
      const [found, expected] = await Promise.all([urls(split, query), urls(one, query)]);
      expect(found.length, query).to.be.greaterThan(0);
      expect([...found].sort(), query).to.deep.equal([...expected].sort());
      // A word on one page only ranks that page first in both. (Words on many pages may rank
      // them a little differently: each part weighs words by its own statistics.)
      if (expected.length === 1) expect(found[0], query).to.equal(expected[0]);
    }
    // The notices are only in the merged parts, and only the page's language was merged.
    const notices = await urls(split, '僑聯');
    expect(notices.some((url) => url?.includes('/zh-hant/notices/'))).to.be.true;
    expect(notices.some((url) => url?.startsWith('/search-fixture/zh/'))).to.be.false;
  });

  it('lists results from the merged parts in the pop-up', async () => {
    const el = await render(zh, 'zh-Hant');
    await type(el, '第3號');
    await settled(el);
    expect(parts(el, 'link').map((a) => a.getAttribute('href'))).to.include(
      '/search-fixture/zh-hant/notices/3/',
    );
  });
});
