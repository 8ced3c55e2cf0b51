// Notices, photo news and topics when something is wrong or absent: the build stops with
// `file:line: what is wrong` (real CLI, copies of sites/demo), hostile titles stay text, and a
// site without such content (sites/jinshan) gets none of their blocks.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  assertRefused,
  buildWithCli,
  copySite,
  edit,
  lineOf,
  read,
  readJson,
  useTemp,
  writeJson,
} from './helpers/site-copy.js';
import { elementsOf } from './helpers/light-dom.js';

const temp = useTemp('qx-content-errors-');
let n = 0;
const demo = () => copySite(join(temp.path, String(n++)), 'demo');
const config = 'site.config.json';

describe('a demo site broken in a content type', () => {
  test('a missing topic banner stops the build at its line', async () => {
    const dir = await demo();
    await rm(join(dir, 'content/images/topic-volunteer.png'));
    const line = await lineOf(dir, config, '"banner": "images/topic-volunteer.png"');
    await assertRefused(dir, [
      `site.config.json:${line}: image "images/topic-volunteer.png" does not exist (paths are relative to content/)`,
    ]);
  });

  test('an unknown topic id stops the build at its line', async () => {
    const dir = await demo();
    const file = 'content/articles/health-clinic.md';
    await edit(dir, file, (t) => t.replace('topics: [zyfw]', 'topics:\n  - zyfw\n  - nope'));
    await assertRefused(dir, [
      `content/articles/health-clinic.md:${await lineOf(dir, file, '- nope')}: topic "nope" is not one of the site's topics (qxwh, zyfw)`,
    ]);
  });

  test('pinned outside a notices section, a bad until date, a topic id twice', async () => {
    const dir = await demo();
    const news = 'content/articles/science-park-visit.md';
    await edit(dir, news, (t) => t.replace('category: qldt', 'category: qldt\npinned: true'));
    const notice = 'content/articles/office-move.md';
    await edit(dir, notice, (t) => t.replace("until: '2024-03-31'", "until: '2024-02-30'"));
    const site = await readJson(dir, config);
    site.topics[1].id = 'qxwh';
    await writeJson(dir, config, site);
    const lines = (await read(dir, config)).split('\n');
    const twice = lines.findLastIndex((l) => l.includes('"id": "qxwh"')) + 1;
    await assertRefused(dir, [
      `${news}:${await lineOf(dir, news, 'pinned')}: pinned is for notices: category "qldt" is not a notices section`,
      `${notice}:${await lineOf(dir, notice, 'until')}: until: "2024-02-30" is not a real date in the form YYYY-MM-DD`,
      `site.config.json:${twice}: topic "qxwh" is listed twice`,
    ]);
  });

  test('a notices "kind" the schema does not know is refused with the known ones', async () => {
    const dir = await demo();
    await edit(dir, config, (t) => t.replace('"kind": "notices"', '"kind": "notice"'));
    await assertRefused(dir, [
      `site.config.json:${await lineOf(dir, config, '"kind"')}: categories[0].kind must be one of "articles", "notices"`,
    ]);
  });
});

test('hostile titles and topic texts stay text on the home, notices and topic pages', async () => {
  const dir = await demo();
  const hostile = '<img src=x onerror="alert(1)">&lt;b&gt;';
  for (const file of ['spring-gathering', 'reading-club', 'culture-festival']) {
    await edit(dir, `content/articles/${file}.md`, (t) =>
      t.replace(/^title: .*$/m, `title: '${hostile}'`),
    );
  }
  const site = await readJson(dir, config);
  site.topics[0].zh = hostile;
  site.topics[0].intro.zh = `</span><script>alert(1)</script>`;
  await writeJson(dir, config, site);
  const built = await buildWithCli(dir);
  assert.equal(built.code, 0, built.stderr);
  const out = join(dir, 'dist');
  for (const file of ['index.html', 'tzgg/index.html', 'topics/qxwh/index.html']) {
    const html = await read(out, file);
    assert.doesNotMatch(html, /<img src=x|<script>alert/, file);
    assert.match(
      html,
      /&lt;img src=x onerror=(&quot;|")alert\(1\)(&quot;|")&gt;&amp;lt;b&amp;gt;/,
      file,
    );
  }
  const home = await read(out, 'index.html');
  assert.equal(elementsOf(home, 'qx-notice-item')[0].text, hostile);
  assert.equal(elementsOf(home, 'qx-photo-news-item')[0].text, hostile);
  assert.ok(elementsOf(home, 'qx-topic-banner')[0].text.startsWith(hostile));
});

