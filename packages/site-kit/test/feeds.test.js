// The feeds and sitemap.xml of a big archive, in a real build (the real CLI) of a copy of
// sites/jinshan given articles across several years: RSS feeds per site and section per edition
// (parsed with a real XML parser), and sitemap.xml split into a sitemap index above the limit
// (lowered with QIAOXIN_SITEMAP_LIMIT, the build's testing knob). Its yearly archives are in
// archive.test.js.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { englishEnv, files, read, runCli, useTemp } from './helpers/site-copy.js';
import {
  archiveSite,
  base,
  builtArchiveSite,
  editions,
  fileOfUrl,
} from './helpers/archive-site.js';
import { elementsOf } from './helpers/light-dom.js';

const temp = useTemp('qx-feeds-');
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });
const locsOf = (xml) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

describe('the feeds and sitemap.xml of a site with years of articles', () => {
  let out;
  before(async () => {
    out = await builtArchiveSite(temp.path);
  });

  test('feeds: well-formed RSS 2.0 with every required field, newest first, links that resolve', async () => {
    for (const [folder, section] of editions) {
      for (const [feedFile, count, first] of [
        [`${folder}feed.xml`, 20, 'y2023-5'],
        [`${folder}qldt/feed.xml`, 20, 'y2023-5'],
        [`${folder}gzzs/feed.xml`, 1, 'five-year-review'],
      ]) {
        const xml = await read(out, feedFile);
        assert.equal(XMLValidator.validate(xml), true, `${feedFile} is well-formed XML`);
        const { rss } = parser.parse(xml);
        assert.equal(rss['@_version'], '2.0');
        const { channel } = rss;
        for (const field of ['title', 'link', 'description', 'language'])
          assert.ok(channel[field], `${feedFile}: channel ${field}`);
        assert.ok(existsSync(join(out, fileOfUrl(channel.link))), channel.link);
        if (feedFile.includes('qldt')) assert.match(channel.title, new RegExp(section));
        assert.equal(channel.item.length, count, feedFile);
        for (const item of channel.item) {
          for (const field of ['title', 'link', 'guid', 'pubDate', 'description'])
            assert.ok(item[field], `${feedFile}: item ${field}`);
          assert.ok(existsSync(join(out, fileOfUrl(item.link))), `${item.link} was built`);
          assert.equal(item.guid['#text'], item.link);
          assert.ok(!Number.isNaN(Date.parse(item.pubDate)), item.pubDate);
        }
        assert.equal(
          channel.item[0].link,
          `${base}${folder}${first === 'five-year-review' ? 'gzzs' : 'qldt'}/${first}/`,
        );
        const dates = channel.item.map((i) => Date.parse(i.pubDate));
        assert.deepEqual(
          dates,
          [...dates].sort((a, b) => b - a),
          `${feedFile}: newest first`,
        );
      }
    }
  });

  test('feed items: languages, China time, escaped titles, summaries, traditional characters', async () => {
    const feeds = {};
    for (const [folder] of editions)
      feeds[folder] = parser.parse(await read(out, `${folder}qldt/feed.xml`)).rss.channel;
    assert.equal(feeds[''].language, 'zh-CN');
    assert.equal(feeds['zh-hant/'].language, 'zh-HK');
    assert.equal(feeds['en/'].language, 'en');
    const item = (folder, slug) => feeds[folder].item.find((i) => i.link.endsWith(`/${slug}/`));
    assert.equal(item('', 'y2022-new-year').pubDate, 'Fri, 31 Dec 2021 23:00:00 GMT');
    assert.equal(item('', 'y2023-5').title, '侨联活动 y2023-5 <&>');
    assert.equal(item('', 'y2023-5').description, '国际侨联的年度总结');
    assert.equal(item('', 'y2023-4').description, '侨联y2023-4的报道。');
    assert.equal(item('zh-hant/', 'y2023-5').title, '僑聯活動 y2023-5 <&>');
    assert.equal(item('zh-hant/', 'y2023-5').description, '國際僑聯的年度總結');
    assert.match(feeds['zh-hant/'].title, /僑聯動態 - 上海市金山區歸國華僑聯合會/);
  });

  test('every page announces its edition’s feed; section pages their section’s too', async () => {
    const alternates = (html) =>
      elementsOf(html, 'link')
        .filter((l) => l.attrs.type === 'application/rss+xml')
        .map((l) => [l.attrs.rel, l.attrs.href, l.attrs.title]);
    for (const [folder, section] of editions) {
      for (const file of (await files(out)).filter(
        (f) => f.startsWith(folder) && f.endsWith('.html') && !f.startsWith('pagefind'),
      )) {
        if (folder === '' && /^(en|zh-hant)\//.test(file)) continue;
        const links = alternates(await read(out, file));
        assert.equal(links[0][0], 'alternate', file);
        assert.equal(links[0][1], `/jinshan/${folder}feed.xml`, file);
        assert.ok(existsSync(join(out, `${folder}feed.xml`)));
        const inSection =
          /^(?:en\/|zh-hant\/)?(qldt|gzzs)\/(?:\d{4}\/)?(?:page\/\d+\/)?index\.html$/.exec(file);
        if (inSection) {
          assert.equal(links.length, 2, file);
          assert.equal(links[1][1], `/jinshan/${folder}${inSection[1]}/feed.xml`);
          if (inSection[1] === 'qldt') assert.match(links[1][2], new RegExp(section));
        } else assert.equal(links.length, 1, file);
      }
    }
  });

  test('sitemap.xml is one urlset up to the limit, with the yearly archives in it', async () => {
    const xml = await read(out, 'sitemap.xml');
    assert.equal(XMLValidator.validate(xml), true);
    assert.match(xml, /^<\?xml[^>]*>\n<urlset /);
    assert.ok(xml.includes(`<loc>${base}zh-hant/qldt/2021/</loc>`));
    assert.ok(xml.includes(`<loc>${base}en/qldt/2020/page/2/</loc>`));
    assert.ok(!existsSync(join(out, 'sitemap-1.xml')));
  });

  test('above the limit, sitemap.xml is an index of parts that hold every URL once', async () => {
    const whole = locsOf(await read(out, 'sitemap.xml'));
    const limit = 40;
    assert.ok(whole.length > 2 * limit, `${whole.length} URLs make three parts or more`);
    const copy = await archiveSite(temp.path, 'split');
    const built = await runCli(['build', copy], {
      cwd: copy,
      env: englishEnv({ QIAOXIN_SITEMAP_LIMIT: String(limit) }),
    });
    assert.equal(built.code, 0, built.stderr);
    const split = join(copy, 'dist');
    const index = await read(split, 'sitemap.xml');
    assert.equal(XMLValidator.validate(index), true);
    assert.match(
      index,
      /<sitemapindex xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/,
    );
    const parts = locsOf(index);
    assert.deepEqual(
      parts,
      Array.from(
        { length: Math.ceil(whole.length / limit) },
        (_, i) => `${base}sitemap-${i + 1}.xml`,
      ),
    );
    const listedUrls = [];
    for (const part of parts) {
      const xml = await read(split, fileOfUrl(part));
      assert.equal(XMLValidator.validate(xml), true, part);
      assert.match(xml, /<urlset /);
      const locs = locsOf(xml);
      assert.ok(locs.length <= limit && locs.length > 0, `${part}: ${locs.length}`);
      listedUrls.push(...locs);
    }
    assert.deepEqual(listedUrls, whole, 'every URL once, in the same order');
    assert.equal(new Set(listedUrls).size, listedUrls.length);
    assert.equal(await read(split, 'robots.txt'), await read(out, 'robots.txt'));
    assert.match(
      await read(split, 'robots.txt'),
      /^Sitemap: https:\/\/www\.example\.org\/jinshan\/sitemap\.xml$/m,
    );
  });
});
