// Markdown comes from webmasters: nothing in it may execute, and its words stay as written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown } from '../dist/index.js';

/** Every start tag actually produced (escaped text has no `<`). */
const tags = (html) => html.match(/<[a-z][^>]*>/gi) ?? [];

function assertInert(html) {
  assert.doesNotMatch(html, /<script/i);
  // Escaping leaves no " inside a value, so blanking quoted values leaves only real attributes.
  for (const tag of tags(html).map((t) => t.replace(/"[^"]*"/g, '""'))) {
    assert.doesNotMatch(tag, /\son\w+\s*=/i, tag);
    assert.doesNotMatch(tag, /(href|src)\s*=\s*["']?\s*(javascript|data|vbscript):/i, tag);
  }
  assert.doesNotMatch(html, /<(iframe|object|embed|style|svg|math)\b/i);
}

const hostile = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '[x](JAVASCRIPT:alert(1))',
  '[x](  java\tscript:alert(1))',
  '[x](vbscript:msgbox(1))',
  '[x](file:///etc/passwd)',
  '<a href="javascript:alert(1)">x</a>',
  '![x](data:text/html,<script>alert(1)</script>)',
  '![x](data:image/png;base64,AAAA)',
  '[x]: javascript:alert(1)\n\n[x]',
  '<javascript:alert(1)>',
  '![x](images/a.svg "\\" onload=\\"alert(1)")',
  '[x](https://example.org/" onmouseover="alert(1))',
  '<svg onload=alert(1)>',
  '## <img src=x onerror=alert(1)>',
];

for (const source of hostile) {
  test(`hostile Markdown is inert: ${source.replace(/\s+/g, ' ')}`, () => {
    assertInert(renderMarkdown(source).html);
  });
}

test('raw HTML is shown as text, not dropped', () => {
  assert.equal(
    renderMarkdown('<script>alert(1)</script>').html,
    '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n',
  );
});

test('refused links stay as their text; allowed schemes become links', () => {
  const { html } = renderMarkdown(
    '[a](javascript:alert(1)) [b](https://x.org/) [c](mailto:a@b.cn) [d](tel:023) [e](/about/) [f](../x/)',
  );
  assert.doesNotMatch(html, /href="javascript/i);
  assert.match(html, /\[a\]\(javascript:alert\(1\)\)/);
  for (const href of ['https://x.org/', 'mailto:a@b.cn', 'tel:023', '/about/', '../x/']) {
    assert.ok(html.includes(`href="${href}"`), href);
  }
});

test('an image with a title becomes a qx-figure, outside any paragraph', () => {
  const { html, figures } = renderMarkdown(
    '![演出现场](images/stage.svg "区侨界人士喜迎建党100周年文艺汇演")',
  );
  assert.equal(
    html,
    '<qx-figure caption="区侨界人士喜迎建党100周年文艺汇演"><img src="images/stage.svg" alt="演出现场" loading="lazy"></qx-figure>',
  );
  assert.deepEqual(figures, [
    { src: 'images/stage.svg', alt: '演出现场', caption: '区侨界人士喜迎建党100周年文艺汇演' },
  ]);
});

test('an image without a title stays an img; attribute values are escaped', () => {
  const { html } = renderMarkdown('![a "b" <c>](x.svg) ![y](y.svg "say \\"hi\\" & <go>")');
  assert.ok(
    html.includes('<img src="x.svg" alt="a &quot;b&quot; &lt;c&gt;" loading="lazy">'),
    html,
  );
  assert.ok(html.includes('caption="say &quot;hi&quot; &amp; &lt;go&gt;"'), html);
});

test('## headings are collected with unique ids', () => {
  const { html, headings } = renderMarkdown(
    '# 标题\n\n## 着力打造“凝心工程”\n\n### 小节\n\n## Five *years*\n\n## 着力打造“凝心工程”',
  );
  assert.deepEqual(headings, [
    { id: '着力打造凝心工程', text: '着力打造“凝心工程”' },
    { id: 'five-years', text: 'Five years' },
    { id: '着力打造凝心工程-2', text: '着力打造“凝心工程”' },
  ]);
  assert.ok(html.includes('<h2 id="着力打造凝心工程">着力打造“凝心工程”</h2>'));
});

test('text is kept word for word: Chinese punctuation and the unbalanced quotes', () => {
  const text =
    '奋力书写“侨”文章 凝心聚力启新程，海外侨胞话重庆”……“一带一路”——(来源)。"straight" quotes -- and ... stay';
  assert.equal(renderMarkdown(text).html, `<p>${text.replace(/"/g, '&quot;')}</p>\n`);
});
