// What issue 17's media refuse: a missing attachment, video, poster, captions, banner or QR
// code, a file outside its folder or of a kind a portal does not publish, and a friendly link
// that is not a web address. Each is reported as file:line, all in one build, and nothing is
// written. Real builds, with the real CLI, of copies of test/fixtures/media.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { edit, lineOf, readJson, runCli, useTemp, writeJson } from './helpers/site-copy.js';
import { article, copyMedia } from './helpers/media-site.js';

const temp = useTemp('qx-media-errors-');

/** Builds `dir` from inside it (problems name files relative to it); it must be refused. */
async function refused(dir, lang = 'en') {
  const out = join(dir, '..', 'out');
  const { code, stdout, stderr } = await runCli(['build', dir, '--out', out, '--lang', lang], {
    cwd: dir,
  });
  assert.equal(code, 1, stdout + stderr);
  assert.doesNotMatch(stderr, /^\s+at /m, 'a stack trace reached the webmaster');
  assert.ok(!existsSync(out), 'nothing is written');
  return stderr;
}

/** Breaks every file the fixture refers to; returns the lines each problem must be at. */
async function breakFiles(dir) {
  await writeFile(join(dir, 'content/files/run.exe'), 'MZ');
  await writeFile(join(dir, 'content/files/fake.pdf'), '<!doctype html><title>x</title>');
  await edit(dir, article, (t) =>
    t
      .replace('file: files/form.docx', 'file: files/gone.docx')
      .replace('src: media/talk.mp4', 'src: media/gone.mp4')
      .replace('poster: media/poster.svg', 'poster: media/gone.svg')
      .replace('captions: media/talk.vtt', 'captions: media/gone.vtt')
      .concat(
        '\n[缺失](files/missing.pdf)\n\n[图](images/stage.svg)\n\n[程序](files/run.exe)\n\n[假](files/fake.pdf)\n',
      ),
  );
  const config = await readJson(dir, 'site.config.json');
  config.banner = 'gone-banner.svg';
  config.footer.wechat.qr = 'gone-qr.png';
  await writeJson(dir, 'site.config.json', config);
  const at = (file, text) => lineOf(dir, file, text);
  return {
    form: await at(article, 'files/gone.docx'),
    video: await at(article, 'media/gone.mp4'),
    poster: await at(article, 'media/gone.svg'),
    captions: await at(article, 'media/gone.vtt'),
    missing: await at(article, 'files/missing.pdf'),
    image: await at(article, '](images/stage.svg)'),
    exe: await at(article, 'files/run.exe'),
    fake: await at(article, 'files/fake.pdf'),
    banner: await at('site.config.json', '"banner"'),
    qr: await at('site.config.json', '"qr"'),
  };
}

test('every missing or unpublishable file is refused at its line, and nothing is written', async () => {
  const dir = await copyMedia(temp.path, 'missing');
  const l = await breakFiles(dir);
  const stderr = await refused(dir);
  for (const expected of [
    `${article}:${l.form}: attachment "files/gone.docx" does not exist`,
    `${article}:${l.video}: video "media/gone.mp4" does not exist (paths are relative to content/)`,
    `${article}:${l.poster}: image "media/gone.svg" does not exist (paths are relative to content/)`,
    `${article}:${l.captions}: captions "media/gone.vtt" does not exist (paths are relative to content/)`,
    `${article}:${l.missing}: attachment "files/missing.pdf" does not exist (paths are relative to content/)`,
    `${article}:${l.image}: attachment "images/stage.svg" is not in content/files/: put the file there`,
    `${article}:${l.exe}: attachment "files/run.exe" must be a file ending in .pdf .doc .docx .xls .xlsx .ppt .pptx .zip`,
    `${article}:${l.fake}: attachment "files/fake.pdf" ends in .pdf but is not a PDF file`,
    `site.config.json:${l.banner}: banner "gone-banner.svg" does not exist`,
    `site.config.json:${l.qr}: WeChat QR code "gone-qr.png" does not exist`,
  ]) {
    assert.ok(stderr.includes(expected), `missing "${expected}" in\n${stderr}`);
  }
  assert.match(stderr, /10 problems in the site folder/);
});

test('the same problems in Chinese with --lang zh', async () => {
  const dir = await copyMedia(temp.path, 'missing-zh');
  const l = await breakFiles(dir);
  const stderr = await refused(dir, 'zh');
  for (const expected of [
    `${article}:${l.missing}: 附件“files/missing.pdf”不存在（路径相对于 content/）`,
    `${article}:${l.captions}: 字幕“media/gone.vtt”不存在（路径相对于 content/）`,
    `site.config.json:${l.qr}: 微信公众号二维码“gone-qr.png”不存在`,
  ]) {
    assert.ok(stderr.includes(expected), `missing "${expected}" in\n${stderr}`);
  }
});

test('a friendly link that is not a web address is refused at its line', async () => {
  const dir = await copyMedia(temp.path, 'unsafe');
  const config = await readJson(dir, 'site.config.json');
  config.links[0].links[0].href = 'javascript:alert(1)';
  config.links[1].links[0].href = 'data:text/html,<script>alert(1)</script>';
  await writeJson(dir, 'site.config.json', config);
  const stderr = await refused(dir);
  for (const [text, path] of [
    ['javascript:alert(1)', 'links[0].links[0].href'],
    ['data:text/html', 'links[1].links[0].href'],
  ]) {
    const line = await lineOf(dir, 'site.config.json', text);
    const expected = `site.config.json:${line}: ${path} must be a web address starting with https://`;
    assert.ok(stderr.includes(expected), `missing "${expected}" in\n${stderr}`);
  }
});

test('a video block with a mistake is refused at the line of the mistake', async () => {
  const dir = await copyMedia(temp.path, 'video-fields');
  await edit(dir, article, (t) =>
    t.replace('poster: media/poster.svg\n', '').replace('title: 座谈会视频', 'titel: 座谈会视频'),
  );
  const stderr = await refused(dir);
  const fence = await lineOf(dir, article, '```video');
  const titel = await lineOf(dir, article, 'titel:');
  assert.ok(stderr.includes(`${article}:${fence + 1}: poster is required`), stderr);
  assert.ok(stderr.includes(`${article}:${titel}: titel is not a known field`), stderr);
});
