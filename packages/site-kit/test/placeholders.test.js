// Placeholders never go live unnoticed: what create-qiaoxin-site marks 待填写 and an example.org
// siteUrl are printed as warnings with file:line on every build, and `--strict` (for publishing)
// refuses to build, leaving the previous portal as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addLine, copySite, lineOf, read, runCli, useTemp } from './helpers/site-copy.js';

const temp = useTemp('qx-placeholders-');

test('a build warns about each placeholder with its file and line, and still builds', async () => {
  const dir = await copySite(join(temp.path, 'warn'));
  const line = await addLine(dir, '（待填写：领导班子）');
  const { code, stdout, stderr } = await runCli(['build', dir, '--out', join(temp.path, 'out')]);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /pages →/);
  const address = await lineOf(dir, 'site.config.json', '待填写');
  const siteUrl = await lineOf(dir, 'site.config.json', '"siteUrl"');
  for (const expected of [
    `site.config.json:${address}: footer.address.zh is still a placeholder`,
    `site.config.json:${siteUrl}: siteUrl "https://www.example.org/jinshan/" is an example address`,
    `content/articles/five-year-review.md:${line}: still a placeholder: "（待填写：领导班子）"`,
  ]) {
    assert.ok(stderr.includes(expected), `${expected}\n${stderr}`);
  }
  assert.match(stderr, /3 placeholder\(s\) or warning\(s\) left/);
});

test('--strict refuses to build while a placeholder is left; the previous portal stays', async () => {
  const dir = await copySite(join(temp.path, 'strict'));
  const out = join(temp.path, 'strict-out');
  assert.equal((await runCli(['build', dir, '--out', out])).code, 0);
  const before = await read(out, 'index.html');
  await addLine(dir, '待填写');
  const { code, stderr } = await runCli(['build', dir, '--out', out, '--strict']);
  assert.equal(code, 1);
  assert.match(stderr, /five-year-review\.md:\d+: still a placeholder/);
  assert.match(stderr, /siteUrl .* is an example address/);
  assert.equal(await read(out, 'index.html'), before, 'the previous portal is untouched');
});

test('--strict builds a site with every placeholder filled in', async () => {
  const dir = await copySite(join(temp.path, 'filled'));
  const config = JSON.parse(await read(dir, 'site.config.json'));
  config.siteUrl = 'https://www.jsql.gov.cn/jinshan/';
  config.footer.address.zh = '上海市金山区石化街道卫零路485号';
  await writeFile(join(dir, 'site.config.json'), JSON.stringify(config, null, 2));
  const { code, stderr } = await runCli(['build', dir, '--out', join(temp.path, 'f'), '--strict']);
  assert.equal(code, 0, stderr);
  assert.doesNotMatch(stderr, /warning:/);
});
