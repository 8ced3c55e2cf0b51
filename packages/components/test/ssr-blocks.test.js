// The issue-17 blocks without JavaScript: server-rendered by @lit-labs/ssr into declarative
// shadow DOM, as site-kit writes them, each must carry everything a reader needs in the HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../dist/index.js';

const markupOf = async (template) =>
  (await collectResult(render(template)))
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');

/** The text a reader sees: tags, hidden elements and styles left out. */
const textOf = (markup) =>
  markup
    .replace(/<(\w+)[^>]*\shidden[\s>][\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';

const notices = (lang) =>
  html`<qx-notice-list lang=${lang}
    ><qx-notice-item href="/tzgg/a/" date="2024-05-06" attachments="2">侨界人才推荐</qx-notice-item
    ><qx-notice-item href="/tzgg/b/" date="2024-05-01" pinned>第五次代表大会</qx-notice-item
    ><qx-notice-item href="/tzgg/c/" date="nonsense">${hostile}</qx-notice-item></qx-notice-list
  >`;

test('notices: pinned ones carry slot="pinned" in the HTML, so they lead before any script', async () => {
  const markup = await markupOf(notices('zh-CN'));
  assert.match(markup, /shadowrootmode="open"[^>]*><div part="base list" role="list"/);
  assert.match(markup, /<slot name="pinned"><\/slot><slot><\/slot>/);
  const hosts = [...markup.matchAll(/<qx-notice-item\b[^>]*>/g)].map((m) => m[0]);
  assert.equal(hosts.length, 3);
  for (const host of hosts) assert.match(host, /\srole="none"/);
  assert.match(hosts[1], /\sslot="pinned"/);
  assert.doesNotMatch(hosts[0], /slot=/);
  const text = textOf(markup);
  for (const words of ['置顶', '第五次代表大会', '2 个附件', '2024-05-06', '侨界人才推荐'])
    assert.ok(text.includes(words), `"${words}" missing from: ${text}`);
});

test('notices in an English list are English in the HTML: items ask their list on the server', async () => {
  const text = textOf(await markupOf(notices('en')));
  for (const words of ['Pinned', 'Attachments: 2', '6 May 2024'])
    assert.ok(text.includes(words), `"${words}" missing from: ${text}`);
  assert.doesNotMatch(text, /置顶|个附件/);
});

test('hostile titles are escaped text in the HTML, and bad input prints no nonsense', async () => {
  const markup = await markupOf(notices('zh-CN'));
  assert.ok(markup.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.doesNotMatch(markup, /<script|<img src=x/);
  assert.doesNotMatch(textOf(markup), /undefined|NaN|Invalid Date|null|\{\{|noticeList\./);
});

test('photo news: a list of links with covers, titles and days in the HTML', async () => {
  const markup = await markupOf(
    html`<qx-photo-news lang="en"
      ><qx-photo-news-item
        href="/qldt/x/"
        image="/images/cover.hash.jpg"
        image-width="1200"
        image-height="800"
        date="2024-05-01"
        >Overseas Chinese visit the farmers’ painting village</qx-photo-news-item
      ></qx-photo-news
    >`,
  );
  assert.match(markup, /<qx-photo-news-item\b[^>]*role="none"/);
  assert.match(
    markup,
    /<a part="base link" href="\/qldt\/x\/"><img part="image" src="\/images\/cover.hash.jpg" alt="" width="1200" height="800"/,
  );
  const text = textOf(markup);
  assert.ok(text.includes('Overseas Chinese visit the farmers’ painting village'));
  assert.ok(text.includes('1 May 2024'), text);
  assert.doesNotMatch(markup, /<button/, 'no carousel controls');
});

test('attachments: 「附件：名称（PDF，1.2 MB）」 in the HTML, in each language', async () => {
  const file = (lang) =>
    html`<qx-attachment-list lang=${lang}
      ><qx-attachment href="/files/plan.hash.pdf" type="pdf" bytes="1258291"
        >2024年工作计划</qx-attachment
      ></qx-attachment-list
    >`;
  // The shadow content comes first in the markup; the slotted name follows it (and is shown
  // inside the link, between 附件： and the details).
  assert.equal(textOf(await markupOf(file('zh-CN'))), '附件： （PDF，1.2 MB） 2024年工作计划');
  assert.equal(textOf(await markupOf(file('en'))), 'Attachment: (PDF, 1.2 MB) 2024年工作计划');
  assert.match(await markupOf(file('zh-CN')), /<a part="link" href="\/files\/plan.hash.pdf">/);
});

test('topic banner: the image and title are one link in the HTML, the intro beside it', async () => {
  const markup = await markupOf(
    html`<qx-topic-banner
      href="/topics/hqhx/"
      image="/images/topic.hash.jpg"
      image-width="1200"
      image-height="300"
      >华侨华人与新时代<span slot="intro">专题介绍</span></qx-topic-banner
    >`,
  );
  assert.match(markup, /<a part="base link" href="\/topics\/hqhx\/"><img part="image"[^>]*alt=""/);
  assert.match(markup, /<span part="title"><slot><\/slot><\/span><\/a>/);
  assert.ok(textOf(markup).includes('华侨华人与新时代 专题介绍'));
});

test('link groups: native details/summary in the HTML, so they open with no script', async () => {
  const markup = await markupOf(
    html`<qx-link-groups lang="en"
      ><qx-link-group label="上级侨联" open
        ><a href="https://www.chinaql.org/">中国侨联</a></qx-link-group
      ><qx-link-group><a href="https://www.gov.cn/">中国政府网</a></qx-link-group
      ><qx-link-group label=${hostile}><a href="/x">x</a></qx-link-group></qx-link-groups
    >`,
  );
  assert.match(
    markup,
    /<details part="base"\s+open\s*>\s*<summary part="summary">上级侨联<\/summary>/,
  );
  assert.match(markup, /<summary part="summary">Links<\/summary>/, 'the fallback name, in English');
  assert.ok(markup.includes('<summary part="summary">&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.doesNotMatch(markup, /<select/);
  assert.ok(textOf(markup).includes('中国侨联'));
});