describe('blocks appear only when the site has content for them', () => {
  test('sites/jinshan: no notices, photo news or topics; its sections and figures stay', async () => {
    const dir = await copySite(join(temp.path, 'jinshan'), 'jinshan');
    const built = await buildWithCli(dir);
    assert.equal(built.code, 0, built.stderr);
    const home = await read(join(dir, 'dist'), 'index.html');
    for (const tag of ['qx-notice-list', 'qx-photo-news', 'qx-topic-banner', 'p.site-note'])
      assert.equal(elementsOf(home, tag).length, 0, tag);
    for (const block of ['section.home-notices', 'section.home-photos', 'section.home-topics'])
      assert.equal(elementsOf(home, block).length, 0, block);
    // The grid has the blocks it has content for: the highlight, two sections, the figures.
    const [grid] = elementsOf(home, 'div.home', 'main');
    const blocks = grid.node.childNodes.filter((c) => c.tagName).map((c) => c.attrs[0]?.value);
    assert.deepEqual(blocks, ['home-top', 'home-sections', 'home-figures']);
    assert.equal(elementsOf(home, 'section.highlight').length, 1);
    assert.equal(elementsOf(home, 'section.category').length, 2);
    assert.equal(elementsOf(home, 'qx-stat-group').length, 1);
  });

  test('a notices section whose notices have all expired has no home block', async () => {
    const dir = await demo();
    for (const file of ['spring-gathering', 'calligraphy-call', 'member-registration'])
      await edit(dir, `content/articles/${file}.md`, (t) =>
        t
          .replace('category: tzgg', "category: tzgg\nuntil: '2020-01-01'")
          .replace(/^until: '2099-12-31'\n/m, ''),
      );
    // No covers either: no photo news; the newest article is still the highlight.
    for (const file of ['reading-club', 'health-clinic', 'culture-festival', 'committee-meeting'])
      await edit(dir, `content/articles/${file}.md`, (t) => t.replace(/^cover: .*\n/m, ''));
    const site = await readJson(dir, config);
    delete site.topics;
    site.nav = site.nav.filter((item) => !item.href.startsWith('/topics/'));
    await writeJson(dir, config, site);
    await edit(dir, 'content/about.md', (t) => t.replace(/\[(.+?)\]\(\/topics\/\w+\/\)/g, '$1'));
    await edit(dir, 'content/articles/health-clinic.md', (t) => t.replace(/^topics: .*\n/m, ''));
    for (const file of ['calligraphy-call', 'culture-festival', 'one-stop-guide'])
      await edit(dir, `content/articles/${file}.md`, (t) => t.replace(/^topics: .*\n/m, ''));
    const built = await buildWithCli(dir);
    assert.equal(built.code, 0, built.stderr);
    const out = join(dir, 'dist');
    const home = await read(out, 'index.html');
    for (const tag of ['qx-notice-list', 'qx-photo-news', 'qx-topic-banner'])
      assert.equal(elementsOf(home, tag).length, 0, tag);
    assert.equal(elementsOf(home, 'section.highlight').length, 1);
    // Expired, they are all still in their section, newest first, none pinned any more.
    const listed = elementsOf(await read(out, 'tzgg/index.html'), 'qx-notice-item');
    assert.equal(listed.length, 4);
    assert.ok(listed.every((item) => !('pinned' in item.attrs)));
  });
});
