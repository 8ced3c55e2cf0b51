// 《政府网站发展指引》's meta tags, with their values, on each kind of page of both real sites
// in every edition, built by the real CLI; and none written empty when the site lacks a value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { metaOf, pageOf, useBuiltSites } from './helpers/portal-pages.js';
import { buildWithCli, copySite, edit, useTemp } from './helpers/site-copy.js';

const built = useBuiltSites('qx-gov-meta-');
const temp = useTemp('qx-gov-meta-bare-');

const siteTags = ['SiteName', 'SiteDomain', 'SiteIDCode'];
const columnTags = ['ColumnName', 'ColumnDescription', 'ColumnKeywords', 'ColumnType'];
const articleTags = ['ArticleTitle', 'PubDate', 'ContentSource', 'Keywords', 'Author'];
const only = (meta, names) =>
  Object.fromEntries(Object.entries(meta).filter(([k]) => names.includes(k)));

const names = {
  chongqing: {
    'zh-CN': '重庆市归国华侨联合会',
    'zh-Hant': '重慶市歸國華僑聯合會',
    en: 'Chongqing Federation of Returned Overseas Chinese',
  },
  jinshan: {
    'zh-CN': '上海市金山区归国华侨联合会',
    'zh-Hant': '上海市金山區歸國華僑聯合會',
    en: 'Jinshan District Federation of Returned Overseas Chinese',
  },
};
const folders = { 'zh-CN': '', 'zh-Hant': 'zh-hant/', en: 'en/' };

for (const id of ['chongqing', 'jinshan']) {
  for (const [locale, folder] of Object.entries(folders)) {
    const site = {
      SiteName: names[id][locale],
      SiteDomain: 'www.example.org',
      SiteIDCode: '0000000000',
    };
    test(`${id} ${locale}: the site's tags on home and service pages, and nothing else`, async () => {
      for (const path of ['', 'accessibility/', 'sitemap/', 'search/']) {
        const meta = metaOf(await pageOf(built[id], `${folder}${path}`));
        assert.deepEqual(only(meta, siteTags), site, path || 'home');
        for (const tag of [...columnTags, ...articleTags, 'Url'])
          assert.equal(meta[tag], undefined, `${tag} on ${path || 'home'}`);
      }
    });
  }
}

test('section pages carry the column tags, in the edition’s language', async () => {
  const cases = [
    ['chongqing', 'llxx/', '理论学习', '专题专栏', '重庆市归国华侨联合会'],
    ['chongqing', 'zh-hant/qldt/', '僑聯動態', '工作動態', '重慶市歸國華僑聯合會'],
    ['chongqing', 'en/llxx/', 'Theory Study', '专题专栏', names.chongqing.en],
    ['jinshan', 'gzzs/', '工作综述', '工作动态', '上海市金山区归国华侨联合会'],
    ['jinshan', 'en/qldt/', 'Federation News', '工作动态', names.jinshan.en],
  ];
  for (const [id, path, column, type, site] of cases) {
    const meta = metaOf(await pageOf(built[id], path));
    assert.deepEqual(
      only(meta, columnTags),
      {
        ColumnName: column,
        ColumnDescription: `${column} - ${site}`,
        ColumnKeywords: column,
        ColumnType: type,
      },
      `${id} ${path}`,
    );
    assert.equal(meta.SiteName, site);
    assert.equal(meta.ArticleTitle, undefined);
  }
});

test('article pages carry the article tags: title, PubDate as YYYY-MM-DD HH:MM, source', async () => {
  const cq = metaOf(await pageOf(built.chongqing, 'llxx/five-year-review/'));
  assert.deepEqual(only(cq, articleTags), {
    ArticleTitle: '奋力书写“侨”文章 凝心聚力启新程',
    PubDate: '2023-06-02 15:38',
    ContentSource: '本站原创',
    Author: '本站编辑',
  });
  assert.equal(cq.Url, 'https://www.example.org/chongqing/llxx/five-year-review/');
  assert.match(cq.Description, /^重庆是西部大开发重要的战略支点/);
  assert.equal(cq.Image, undefined, 'the article has no picture');
  assert.equal(cq.ColumnName, undefined);

  const hant = metaOf(await pageOf(built.chongqing, 'zh-hant/llxx/five-year-review/'));
  assert.equal(hant.ArticleTitle, '奮力書寫“僑”文章 凝心聚力啟新程');
  assert.equal(hant.Url, 'https://www.example.org/chongqing/zh-hant/llxx/five-year-review/');

  // Jinshan's article has a date without a time, no source or author, and a picture.
  const js = metaOf(await pageOf(built.jinshan, 'en/gzzs/five-year-review/'));
  assert.deepEqual(only(js, articleTags), {
    ArticleTitle: '铸牢“根”“魂”“梦” 凝聚侨心侨力 为金山转型新发展塑造新形象而努力奋斗',
    PubDate: '2022-12-01 00:00',
    ContentSource: names.jinshan.en,
  });
  assert.equal(js.Image, 'https://www.example.org/jinshan/images/performance.svg');
  assert.equal(js.Url, 'https://www.example.org/jinshan/en/gzzs/five-year-review/');
});

test('keywords from front matter and the config; no tag is written empty', async () => {
  const dir = await copySite(temp.path, 'jinshan');
  await edit(dir, 'site.config.json', (text) =>
    text
      .replace(/\s*"siteUrl": "[^"]*",/, '')
      .replace(/\s*"siteCode": "[^"]*"/, '')
      .replace(/"police": ("[^"]*"),/, '"police": $1')
      .replace('"type": "工作动态"', '"type": "工作动态", "keywords": ["侨联", "金山"]'),
  );
  await edit(dir, 'content/articles/five-year-review.md', (text) =>
    text.replace('category: gzzs', 'category: gzzs\nkeywords: [侨心, 侨力]'),
  );
  const { code, stderr } = await buildWithCli(dir);
  assert.equal(code, 0, stderr);
  const dist = join(dir, 'dist');
  for (const path of ['', 'qldt/', 'gzzs/five-year-review/', 'accessibility/']) {
    const meta = metaOf(await pageOf(dist, path));
    assert.equal(meta.SiteDomain, undefined, 'no siteUrl, no SiteDomain');
    assert.equal(meta.SiteIDCode, undefined, 'no siteCode, no SiteIDCode');
    for (const [name, content] of Object.entries(meta))
      assert.ok(content?.trim(), `${name} on ${path || 'home'} is empty`);
  }
  assert.equal(metaOf(await pageOf(dist, 'qldt/')).ColumnKeywords, '侨联,金山');
  const article = metaOf(await pageOf(dist, 'gzzs/five-year-review/'));
  assert.equal(article.Keywords, '侨心,侨力');
  assert.equal(article.Url, undefined, 'no absolute URL without a siteUrl');
});
