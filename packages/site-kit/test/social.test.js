// Sharing an article: og:image is a PNG of the size the page states (WeChat and Weibo show no
// SVG), and the QR code in <qx-article-tools> decodes, with a real decoder, to the page's URL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { attr, findAll, metaOf, pageOf, useBuiltSites } from './helpers/portal-pages.js';

const built = useBuiltSites('qx-social-');

const pages = {
  chongqing: ['', 'llxx/', 'llxx/five-year-review/', 'accessibility/'],
  jinshan: ['', 'gzzs/', 'gzzs/five-year-review/', 'sitemap/'],
};
const folders = ['', 'zh-hant/', 'en/'];

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(data) {
  assert.deepEqual([...data.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.equal(data.toString('latin1', 12, 16), 'IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

for (const id of ['chongqing', 'jinshan']) {
  test(`${id}: og:image is a PNG of the stated size, at least 300×300, in every edition`, async () => {
    const cards = new Set();
    for (const folder of folders) {
      for (const path of pages[id]) {
        const og = metaOf(await pageOf(built[id], `${folder}${path}`), 'property');
        assert.equal(og['og:image:type'], 'image/png', `${folder}${path}`);
        const url = new URL(og['og:image']);
        assert.equal(url.origin, 'https://www.example.org');
        assert.ok(url.pathname.startsWith(`/${id}/`));
        const png = await readFile(join(built[id], url.pathname.slice(id.length + 2)));
        const size = pngSize(png);
        assert.deepEqual(size, {
          width: Number(og['og:image:width']),
          height: Number(og['og:image:height']),
        });
        assert.ok(size.width >= 300 && size.height >= 300, `${size.width}×${size.height}`);
        cards.add(url.pathname);
      }
    }
    // One card per edition: each in its own language.
    assert.equal(cards.size, 3);
  });

  test(`${id}: the share QR of each article decodes to its canonical URL`, async () => {
    const article = pages[id][2];
    for (const folder of folders) {
      const doc = await pageOf(built[id], `${folder}${article}`);
      const canonical = attr(
        findAll(doc, (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical')[0],
        'href',
      );
      assert.equal(canonical, `https://www.example.org/${id}/${folder}${article}`);
      const [tools] = findAll(doc, (el) => el.tagName === 'qx-article-tools');
      assert.ok(tools, 'the article has <qx-article-tools>');
      assert.equal(attr(tools, 'url'), canonical);
      assert.equal(attr(tools, 'for'), 'article-body');
      assert.equal(findAll(doc, (el) => attr(el, 'id') === 'article-body').length, 1);
      const [title] = findAll(doc, (el) => el.tagName === 'h1');
      assert.equal(
        attr(tools, 'share-title'),
        title.childNodes.find((n) => n.value?.trim())?.value,
      );
      const [qr] = findAll(tools, (el) => attr(el, 'slot') === 'qr');
      assert.equal(qr.tagName, 'img');
      assert.ok(attr(qr, 'alt').includes(canonical), 'the QR says what it holds');
      const src = attr(qr, 'src');
      assert.match(src, /^data:image\/svg\+xml,/);
      const svg = decodeURIComponent(src.slice(src.indexOf(',') + 1));
      const image = new Resvg(svg, { fitTo: { mode: 'width', value: 330 } }).render();
      const code = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height);
      assert.ok(code, 'the QR code decodes');
      assert.equal(code.data, canonical);
    }
  });
}
