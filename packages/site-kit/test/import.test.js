// qiaoxin-site import: saved pages of an old portal (test/fixtures/import, in the styles of
// Chinese government CMS article pages made from the two seed articles: one UTF-8 with the
// 《政府网站发展指引》 meta tags, one GBK-encoded without them, a duplicate, bad input) brought
// into a copy of sites/jinshan by the real CLI, then built.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { open, readFile, rm, writeFile, cp, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import {
  copySite,
  files,
  read,
  readJson,
  runCli,
  useTemp,
  writeJson,
} from './helpers/site-copy.js';

const saved = fileURLToPath(
  new URL('./fixtures/import/www.qiaolian.example.gov.cn', import.meta.url),
);
const temp = useTemp('qx-import-');
let n = 0;

/** A copy of the saved pages (plus a sparse 51 MB page) and an empty-of-articles Jinshan site. */
async function setUp() {
  const root = join(temp.path, String(n++));
  const pages = join(root, 'www.qiaolian.example.gov.cn');
  await cp(saved, pages, { recursive: true });
  const big = await open(join(pages, 'bad/huge.html'), 'w');
  await big.truncate(51 * 1024 * 1024); // sparse: no 51 MB written to the disk
  await big.close();
  const site = await copySite(root);
  // The site's own article is the Jinshan seed, which the GBK page also holds: start without it.
  await rm(join(site, 'content/articles/five-year-review.md'));
  return { pages, site };
}

const importCli = (pages, site, ...extra) =>
  runCli(['import', pages, '--site', site, '--lang', 'en', ...extra]);

/** An article's front matter and body. */
async function article(site, slug) {
  const text = await read(site, `content/articles/${slug}.md`);
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  return { fm: parse(yaml), body: body.trim(), text };
}

const cqFile = 'llxx/202306/t20230602_1001.html';
const jsFile = 'qldt/202212/t20221201_2002.html';

