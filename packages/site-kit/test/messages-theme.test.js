// A broken theme.json told in the webmaster's language: Chinese by default, English with
// `--lang en`, each problem with its file, line, field and how to put it right. Real copies of
// sites/jinshan under os.tmpdir(), the real CLI as a process.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { englishEnv, runCli, tempSites, writeJson } from './helpers/site-copy.js';

let sites;
before(async () => (sites = await tempSites('jinshan', 'qx-theme-words-')));
after(() => sites.remove());

/** No locale at all: the CLI's default, Chinese. */
const noLocale = englishEnv({ LANG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined });

/** Builds `dir` with the CLI; it must refuse. Returns stderr's lines, checked for a stack. */
async function refused(dir, args = [], env = noLocale) {
  const run = await runCli(['build', dir, ...args], { cwd: dir, env });
  assert.equal(run.code, 1, run.stderr);
  assert.doesNotMatch(run.stderr, /^\s+at /m, 'a stack trace reached the webmaster');
  return run.stderr.trim().split('\n');
}

describe('a colour that does not read well', () => {
  let dir;
  before(async () => {
    dir = await sites.copy();
    // Line 2: a pale primary; line 3: a grey link, both too light on the white page.
    await writeJson(dir, 'theme.json', { primary: '#f0c0c0', '--qx-color-link': '#aaaaaa' });
  });

  test('Chinese by default (field, pair in words, figures, a colour that passes); English with --lang en', async () => {
    const lines = await refused(dir);
    const primary =
      /^theme\.json:2: primary 对比度不足：主色（primary）在页面背景（surface）上只有 1\.61:1，至少需要 3:1；请改用最接近的合格颜色 (#[0-9a-f]{6})$/.exec(
        lines[0],
      );
    assert.ok(primary, lines.join('\n'));
    assert.match(
      lines.join('\n'),
      /^theme\.json:3: --qx-color-link 对比度不足：链接（link）在页面背景（surface）上只有 2\.32:1，至少需要 4\.5:1；请改用最接近的合格颜色 #[0-9a-f]{6}$/m,
    );
    assert.match(lines.at(-1), /^网站文件夹里有 \d+ 个问题$/);
    // The colour offered is a real fix: with it for the primary (and the link left to the
    // palette, which derives it from the primary), the site builds.
    const fixed = await sites.copy();
    await writeJson(fixed, 'theme.json', { primary: primary[1] });
    const run = await runCli(['build', fixed], { cwd: fixed, env: noLocale });
    assert.equal(run.code, 0, run.stderr);
    // The same problems in English with --lang en, worded as before.
    const english = await refused(dir, ['--lang', 'en']);
    assert.match(
      english[0],
      /^theme\.json:2: primary: primary on surface is 1\.61:1, needs 3:1 — nearest passing colour: #[0-9a-f]{6}$/,
    );
    assert.match(english.at(-1), /^\d+ problems in the site folder$/);
  });
});

describe('values a theme cannot use', () => {
  let dir;
  before(async () => {
    dir = await sites.copy();
    await writeJson(dir, 'theme.json', {
      primary: 'tealish',
      colour: '#fff',
      '--qx-radius-md': '4px; color: red',
      '--qx-shadow-card': '0 1px red',
      '--qx-space-md': 4,
    });
  });

  test('Chinese by default, each with what to write instead', async () => {
    assert.deepEqual(await refused(dir), [
      'theme.json:2: primary：“tealish”不是颜色（请写成 "#c8102e"、"teal" 或 "rgb(0 96 107)" 这样）',
      'theme.json:3: colour 不是主题的字段：请用 primary、accent、text、surface，或以 --qx- 开头的设计变量',
      'theme.json:4: --qx-radius-md：“4px; color: red”不是长度（例如 4px、0.5rem 或 0）',
      'theme.json:5: --qx-shadow-card 不是 @qiaoxin/tokens 的设计变量（可用的系列：--qx-color-*, --qx-space-*, --qx-radius-*, --qx-border-*, --qx-focus-*, --qx-breakpoint-*, --qx-motion-*, --qx-font-*）：请检查拼写',
      'theme.json:6: --qx-space-md 应当是文字：请给值加上引号',
      '网站文件夹里有 5 个问题',
    ]);
  });

  test('English with --lang en, each with what to write instead', async () => {
    assert.deepEqual(await refused(dir, ['--lang', 'en']), [
      'theme.json:2: primary: "tealish" is not a colour (write one like "#c8102e", "teal" or "rgb(0 96 107)")',
      'theme.json:3: colour is not a theme field: use primary, accent, text, surface or a --qx-* token',
      'theme.json:4: --qx-radius-md: "4px; color: red" is not a length (like 4px, 0.5rem or 0)',
      'theme.json:5: --qx-shadow-card is not a token of @qiaoxin/tokens (its families: --qx-color-*, --qx-space-*, --qx-radius-*, --qx-border-*, --qx-focus-*, --qx-breakpoint-*, --qx-motion-*, --qx-font-*)',
      'theme.json:6: --qx-space-md must be a string: put the value in quotes',
      '5 problems in the site folder',
    ]);
  });

  test('a brand colour without a primary, in Chinese', async () => {
    const alone = await sites.copy();
    await writeJson(alone, 'theme.json', { accent: '#1d4f91' });
    assert.deepEqual(await refused(alone), [
      'theme.json:2: accent 必须和主色一起写（"primary": "#rrggbb"）',
      '网站文件夹里有 1 个问题',
    ]);
  });
});

test('site.config.json: an id that is not the folder name, in Chinese with the fix', async () => {
  const copy = await sites.copy();
  const moved = join(copy, '..', 'other');
  await rename(copy, moved);
  const lines = await refused(moved);
  assert.match(
    lines[0],
    /^site\.config\.json:\d+: id“jinshan”必须与文件夹名“other”相同：请改成 "other"，或给文件夹改名$/,
  );
});
