// The editor's collections are generated from site-kit's schemas: every front-matter field of
// an article is in the form, with the widget, choices and date format the build expects, and a
// field added to the schema would appear by itself. Chinese by default, English on request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editorSchemas } from '@qiaoxin/site-kit/admin-support';
import { useEditor } from './helpers/http.js';

const ctx = useEditor(['--lang', 'zh'], { login: true });
const get = (path) => ctx.send(path);
const config = async (lang) => JSON.parse((await get(`/_admin/config.json?lang=${lang}`)).text);
const collection = (c, name) => c.collections.find((x) => x.name === name);

test('articles: every front-matter field of the schema, then the body', async () => {
  const articles = collection(await config('zh'), 'articles');
  const names = articles.fields.map((f) => f.name);
  assert.deepEqual(names, [...Object.keys(editorSchemas().article.properties), 'body']);
  assert.equal(articles.folder, 'content/articles');
  const field = (name) => articles.fields.find((f) => f.name === name);
  assert.deepEqual(field('category').options, [
    { label: '侨联动态', value: 'qldt' },
    { label: '工作综述', value: 'gzzs' },
  ]);
  assert.equal(field('published').widget, 'qx-datetime');
  assert.equal(field('published').format, 'YYYY-MM-DD');
  assert.equal(field('cover').widget, 'qx-image');
  assert.deepEqual(field('lang').options, ['zh-CN', 'en']);
  assert.equal(field('title').label, '标题');
  assert.match(field('title').hint, /必填/);
  // Every field has a word of its own, not its key (pinned, until and topics came later).
  for (const f of articles.fields) assert.doesNotMatch(f.label, /^[a-z]/i, f.name);
});

test('settings: basic information, sections, navigation, footer with its registration numbers, stat groups', async () => {
  const settings = collection(await config('zh'), 'settings');
  assert.deepEqual(
    settings.files.map((f) => f.name),
    ['site', 'sections', 'navigation', 'footer', 'stats'],
  );
  const footer = settings.files.find((f) => f.name === 'footer').fields[0];
  const labels = Object.fromEntries(footer.fields.map((f) => [f.name, f.label]));
  assert.equal(labels.organiser, '主办单位');
  assert.equal(labels.icp, 'ICP备案号');
  assert.equal(labels.police, '公安备案号');
  assert.equal(labels.siteCode, '网站标识码');
  assert.deepEqual(
    settings.files.find((f) => f.name === 'stats').fields.map((f) => f.name),
    ['highlights'],
  );
  const about = collection(await config('zh'), 'pages').files[0];
  assert.equal(about.file, 'content/about.md');
});

test('the interface is Chinese by default and English on request', async () => {
  assert.equal((await config('zh')).locale, 'zh_Hans');
  const en = await config('en');
  assert.equal(en.locale, 'en');
  assert.equal(collection(en, 'articles').fields[0].label, 'Title');
  assert.match((await get('/_admin/')).text, /<html lang="zh-CN">/);
  assert.match((await get('/_admin/?lang=en')).text, /<html lang="en">/);
});
