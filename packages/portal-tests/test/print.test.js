// 打印本页: an article printed (print media emulated in Chromium) keeps the content (title,
// meta line, source note) and the page's address, and drops the chrome: navigation, search,
// the toolbar and elder switch, the article tools and the footer; black on white. Jinshan's
// article has no source, so its check is the figure caption, kept with the figure.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  awake,
  clickInShadow,
  closePortals,
  newContext,
  newPage,
  portals,
  visibleText,
} from '../lib/browser.js';

let page, origin;
before(async () => {
  ({ origin } = await portals());
  page = await newPage(await newContext());
});
after(closePortals);

const chrome = [
  '.site-header',
  '.site-footer',
  'qx-site-nav',
  'qx-search',
  'qx-elder-mode',
  'qx-a11y-toolbar',
  'qx-a11y-panel',
  'qx-article-tools',
  'qx-breadcrumbs',
];
/** Which of `selectors` match an element the page renders (has a box). */
const shown = (selectors) =>
  page.evaluate(
    (list) =>
      list.filter((s) => [...document.querySelectorAll(s)].some((el) => el.checkVisibility())),
    selectors,
  );

for (const [path, url, source] of [
  [
    '/chongqing/llxx/five-year-review/',
    'https://www.example.org/chongqing/llxx/five-year-review/',
    '(来源:重庆日报)',
  ],
  [
    '/jinshan/en/gzzs/five-year-review/',
    'https://www.example.org/jinshan/en/gzzs/five-year-review/',
    '区侨界人士喜迎建党100周年文艺汇演',
  ],
]) {
  test(`${path} printed: content and address, no chrome`, async () => {
    await page.emulateMediaType('screen');
    await page.goto(origin + path, { waitUntil: 'load' });
    // The toolbar open (its bar is first in <body>, outside the header), and an outside link.
    await page.evaluate(awake);
    await clickInShadow(page, 'qx-a11y-toolbar', 'button');
    await page.waitForSelector('qx-a11y-panel', { visible: true });
    await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = 'https://www.example.org/elsewhere';
      link.textContent = 'elsewhere';
      document.getElementById('article-body').append(link);
    });
    assert.deepEqual(await shown(['.print-url']), [], 'the address line is for paper only');
    for (const s of ['.site-header', '.site-footer', 'qx-a11y-panel', 'qx-article-tools'])
      assert.ok((await shown([s])).length, `${s} is on screen`);

    await page.emulateMediaType('print');
    assert.deepEqual(await shown(chrome), [], 'no chrome on paper');
    const paper = await visibleText(page);
    const title = await page.$eval('main h1', (h) => h.textContent.trim());
    assert.ok(paper.includes(title), 'the title');
    assert.ok(paper.includes(source), `the source: ${source}`);
    assert.ok(paper.replace(/\s+/g, '').includes(url), `the address ${url}`);
    // The meta line (date, and author and source where given) is printed.
    assert.ok(paper.includes(await visibleText(page, 'qx-article-meta')), 'the meta line');
    assert.match(await visibleText(page, 'qx-article-meta'), /202\d/);
    const colours = await page.$eval('#article-body p', (p) => [
      getComputedStyle(p).color,
      getComputedStyle(document.body).backgroundColor,
    ]);
    assert.deepEqual(colours, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    const after = await page.$eval(
      '#article-body a[href^="http"]',
      (a) => getComputedStyle(a, '::after').content,
    );
    assert.equal(after, '" (https://www.example.org/elsewhere)"');
    // Headings stay with their text; figures stay whole, with their captions.
    const breaks = await page.evaluate(() => ({
      heading: getComputedStyle(document.querySelector('main h1')).breakAfter,
      figures: [...document.querySelectorAll('qx-figure')].map(
        (f) => getComputedStyle(f).breakInside,
      ),
    }));
    assert.equal(breaks.heading, 'avoid');
    for (const figure of breaks.figures) assert.equal(figure, 'avoid');
  });
}
