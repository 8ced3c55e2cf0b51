// The webmaster's language: YAML mistakes from a Chinese keyboard explained with their fix, and
// the CLI's messages in Chinese unless the system or `--lang` asks for English. Real copies of
// sites/jinshan, the real CLI as a process.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SiteError, formatProblem, loadSite } from '../dist/index.js';
import {
  edit,
  englishEnv,
  jinshanArticle,
  lineOf,
  problemsOf,
  runCli,
  tempSites,
} from './helpers/site-copy.js';

let sites;
before(async () => (sites = await tempSites('jinshan', 'qx-lang-')));
after(() => sites.remove());

/** A copy whose article title is written with a full-width colon, as a Chinese keyboard types. */
async function fullWidthTitle() {
  const dir = await sites.copy();
  await edit(dir, jinshanArticle, (text) => text.replace(/^title: /m, 'title：'));
  return { dir, line: await lineOf(dir, jinshanArticle, 'title：') };
}

/** Sets the about page's title line as written, returning the copy. */
async function aboutTitle(title) {
  const dir = await sites.copy();
  await edit(dir, 'content/about.md', (text) => text.replace(/^title: .*$/m, title));
  return dir;
}

describe('YAML mistakes in words', () => {
  test('a full-width colon after a field name is named, with the fix', async () => {
    const { dir, line } = await fullWidthTitle();
    assert.equal(line, 2);
    assert.deepEqual(await problemsOf(dir), [
      `${jinshanArticle}:2: "title：" uses a full-width colon "：" (the Chinese keyboard's); ` +
        'write an ASCII colon and a space: title: 铸牢“根”“魂”“梦” …',
    ]);
  });

  test('a front matter of one line with a full-width colon, which YAML reads as text', async () => {
    const dir = await sites.copy();
    await writeFile(join(dir, 'content/about.md'), '---\ntitle：简介\n---\n\n正文。\n');
    assert.deepEqual(await problemsOf(dir), [
      'content/about.md:2: "title：" uses a full-width colon "：" (the Chinese keyboard\'s); ' +
        'write an ASCII colon and a space: title: 简介',
    ]);
  });

  test('[通知] at the start of a value: put the value in quotes', async () => {
    const dir = await aboutTitle('title: [通知] 关于开展活动');
    assert.deepEqual(await problemsOf(dir), [
      'content/about.md:2: the value of title starts with "[", which YAML reads as a list or an ' +
        'object; put the value in quotes: title: "[通知] 关于开展活动"',
    ]);
  });

  test('a: b: c, a colon and a space inside a value: put the value in quotes', async () => {
    const dir = await aboutTitle('title: 通知: 关于开展活动');
    assert.deepEqual(await problemsOf(dir), [
      'content/about.md:2: the value of title contains ": ", which YAML reads as another field; ' +
        'put the value in quotes: title: "通知: 关于开展活动"',
    ]);
  });

  test('the quoted fix is itself valid: the site builds with it', async () => {
    const dir = await aboutTitle('title: "[通知] 关于开展活动"');
    const site = await loadSite(dir);
    assert.equal(site.about?.title, '[通知] 关于开展活动');
  });

  test('the API speaks Chinese when given { lang: "zh" }', async () => {
    const { dir } = await fullWidthTitle();
    const error = await loadSite(dir, { lang: 'zh' }).catch((e) => e);
    assert.ok(error instanceof SiteError, String(error));
    assert.deepEqual(error.problems.map(formatProblem), [
      `${jinshanArticle}:2: “title：”用了全角冒号“：”（中文输入法的默认）；` +
        '请改成英文冒号加一个空格：title: 铸牢“根”“魂”“梦” …',
    ]);
  });
});

describe('the CLI speaks the webmaster’s language', () => {
  let dir;
  before(async () => {
    // Two mistakes a webmaster meets most: a field left out, a field name mistyped.
    dir = await sites.copy();
    await edit(dir, jinshanArticle, (text) =>
      text.replace(/^published: .*\n/m, '').replace(/^lang: /m, 'langue: '),
    );
  });

  /** Builds the broken copy with the given environment and arguments; must refuse it. */
  async function refused(env, args = []) {
    const run = await runCli(['build', dir, ...args], { cwd: dir, env });
    assert.equal(run.code, 1, run.stderr);
    assert.doesNotMatch(run.stderr, /^\s+at /m, 'a stack trace reached the webmaster');
    return run.stderr;
  }

  const chinese = [
    `${jinshanArticle}:2: 缺少必填字段 published`,
    `${jinshanArticle}:4: langue 不是可用的字段`,
    '网站文件夹里有 2 个问题',
  ];
  const english = [
    `${jinshanArticle}:2: published is required`,
    `${jinshanArticle}:4: langue is not a known field`,
    '2 problems in the site folder',
  ];
  const unset = { LANG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined };

  const expectLines = (stderr, lines) => {
    for (const line of lines) assert.ok(stderr.includes(line), `missing "${line}" in\n${stderr}`);
  };

  test('Chinese with no locale set', async () => {
    expectLines(await refused(englishEnv(unset)), chinese);
  });

  test('Chinese on a Chinese system (LANG=zh_CN.UTF-8)', async () => {
    expectLines(await refused(englishEnv({ LANG: 'zh_CN.UTF-8' })), chinese);
  });

  test('English on an English system (LANG=en_US.UTF-8)', async () => {
    expectLines(await refused(englishEnv({ LANG: 'en_US.UTF-8' })), english);
  });

  test('LC_ALL wins over LANG, as POSIX says', async () => {
    expectLines(await refused(englishEnv({ LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })), chinese);
  });

  test('English with --lang en on a Chinese system', async () => {
    expectLines(await refused(englishEnv({ LANG: 'zh_CN.UTF-8' }), ['--lang', 'en']), english);
  });

  test('Chinese with --lang zh on an English system', async () => {
    expectLines(await refused(englishEnv(), ['--lang', 'zh']), chinese);
  });

  test('an unknown --lang is refused in words', async () => {
    const stderr = await refused(englishEnv(), ['--lang', 'fr']);
    assert.match(stderr, /--lang "fr" is not a language of these messages: use zh or en/);
  });

  test("an unknown category names the site's categories in Chinese", async () => {
    const wrong = await sites.copy();
    await edit(wrong, jinshanArticle, (text) =>
      text.replace(/^category: .*$/m, 'category: xinwen'),
    );
    const run = await runCli(['build', wrong], { cwd: wrong, env: englishEnv(unset) });
    assert.equal(run.code, 1, run.stderr);
    assert.match(
      run.stderr,
      /^content\/articles\/five-year-review\.md:4: category “xinwen”不是本站的栏目（.+）$/m,
    );
  });

  test('a refused output folder is explained in Chinese too', async () => {
    const good = await sites.copy();
    const run = await runCli(['build', good, '--out', join(good, 'content')], {
      cwd: good,
      env: englishEnv(unset),
    });
    assert.equal(run.code, 1, run.stderr);
    assert.match(
      run.stderr,
      /^不能输出到 .*content：它在网站文件夹里面，而网站文件夹里唯一的输出文件夹是 dist；没有改动任何文件$/m,
    );
  });
});