describe('qiaoxin-site import', () => {
  let pages, site, run;
  before(async () => {
    ({ pages, site } = await setUp());
    run = await importCli(pages, site);
  });

  test('imports the two articles and reports each skipped page with its reason', () => {
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    const out = run.stdout;
    assert.match(
      out,
      /\+ content\/articles\/t20230602-1001\.md ← llxx\/202306\/t20230602_1001\.html \(理论学习 → llxx\)/,
    );
    assert.match(
      out,
      /\+ content\/articles\/t20221201-2002\.md ← qldt\/202212\/t20221201_2002\.html \(侨联动态 → qldt\)/,
    );
    for (const line of [
      '- bad/not-html.html skipped: it is not an HTML page',
      '- bad/no-title.html skipped: it has no title (no ArticleTitle meta tag, <h1> or <title>)',
      '- bad/bad-date.html skipped: it has the date "2023-02-30 09:00", which is not a real date',
      '- bad/huge.html skipped: it is 51 MB, larger than the 50 MB a saved page may be',
      `- llxx/202306/t20230602_1001_1.html skipped: it has the same title and date as ${cqFile}: a duplicate`,
      '+ content/images/meeting.png',
      '+ content/files/report.pdf',
      '2 article(s) imported, 5 page(s) skipped, 2 file(s) copied',
    ])
      assert.ok(out.includes(line), `missing "${line}" in\n${out}`);
  });

  test('front matter from the meta tags (UTF-8 page) and from the visible lines (GBK page)', async () => {
    const cq = await article(site, 't20230602-1001');
    assert.deepEqual(cq.fm, {
      title: '奋力书写“侨”文章 凝心聚力启新程',
      subtitle: '——重庆市侨联五年工作综述',
      published: '2023-06-02 15:38',
      author: '本站编辑',
      source: '本站原创',
      sourceNote: '(来源:重庆日报)',
      category: 'llxx',
      summary: '重庆市侨联五年工作综述：凝聚侨界力量助力新重庆建设。',
      keywords: ['侨联', '五年工作', '重庆'],
      lang: 'zh-CN',
    });
    const js = await article(site, 't20221201-2002');
    assert.deepEqual(js.fm, {
      title: '铸牢“根”“魂”“梦” 凝聚侨心侨力 为金山转型新发展塑造新形象而努力奋斗',
      published: '2022-12-01',
      author: '区侨联',
      source: '金山区侨联',
      category: 'qldt',
      lang: 'zh-CN',
    });
    // Both pages had an author and a source: no field is reported missing.
    assert.doesNotMatch(run.stdout, /not found/);
  });

  test('the text, without the page chrome, the trail, the 发布时间 line or the source note', async () => {
    const { body } = await article(site, 't20230602-1001');
    assert.match(body, /^重庆是西部大开发重要的战略支点/);
    assert.match(body, /\n## 强化政治引领,夯实团结奋斗的最大共识\n/);
    for (const chrome of [
      '您的当前位置',
      '发布时间',
      '浏览次数',
      '打印本页',
      '渝ICP备',
      '(来源:重庆日报)',
      '——重庆市侨联五年工作综述',
    ])
      assert.ok(!body.includes(chrome), `"${chrome}" is not body text`);
    const gbk = await article(site, 't20221201-2002');
    // Decoded from GBK: the seed's text, character for character.
    assert.match(gbk.body, /^自2017年12月金山区第五次归侨侨眷代表大会召开以来的五年,金山区侨联/);
    assert.ok(gbk.body.includes('“两个并重”'));
  });

  test('pictures and attachments copied and re-linked; links to imported pages become site links', async () => {
    const { body } = await article(site, 't20230602-1001');
    assert.ok(body.includes('![市侨联五年工作报告会现场](images/meeting.png)'), body);
    assert.ok(body.includes('[重庆市侨联五年工作报告（PDF）](files/report.pdf)'));
    assert.ok(body.includes('[金山区侨联五年工作回顾](/qldt/t20221201-2002/)'));
    assert.ok(body.includes('[国务院侨务办公室](https://www.gqb.gov.cn/)'));
    assert.ok(!body.includes('javascript:'), 'an unsafe link is dropped');
    assert.ok(body.includes('点击这里'), 'its text is kept');
    for (const file of ['uploads/2023/06/meeting.png', 'uploads/2023/06/report.pdf']) {
      const name = file.split('/').pop();
      const folder = name.endsWith('.png') ? 'images' : 'files';
      assert.deepEqual(
        await readFile(join(site, 'content', folder, name)),
        await readFile(join(pages, file)),
      );
    }
    const js = await article(site, 't20221201-2002');
    assert.ok(js.body.includes('[重庆市侨联五年工作综述](/llxx/t20230602-1001/)'));
    // Not saved, so not imported: the old site's address (the folder is named after its host).
    assert.ok(js.body.includes('[关于我们](https://www.qiaolian.example.gov.cn/gywm/index.html)'));
  });

  test('an unknown column gets a proposed id, written for the webmaster to confirm', async () => {
    assert.deepEqual(await readJson(site, 'import-map.proposed.json'), {
      $schema: 'https://qiaoxin.example/schema/import-map.schema.json',
      理论学习: 'llxx',
    });
    assert.ok(!existsSync(join(site, 'import-map.json')), 'the map itself is the webmaster’s');
    assert.match(run.stdout, /Next: add these sections to "categories" in site\.config\.json/);
    assert.match(run.stdout, /\{ "id": "llxx", "zh": "理论学习", "en": "…" \}/);
  });

  test('once the category is added, the site builds with the imported articles', async () => {
    const config = await readJson(site, 'site.config.json');
    config.categories.push({ id: 'llxx', zh: '理论学习', en: 'Theory Study' });
    await writeJson(site, 'site.config.json', config);
    const out = join(site, '..', 'out');
    const built = await runCli(['build', site, '--out', out]);
    assert.equal(built.code, 0, built.stderr);
    const page = await readFile(join(out, 'llxx/t20230602-1001/index.html'), 'utf8');
    assert.ok(page.includes('href="/jinshan/qldt/t20221201-2002/"'));
    assert.ok(
      page.includes('<meta name="ArticleTitle" content="奋力书写“侨”文章 凝心聚力启新程">'),
    );
  });

  test('a second import adds nothing (idempotent)', async () => {
    const before = await files(site);
    const text = await read(site, 'content/articles/t20230602-1001.md');
    const again = await importCli(pages, site);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /0 article\(s\) imported, 7 page\(s\) skipped, 0 file\(s\) copied/);
    assert.ok(
      again.stdout.includes(
        `- ${cqFile} skipped: it is already in the site as content/articles/t20230602-1001.md (--force replaces it)`,
      ),
    );
    assert.deepEqual(await files(site), before);
    assert.equal(await read(site, 'content/articles/t20230602-1001.md'), text);
  });

  test('--force replaces an article imported before', async () => {
    const file = join(site, 'content/articles/t20221201-2002.md');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace('区侨联', '改过的作者'));
    const forced = await importCli(pages, site, '--force');
    assert.equal(forced.code, 0, forced.stderr);
    assert.ok(
      forced.stdout.includes(`! content/articles/t20221201-2002.md replaced (--force) ← ${jsFile}`),
    );
    assert.equal(await readFile(file, 'utf8'), original);
    const left = (await files(site)).filter((f) => f.endsWith('.tmp'));
    assert.deepEqual(left, [], 'no temporary file is left');
  });
});

