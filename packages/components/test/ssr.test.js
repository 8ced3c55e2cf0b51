// Server rendering (@lit-labs/ssr, declarative shadow DOM) of the built elements: each one
// renders without a DOM, and everything a reader needs is in the HTML before any script runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../dist/index.js';

/** The text of server-rendered HTML, styles and hidden elements left out. */
async function renderedText(template) {
  const markup = await collectResult(render(template));
  assert.match(markup, /<template shadowroot(mode)?="open"/, 'declarative shadow DOM');
  return markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<(\w+)[^>]*\shidden[\s>][\s\S]*?<\/\1>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const cases = {
  'qx-breadcrumbs': [
    html`<qx-breadcrumbs
      ><qx-breadcrumb-item href="/">首页</qx-breadcrumb-item
      ><qx-breadcrumb-item>正文</qx-breadcrumb-item></qx-breadcrumbs
    >`,
    ['您的当前位置：', '首页', '正文'],
  ],
  'qx-article-meta': [
    html`<qx-article-meta
      published="2023-06-02T15:38"
      author="本站编辑"
      source="本站原创"
      views="1024"
    ></qx-article-meta>`,
    ['发布时间', '2023-06-02 15:38', '本站编辑', '本站原创', '1024'],
  ],
  'qx-stat-group': [
    html`<qx-stat-group heading="组织覆盖"
      ><qx-stat-counter
        value="60000000000"
        unit="元"
        notation="compact"
        qualifier="about"
        label="引进投资"
      ></qx-stat-counter
    ></qx-stat-group>`,
    ['组织覆盖', '约600亿元', '引进投资'],
  ],
  'qx-bilingual-header': [
    html`<qx-bilingual-header
      name-zh="重庆市归国华侨联合会"
      name-en="Chongqing Federation of Returned Overseas Chinese"
      href="/"
    ></qx-bilingual-header>`,
    ['重庆市归国华侨联合会', 'Chongqing Federation of Returned Overseas Chinese', 'EN'],
  ],
  'qx-site-nav': [
    html`<qx-site-nav current="/llxx/"
      ><a href="/">首页</a><a href="/llxx/">理论学习</a></qx-site-nav
    >`,
    ['首页', '理论学习'],
  ],
  'qx-site-footer': [
    html`<qx-site-footer
      organiser="重庆市归国华侨联合会"
      icp="渝ICP备05003297号-1"
    ></qx-site-footer>`,
    ['主办单位', '重庆市归国华侨联合会', '渝ICP备05003297号-1'],
  ],
  'qx-news-list': [
    html`<qx-news-list
      ><qx-news-item href="/a.html" date="2023-06-02">奋力书写“侨”文章</qx-news-item></qx-news-list
    >`,
    ['2023-06-02', '奋力书写“侨”文章'],
  ],
  'qx-pagination': [
    html`<qx-pagination
      current="2"
      total="12"
      href-template="/l/index_{page}.html"
    ></qx-pagination>`,
    ['上一页', '下一页', '12'],
  ],
  'qx-elder-mode': [html`<qx-elder-mode></qx-elder-mode>`, ['长者模式']],
  'qx-section-heading': [
    html`<qx-section-heading caption="FEDERATION NEWS" more-href="/qldt/"
      >侨联动态</qx-section-heading
    >`,
    ['侨联动态', 'FEDERATION NEWS', '更多'],
  ],
  'qx-figure': [
    html`<qx-figure caption="区侨界人士喜迎建党100周年文艺汇演"
      ><img src="/a.svg" alt="演出"
    /></qx-figure>`,
    ['区侨界人士喜迎建党100周年文艺汇演'],
  ],
  'qx-search': [
    html`<qx-search
      action="/jinshan/search/"
      bundle-path="/jinshan/pagefind/"
      value="侨联"
    ></qx-search>`,
    ['搜索'],
  ],
};

for (const [tag, [template, expected]] of Object.entries(cases)) {
  test(`${tag} renders on the server with its text in the HTML`, async () => {
    const text = await renderedText(template);
    for (const words of expected)
      assert.ok(text.includes(words), `"${words}" missing from: ${text}`);
    assert.doesNotMatch(text, /undefined|NaN|Invalid Date|null|\{\{/);
  });
}

// Items are slotted into their parent's shadow list: each item's <li> must be in the HTML (in
// its own shadow root), or the list is broken for assistive technology until (or unless) the
// code runs. The host is role="none", never a light-DOM role="listitem" whose list an HTML
// checker cannot see; the current step's text carries aria-current.
test('breadcrumb and news items render their <li> and the current step aria-current in the HTML', async () => {
  for (const template of [cases['qx-breadcrumbs'][0], cases['qx-news-list'][0]]) {
    const markup = await collectResult(render(template));
    assert.match(markup, /<div part="(base )?list" role="list"/);
    const items = [
      ...markup.matchAll(
        /<qx-(?:breadcrumb|news)-item\b[^>]*>\s*<template[^>]*>([\s\S]*?)<\/template>/g,
      ),
    ];
    assert.ok(items.length > 0);
    for (const [host, shadow] of items) {
      assert.match(host, /^<qx-[a-z-]+\b[^>]*\srole="none"/, host);
      assert.doesNotMatch(host, /role="listitem"/);
      assert.match(shadow, /<li part="item">/, host);
    }
  }
  const trail = await collectResult(
    render(
      html`<qx-breadcrumbs
        ><qx-breadcrumb-item href="/">首页</qx-breadcrumb-item
        ><qx-breadcrumb-item current>正文</qx-breadcrumb-item></qx-breadcrumbs
      >`,
    ),
  );
  assert.match(trail, /<span part="label" aria-current="page"/);
});

// Without JavaScript the search box must still work: a real GET form to the search page.
test('qx-search renders a GET form with a labelled search field named q', async () => {
  const markup = (
    await collectResult(
      render(html`<qx-search action="/jinshan/search/" value="侨联"></qx-search>`),
    )
  ).replace(/<!--[\s\S]*?-->/g, '');
  assert.match(markup, /<form[^>]*role="search"[^>]*method="get"[^>]*action="\/jinshan\/search\/"/);
  assert.match(markup, /<label[^>]*for="q"[^>]*>\s*搜索\s*<\/label\s*>/);
  assert.match(markup, /<input[^>]*id="q"[^>]*type="search"[^>]*name="q"[^>]*value="侨联"/);
  assert.match(markup, /<button[^>]*type="submit"[^>]*>\s*搜索\s*<\/button\s*>/);
});
