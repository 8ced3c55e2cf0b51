// The published JSON Schemas of site.config.json and stats.json (generated from the build's own
// zod schemas) accept the real sites' files and refuse what the build refuses, so an editor
// underlines the same mistakes the build reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const read = async (url) => JSON.parse(await readFile(new URL(url, import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const config = ajv.compile(await read('../schema/site.config.schema.json'));
const stats = ajv.compile(await read('../schema/stats.schema.json'));
const sites = fileURLToPath(new URL('../../../sites/', import.meta.url));

for (const id of ['chongqing', 'jinshan', 'demo']) {
  test(`sites/${id}: its site.config.json and stats.json pass their schemas`, async () => {
    const siteConfig = JSON.parse(await readFile(`${sites}${id}/site.config.json`, 'utf8'));
    assert.ok(config(siteConfig), JSON.stringify(config.errors));
    assert.match(siteConfig.$schema, /site\.config\.schema\.json$/);
    const groups = JSON.parse(await readFile(`${sites}${id}/content/data/stats.json`, 'utf8'));
    assert.ok(stats(groups), JSON.stringify(stats.errors));
    assert.match(groups.$schema, /stats\.schema\.json$/);
  });
}

test('the config schema refuses what the build refuses', async () => {
  const good = JSON.parse(await readFile(`${sites}jinshan/site.config.json`, 'utf8'));
  for (const bad of [
    { ...good, subtitel: 'x' },
    { ...good, basePath: '//evil.example/' },
    { ...good, basePath: 'jinshan' },
    { ...good, id: 'Jin Shan' },
    { ...good, traditional: 'cn' },
    { ...good, name: { zh: '金山' } },
    { ...good, categories: [] },
    { ...good, categories: [{ ...good.categories[0], kind: 'notice' }] },
    { ...good, topics: [{ id: 'a', zh: '专题', en: 'Topic', intro: { zh: '介绍' } }] },
    { ...good, siteNote: { zh: '演示' } },
  ]) {
    assert.equal(config(bad), false, JSON.stringify(bad).slice(0, 80));
  }
});

test('the config schema knows the banner, friendly links and WeChat QR code', async () => {
  const good = JSON.parse(await readFile(`${sites}jinshan/site.config.json`, 'utf8'));
  const links = [
    {
      zh: '上级侨联',
      en: 'Federations',
      links: [{ zh: '中国侨联', en: 'ACFROC', href: 'https://www.chinaql.org/' }],
    },
  ];
  const wechat = { name: { zh: '金山侨联' }, qr: 'qr.png' };
  const full = { ...good, banner: 'banner.png', links, footer: { ...good.footer, wechat } };
  assert.ok(config(full), JSON.stringify(config.errors));
  const link = (href) => [{ ...links[0], links: [{ ...links[0].links[0], href }] }];
  for (const bad of [
    { ...full, links: link('javascript:alert(1)') },
    { ...full, links: link('data:text/html,x') },
    { ...full, links: link('//evil.example/') },
    { ...full, links: [{ ...links[0], links: [] }] },
    { ...full, links: [{ zh: '上级侨联', links: links[0].links }] },
    { ...full, footer: { ...good.footer, wechat: { name: { zh: '金山侨联' } } } },
    { ...full, footer: { ...good.footer, wechat: { ...wechat, url: 'x' } } },
  ]) {
    assert.equal(config(bad), false, JSON.stringify(bad.links ?? bad.footer).slice(0, 120));
  }
});

test('the config schema documents the notices kind, topics and siteNote for editors', async () => {
  const schema = await read('../schema/site.config.schema.json');
  const category = schema.properties.categories.items.properties;
  assert.deepEqual(category.kind.enum, ['articles', 'notices']);
  assert.match(category.kind.description, /通知公告/);
  assert.match(schema.properties.topics.description, /专题专栏/);
  assert.deepEqual(schema.properties.topics.items.required, ['id', 'zh', 'en', 'banner', 'intro']);
  assert.match(schema.properties.siteNote.description, /every page/);
});

test('the stats schema refuses a wrong qualifier, an unknown field and a bad group id', async () => {
  const good = JSON.parse(await readFile(`${sites}jinshan/content/data/stats.json`, 'utf8'));
  const [name, group] = Object.entries(good).find(([key]) => key !== '$schema');
  const item = group.items[0];
  for (const bad of [
    { [name]: { ...group, items: [{ ...item, qualifier: 'roughly' }] } },
    { [name]: { ...group, items: [{ ...item, colour: 'red' }] } },
    { 'Bad Id': group },
    { [name]: { ...group, items: [] } },
  ]) {
    assert.equal(stats(bad), false, JSON.stringify(bad).slice(0, 80));
  }
});

test('the import map schema takes column names to category ids', async () => {
  const importMap = ajv.compile(await read('../schema/import-map.schema.json'));
  assert.ok(
    importMap({ $schema: 'x', 理论学习: 'llxx', 工作动态: 'qldt' }),
    JSON.stringify(importMap.errors),
  );
  for (const bad of [{ 理论学习: 'Li Lun' }, { 理论学习: 3 }, { 理论学习: '' }, ['llxx']])
    assert.equal(importMap(bad), false, JSON.stringify(bad));
});
