// A page's Markdown body and its shared chrome are put in after Lit has rendered the page
// (render/raw-html.ts): each in its own place, never where content only imitates a placeholder,
// and the same HTML Lit would have written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { html } from 'lit';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { RawHtml, rawHtml, renderedOnce } from '../dist/render/raw-html.js';
import { markdownBody } from '../dist/markdown/body.js';

/** Rendered HTML without Lit's markers (only hydration reads them) and the line breaks of templates. */
const plain = (text) =>
  text
    .replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<!--\?-->|<\?>/g, '')
    .replace(/\s*\n\s*/g, '')
    .trim();

test('each chunk lands in its own place, after Lit, unparsed and unescaped', () => {
  const raw = new RawHtml();
  const template = raw.collect(
    () =>
      html`<div>
        ${rawHtml('<p>一 &amp; <b>二</b></p>')}<span>${'<i>'}</span>${rawHtml('<hr>')}
      </div>`,
  );
  assert.equal(
    plain(raw.render(template)),
    '<div><p>一 &amp; <b>二</b></p><span>&lt;i&gt;</span><hr></div>',
  );
});

test('content imitating a placeholder stays text, on the page as written', () => {
  // The private-use character and a chunk number, as a placeholder has them, but not its key.
  const forged = '\uE000x:0\uE000 \uE0000\uE000';
  const raw = new RawHtml();
  const template = raw.collect(
    () =>
      html`<p>${forged}</p>
        ${rawHtml('<b>体</b>')}`,
  );
  assert.equal(plain(raw.render(template)), `<p>${forged}</p><b>体</b>`);
});

test('a Markdown body renders as markdown-it writes it, with its figures as elements', () => {
  const source = '正文 **加粗** [链接](https://example.org/)\n\n![图](a.png "图注")\n\n结尾';
  const raw = new RawHtml();
  const body = plain(raw.render(raw.collect(() => markdownBody(source, {}))));
  assert.match(
    body,
    /^<p>正文 <strong>加粗<\/strong> <a href="https:\/\/example.org\/">链接<\/a><\/p>/,
  );
  assert.match(
    body,
    /<qx-figure caption="图注"><img src="a.png" alt="图" loading="lazy"><\/qx-figure>/,
  );
  assert.match(body, /<p>结尾<\/p>$/);
  // Outside a page (no collector), the same body through Lit's unsafeHTML: the same HTML.
  assert.equal(plain(collectResultSync(render(markdownBody(source, {})))), body);
});

test('a shared part is rendered once per edition and key, and reused', () => {
  const edition = {};
  let made = 0;
  const footer = () => {
    made++;
    return html`<footer>${'页脚'}</footer>`;
  };
  const page = () => {
    const raw = new RawHtml();
    return raw.render(
      raw.collect(
        () =>
          html`<main></main>
            ${renderedOnce(edition, 'footer zh-CN', footer)}`,
      ),
    );
  };
  const first = page();
  assert.equal(page(), first);
  assert.equal(made, 1);
  assert.match(plain(first), /<main><\/main><footer>页脚<\/footer>/);
  renderedOnce({}, 'footer zh-CN', footer);
  assert.equal(made, 2, 'another edition renders its own');
});
