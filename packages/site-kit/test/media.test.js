// Issue 17's media: attachments from content/files/ (「附件：名称（PDF，1.2 MB）」), ```video
// blocks with poster and captions from content/media/, 友情链接 groups and the WeChat QR code
// in the footer, and the header banner. Real builds, with the real CLI, of copies of
// test/fixtures/media; the pages are read with a real HTML parser (parse5).
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { edit, lineOf, read, readJson, runCli, useTemp, writeJson } from './helpers/site-copy.js';
import { all, article, attr, copyMedia, elements, page, textOf } from './helpers/media-site.js';

const temp = useTemp('qx-media-');
const copy = (name) => copyMedia(temp.path, name);

describe('a site with attachments, a video, friendly links, a WeChat QR code and a banner', () => {
  let dir, out, built, meeting, home;
  before(async () => {
    dir = await copy('good');
    out = join(dir, '..', 'out');
    // 1.2 MB, as the example: the size is measured when the site is built.
    const pdf = Buffer.alloc(1258291, 0x20);
    pdf.write('%PDF-1.4\n');
    await writeFile(join(dir, 'content/files/plan.pdf'), pdf);
    built = await runCli(['build', dir, '--out', out]);
    assert.equal(built.code, 0, built.stderr);
    meeting = await page(out, 'tzgg/meeting/index.html');
    home = await page(out, 'index.html');
  });

  test('the attachments are listed under the article with their type and size', async () => {
    const [list] = all(meeting, 'qx-attachment-list');
    assert.ok(list, 'a <qx-attachment-list>');
    assert.equal(attr(list, 'lang'), 'zh-Hans');
    const items = all(meeting, 'qx-attachment').map((a) => ({
      href: attr(a, 'href'),
      type: attr(a, 'type'),
      bytes: attr(a, 'bytes'),
      name: textOf(a).trim(),
    }));
    // Linked twice from the body, listed once; then the one only front matter names.
    assert.equal(items.length, 2, JSON.stringify(items));
    assert.match(items[0].href, /^\/media\/files\/plan\.[0-9a-f]{10}\.pdf$/);
    assert.deepEqual(
      { ...items[0], href: undefined },
      { href: undefined, type: 'pdf', bytes: '1258291', name: '会议方案' },
    );
    assert.match(items[1].href, /^\/media\/files\/form\.[0-9a-f]{10}\.docx$/);
    assert.equal(items[1].type, 'docx');
    assert.equal(items[1].name, '参会回执');
    assert.equal(
      Number(items[1].bytes),
      (await readFile(join(dir, 'content/files/form.docx'))).length,
    );
    // What is published is the file itself, at the address the page gives.
    const published = await readFile(join(out, items[0].href.slice('/media/'.length)));
    assert.equal(published.length, 1258291);
    // The body's links lead to the published file too.
    const body = all(meeting, 'a').filter((a) => textOf(a) === '会议方案');
    assert.equal(body.length, 2);
    for (const a of body) assert.equal(attr(a, 'href'), items[0].href);
    // When <qx-attachment> is defined, its server-rendered shadow DOM says 「PDF，1.2 MB」.
    if (all(meeting, 'template').some((t) => textOf(t.content ?? t).includes('MB')))
      assert.match(await read(out, 'tzgg/meeting/index.html'), /PDF，1\.2\s*MB/);
  });

  test('the video has controls, no autoplay, a poster with its size and default captions', () => {
    const [video] = all(meeting, 'video');
    assert.ok(video, 'a <video>');
    assert.equal(attr(video, 'controls'), '');
    assert.equal(attr(video, 'preload'), 'none');
    assert.equal(attr(video, 'autoplay'), undefined);
    assert.match(attr(video, 'src'), /^\/media\/media\/talk\.[0-9a-f]{10}\.mp4$/);
    assert.equal(attr(video, 'poster'), '/media/media/poster.svg');
    assert.deepEqual([attr(video, 'width'), attr(video, 'height')], ['640', '360']);
    const [track] = all(meeting, 'track');
    assert.equal(attr(track, 'kind'), 'captions');
    assert.equal(attr(track, 'srclang'), 'zh-CN');
    assert.equal(attr(track, 'default'), '');
    assert.match(attr(track, 'src'), /^\/media\/media\/talk\.[0-9a-f]{10}\.vtt$/);
    const [caption] = all(meeting, 'figcaption').filter((f) => textOf(f) === '座谈会视频');
    assert.ok(caption, 'the title under the video');
    assert.doesNotMatch(built.stderr, /captions/, 'no warning: it has captions');
  });

  test('the footer has the link groups as a disclosure list, never a <select>', () => {
    const groups = all(home, 'qx-link-group');
    assert.deepEqual(
      groups.map((g) => [
        attr(g, 'label'),
        all([...elements(g)], 'a').map((a) => [textOf(a), attr(a, 'href')]),
      ]),
      [
        ['上级侨联', [['中国侨联', 'https://www.chinaql.org/']]],
        ['政府网站', [['中国政府网', 'https://www.gov.cn/']]],
      ],
    );
    const [footer] = all(home, 'footer');
    const inFooter = [...elements(footer)];
    assert.ok(all(inFooter, 'qx-link-groups').length === 1, 'in the footer');
    assert.equal(all(home, 'select').length, 0);
  });

  test('the English edition shows the English labels', async () => {
    const en = await page(out, 'en/index.html');
    assert.deepEqual(
      all(en, 'qx-link-group').map((g) => attr(g, 'label')),
      ['Federations', 'Government'],
    );
    const [figcaption] = all(en, 'figcaption').filter((f) => /WeChat/.test(textOf(f)));
    assert.equal(textOf(figcaption), 'WeChat official account: Test FROC');
  });

  test('the footer shows the WeChat QR code with the account name', async () => {
    const [figure] = all(home, 'figure').filter((f) => attr(f, 'class') === 'wechat');
    const [img] = all([...elements(figure)], 'img');
    assert.match(attr(img, 'src'), /^\/media\/assets\/wechat-[0-9a-f]{10}\.svg$/);
    assert.deepEqual([attr(img, 'width'), attr(img, 'height')], ['200', '200']);
    assert.equal(attr(img, 'alt'), '测试侨联微信公众号二维码');
    assert.equal(textOf(all([...elements(figure)], 'figcaption')[0]), '微信公众号：测试侨联');
  });

  test('the banner is an <img slot="banner"> of the header, decorative and sized', () => {
    const [header] = all(home, 'qx-bilingual-header');
    const [banner] = header.childNodes.filter(
      (c) => c.tagName === 'img' && attr(c, 'slot') === 'banner',
    );
    assert.ok(banner, 'a banner image in the header');
    assert.match(attr(banner, 'src'), /^\/media\/assets\/banner-[0-9a-f]{10}\.svg$/);
    assert.equal(attr(banner, 'alt'), '');
    assert.deepEqual([attr(banner, 'width'), attr(banner, 'height')], ['1200', '300']);
  });
});

