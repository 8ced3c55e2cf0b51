// Site search in the built portals: the header's <qx-search> finds each seed article from a
// phrase of its text, in simplified and traditional Chinese, from static files alone; the
// search page lists results for ?q=; without JavaScript the form still leads somewhere useful.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  closePortals,
  linksOnceFound,
  newContext,
  newPage,
  portals,
  site,
  traditionalOf,
} from '../lib/browser.js';

let origin;
before(async () => {
  ({ origin } = await portals());
});
after(closePortals);

/** A phrase from the body of each seed article, not in its title. */
const seeds = [
  ['chongqing', 'llxx/five-year-review', '内陆开放高地'],
  ['jinshan', 'gzzs/five-year-review', '凝心工程'],
];

describe('the header search', () => {
  let page;
  before(async () => {
    page = await newPage(await newContext());
  });

  for (const [id, article, phrase] of seeds) {
    for (const edition of ['', 'zh-hant/']) {
      test(`/${id}/${edition}: “${phrase}” finds the article, highlighted, by keyboard`, async () => {
        const query = edition ? traditionalOf(await site(id))(phrase) : phrase;
        const target = `/${id}/${edition}${article}/`;
        // Typed before the search's code has arrived: it catches up once it has.
        await page.goto(`${origin}/${id}/${edition}`);
        await page.focus('qx-search >>> input');
        await page.keyboard.type(query);
        const links = await linksOnceFound(page, 'header qx-search', target);
        assert.ok(links.includes(target), `${target} in ${links.join(', ')}`);
        const marked = await page.$$eval('header qx-search >>> mark', (ms) =>
          ms.map((m) => m.textContent),
        );
        assert.ok(
          marked.some((m) => query.includes(m) || m.includes(query)),
          `a matched word is highlighted: ${marked.join(', ')}`,
        );
        // ArrowDown into the results, Enter follows the one with focus.
        await page.keyboard.press('ArrowDown');
        const first = await page.evaluate(() => {
          let el = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          return el?.getAttribute('href');
        });
        assert.equal(
          first,
          links.find((l) => !l.includes('?q=')),
          'focus on the first result',
        );
        await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
        assert.equal(new URL(page.url()).pathname, first);
        assert.deepEqual(page.problems, [], 'no console error, failed request or CSP violation');
      });
    }
  }

  test('the search page lists the results of ?q=', async () => {
    const [id, article, phrase] = seeds[0];
    await page.goto(`${origin}/${id}/search/?q=${encodeURIComponent(phrase)}`);
    await linksOnceFound(page, 'main qx-search', `/${id}/${article}/`);
    assert.equal(await page.$eval('main qx-search >>> input', (i) => i.value), phrase);
    assert.deepEqual(page.problems, []);
  });
});

test('without JavaScript the header form leads to the search page, and it on to the site map', async () => {
  const page = await newPage(await newContext());
  await page.setJavaScriptEnabled(false);
  const [id, article, phrase] = seeds[1];
  await page.goto(`${origin}/${id}/`);
  await page.focus('header qx-search >>> input');
  await page.keyboard.type(phrase);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  const url = new URL(page.url());
  assert.equal(url.pathname, `/${id}/search/`);
  assert.equal(url.searchParams.get('q'), phrase);
  const sitemap = await page.$(`main a[href="/${id}/sitemap/"]`);
  assert.ok(sitemap, 'the search page links to the site map');
  await Promise.all([page.waitForNavigation(), sitemap.click()]);
  // The site map lists each section's years (not every article): one of them lists it.
  const section = article.split('/')[0];
  const years = await page.$$eval(`main a[href^="/${id}/${section}/"]`, (links) =>
    links.map((a) => a.getAttribute('href')).filter((href) => /\/\d{4}\/$/.test(href)),
  );
  assert.ok(years.length, 'the site map lists the section’s years');
  const listing = [];
  for (const year of years) {
    await page.goto(`${origin}${year}`);
    // The list's link is inside <qx-news-item>'s (declarative) shadow root.
    if (await page.$(`main qx-news-item >>> a[href="/${id}/${article}/"]`)) listing.push(year);
  }
  assert.equal(listing.length, 1, 'the article is in one year of its section');
});
