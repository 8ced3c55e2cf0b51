// The excerpt of a page (its description, a feed item's) is taken from a lead of the body's
// HTML rather than the whole body (render/excerpt.ts): it must be exactly the whole body's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown } from '../dist/index.js';
import { leadOf, textOf, textStart } from '../dist/markdown/excerpt.js';

const sameStart = (html) => {
  for (const length of [120, 160])
    assert.equal(textStart(html, length).slice(0, length), textOf(html).slice(0, length));
  // What a page keeps of its body for its excerpts.
  assert.equal(leadOf(html), textOf(html).slice(0, 160));
};

test('an excerpt is the start of the whole body’s text, wherever its tags and headings fall', () => {
  const paragraph = (i) =>
    `第${i}段：侨联工作 &amp; “侨心” ${'侨务工作稳步推进，'.repeat(i % 7)}[链接](https://example.org/${i}) **重点** \`code\``;
  const bodies = [];
  for (let split = 0; split < 40; split++) {
    const blocks = [];
    for (let i = 0; i < 60; i++) {
      if (i % 9 === split % 9) blocks.push(`## 小标题${i} ${'很长的标题文字'.repeat(split)}`);
      blocks.push(paragraph(i + split));
    }
    bodies.push(blocks.join('\n\n'));
  }
  // Headings only at first, then text; a body shorter than any lead; one without text at all.
  bodies.push(`${'## 标题\n\n'.repeat(400)}正文开始。${'正文'.repeat(300)}`);
  bodies.push('短短一段。');
  bodies.push('## 只有标题');
  for (const markdown of bodies) sameStart(renderMarkdown(markdown).html);
});

test('a heading across the end of the first lead is left out, as in the whole body', () => {
  // A lead ends after the first tag from 2,048 characters on. Short headings first (HTML but
  // no text), a short paragraph, then a long heading: in some of these bodies the long heading
  // (bold words make tags inside it) spans the lead's end while the text before it is shorter
  // than an excerpt.
  let spanning = 0;
  for (let headings = 20; headings < 120; headings++) {
    const markdown = `${'## 标题\n\n'.repeat(headings)}短段落。\n\n## ${'标题**文字**'.repeat(80)}\n\n${'正文'.repeat(400)}`;
    const { html } = renderMarkdown(markdown);
    const long = html.lastIndexOf('<h2');
    if (long < 2048 && html.indexOf('</h2>', long) > 2048) spanning++;
    sameStart(html);
  }
  assert.ok(spanning > 5, `only ${spanning} bodies had a heading across the lead's end`);
});

test('an excerpt ends at the body’s end when the body is short', () => {
  const { html } = renderMarkdown('## 标题\n\n短短一段，  有空格。');
  assert.equal(textStart(html, 160), '短短一段， 有空格。');
});