test('a video without captions builds with a warning at its line', async () => {
  const dir = await copy('no-captions');
  await edit(dir, article, (t) => t.replace('captions: media/talk.vtt\n', ''));
  const line = await lineOf(dir, article, '```video');
  const out = join(dir, '..', 'out');
  const { code, stderr } = await runCli(['build', dir, '--out', out], { cwd: dir });
  assert.equal(code, 0, stderr);
  assert.ok(
    stderr.includes(`warning: ${article}:${line}: video "media/talk.mp4" has no captions`),
    stderr,
  );
  const [video] = all(await page(out, 'tzgg/meeting/index.html'), 'video');
  assert.ok(video && !all([...elements(video)], 'track').length);
  // Publishing (--strict) waits until the captions are there.
  const strict = await runCli(['build', dir, '--out', join(dir, '..', 'out2'), '--strict']);
  assert.equal(strict.code, 1);
});

test('hostile names, titles, captions and labels are shown as text', async () => {
  const dir = await copy('hostile');
  const evil = '<img src=x onerror=alert(1)>"><script>alert(2)</script>';
  const config = await readJson(dir, 'site.config.json');
  config.links[0].zh = evil;
  config.links[0].links[0].zh = evil;
  config.footer.wechat.name.zh = evil;
  await writeJson(dir, 'site.config.json', config);
  await writeFile(join(dir, 'content/files/<script>x.pdf'), '%PDF-1.4\n');
  await edit(dir, article, (t) =>
    t
      .replace('title: 座谈会视频', `title: '${evil}'`)
      .replace('name: 参会回执', `name: '${evil}'`)
      .replace(
        '[会议方案](files/plan.pdf)。\n',
        `[${evil.replace(/[<>]/g, '\\$&')}](files/%3Cscript%3Ex.pdf)。\n`,
      ),
  );
  const out = join(dir, '..', 'out');
  const built = await runCli(['build', dir, '--out', out]);
  assert.equal(built.code, 0, built.stderr);
  for (const file of ['index.html', 'tzgg/meeting/index.html', 'en/tzgg/meeting/index.html']) {
    const els = await page(out, file);
    for (const el of els) {
      for (const a of el.attrs) assert.ok(!/^on/i.test(a.name), `${file}: ${el.tagName} ${a.name}`);
      if (el.tagName === 'img') assert.notEqual(attr(el, 'src'), 'x', file);
      if (el.tagName === 'script') assert.doesNotMatch(textOf(el), /alert/, file);
    }
  }
  const meeting = await page(out, 'tzgg/meeting/index.html');
  const names = all(meeting, 'qx-attachment').map((a) => [textOf(a), attr(a, 'href')]);
  assert.ok(
    names.some(([name]) => name === evil),
    JSON.stringify(names),
  );
  assert.ok(
    names.some(([, href]) => /^\/media\/files\/%3Cscript%3Ex\.[0-9a-f]{10}\.pdf$/.test(href)),
  );
  assert.ok(
    all(meeting, 'figcaption').some((f) => textOf(f) === evil),
    'the video title',
  );
  const home = await page(out, 'index.html');
  assert.equal(attr(all(home, 'qx-link-group')[0], 'label'), evil);
});

// The refusals (missing files, unsafe links) are in media-errors.test.js.