describe('qiaoxin-site import --dry-run, --map, and what it refuses', () => {
  test('--dry-run prints the plan and writes nothing', async () => {
    const { pages, site } = await setUp();
    const before = await files(site);
    const dry = await importCli(pages, site, '--dry-run');
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /^Plan \(--dry-run: nothing is written\):/);
    assert.match(dry.stdout, /\+ content\/articles\/t20230602-1001\.md ← /);
    assert.match(
      dry.stdout,
      /would import 2 article\(s\), skip 5 page\(s\), copy 2 file\(s\); nothing was written/,
    );
    assert.deepEqual(await files(site), before);
  });

  test('--map names the category of a column; no proposal then', async () => {
    const { pages, site } = await setUp();
    const map = join(site, '..', 'columns.json');
    await writeFile(map, JSON.stringify({ 理论学习: 'gzzs' }));
    const run = await importCli(pages, site, '--map', map);
    assert.equal(run.code, 0, run.stderr);
    assert.equal((await article(site, 't20230602-1001')).fm.category, 'gzzs');
    assert.ok(!existsSync(join(site, '..', 'import-map.proposed.json')));
    const built = await runCli(['build', site, '--out', join(site, '..', 'out')]);
    assert.equal(built.code, 0, built.stderr);
  });

  test('a wrong folder, site or map: one line, in the webmaster’s language, exit 1', async () => {
    const { pages, site } = await setUp();
    const noLocale = { ...process.env, LANG: '', LC_ALL: '', LC_MESSAGES: '' };
    const missing = await runCli(['import', join(pages, 'nope'), '--site', site], {
      env: noLocale,
    });
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^.*nope 不是保存网页的文件夹（文件夹不存在）\n$/);
    const notSite = await importCli(pages, pages);
    assert.equal(notSite.code, 1);
    assert.match(notSite.stderr, /is not a site folder: it has no site\.config\.json/);
    await mkdir(join(site, 'x'));
    const map = join(site, 'x', 'map.json');
    await writeFile(map, '{ "理论学习": "Li Lun" }');
    const badMap = await importCli(pages, site, '--map', map);
    assert.equal(badMap.code, 1);
    assert.match(
      badMap.stderr,
      /"理论学习": "Li Lun" is not a category id \(lower-case letters, digits and -\)\n$/,
    );
    const none = await runCli(['import', '--lang', 'en']);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /^qiaoxin-site import needs the folder of saved pages/);
    for (const r of [missing, notSite, badMap, none]) assert.doesNotMatch(r.stderr, /^\s+at /m);
  });
});
