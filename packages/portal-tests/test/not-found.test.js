// Unknown paths get the site's own 404 page, in the language of the path.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { closePortals, newContext, newPage, portals, visibleText } from '../lib/browser.js';

after(closePortals);

for (const [path, lang, heading, chrome] of [
  [
    '/chongqing/no-such-page/',
    'zh-CN',
    '页面不存在',
    ['重庆市归国华侨联合会', '理论学习', '渝ICP备00000000号'],
  ],
  [
    '/jinshan/gzzs/no-such-article/',
    'zh-CN',
    '页面不存在',
    ['上海市金山区归国华侨联合会', '工作综述', '沪ICP备00000000号'],
  ],
  [
    '/chongqing/en/unknown',
    'en',
    'Page not found',
    ['Theory Study', 'ICP licence', 'Skip to main content'],
  ],
  [
    '/chongqing/zh-hant/llxx/no-such-article/',
    'zh-Hant',
    '頁面不存在',
    ['重慶市歸國華僑聯合會', '理論學習', '渝ICP備00000000號'],
  ],
  [
    '/jinshan/en/unknown',
    'en',
    'Page not found',
    ['Work Reviews', '沪ICP备00000000号', 'Back to the home page'],
  ],
]) {
  test(`${path} gets the ${lang} 404 page`, async () => {
    const { origin } = await portals();
    const page = await newPage(await newContext());
    const response = await page.goto(origin + path);
    assert.equal(response.status(), 404);
    assert.equal(await page.$eval('html', (h) => h.lang), lang);
    assert.equal(await page.$eval('main h1', (h) => h.textContent.trim()), heading);
    const text = await visibleText(page);
    for (const expected of chrome) assert.ok(text.includes(expected), `shows “${expected}”`);
    // Its styles and scripts load from the site even though the path is not the 404's own.
    const styled = await page.$eval(
      '.site-header',
      (h) => getComputedStyle(h).display !== 'inline',
    );
    assert.ok(styled, 'the site stylesheet applies');
  });
}
