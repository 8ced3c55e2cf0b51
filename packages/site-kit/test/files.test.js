// Files a site folder refers to (the logo, article pictures and covers) are published on the
// portal's own address, so each must be a picture inside the site folder. Each test breaks a
// copy of sites/jinshan the way a careless or hostile edit would and checks the build refuses it
// as file:line: message, or publishes only what pages use. Devices, pipes and SVG scripts are in
// files-cli.test.js.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { SiteError, buildSite, formatProblem, loadSite } from '../dist/index.js';
import {
  addLine,
  copySite as copyReal,
  files,
  jinshanArticle as article,
  setLogo,
  useTemp,
} from './helpers/site-copy.js';

const temp = useTemp('qx-files-');
let count = 0;

/** A fresh copy of sites/jinshan, four folders below the file system root when tmpdir is /tmp. */
const copySite = () => copyReal(join(temp.path, `case${++count}`));

/** The problems a build of `dir` stops with; fails if it builds or throws something else. */
async function problemsOf(dir) {
  const error = await buildSite(dir, { relativeTo: dir }).then(
    () => assert.fail('the build succeeded'),
    (e) => e,
  );
  assert.ok(error instanceof SiteError, `not a SiteError: ${error?.stack ?? error}`);
  return error.problems.map(formatProblem);
}

function png(width, height) {
  const data = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]).copy(data);
  data.writeUInt32BE(13, 8);
  data.write('IHDR', 12, 'latin1');
  data.writeUInt32BE(width, 16);
  data.writeUInt32BE(height, 20);
  data[24] = 8;
  data[25] = 6;
  return data;
}

function jpeg(width, height) {
  return Buffer.concat([
    Buffer.from([
      0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
    ]),
    Buffer.from([0xff, 0xc0, 0, 17, 8, height >> 8, height & 255, width >> 8, width & 255, 3]),
    Buffer.from([1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xd9]),
  ]);
}

/** A file of `bytes` bytes starting with a PNG header, written sparse so it costs no disk. */
async function bigPng(file, bytes) {
  const handle = await open(file, 'w');
  await handle.write(png(10, 10));
  await handle.truncate(bytes);
  await handle.close();
}

const outsideSiteFolder = 'is outside the site folder: put the file in the site folder';

describe('the logo', () => {
  test('a path written from the site folder with a leading / still names the logo', async () => {
    const dir = await copySite();
    await setLogo(dir, '/logo.svg');
    const site = await loadSite(dir);
    assert.equal(site.config.logo, '/logo.svg');
  });

  test('a path out of the site folder is refused, not published as the favicon', async () => {
    const dir = await copySite();
    const passwd = relative(dir, '/etc/passwd'); // ../../../../etc/passwd under /tmp
    const line = await setLogo(dir, passwd);
    assert.deepEqual(await problemsOf(dir), [
      `site.config.json:${line}: logo "${passwd}" ${outsideSiteFolder}`,
    ]);
  });

  test('a folder is refused in plain words instead of crashing the build', async () => {
    const dir = await copySite();
    await mkdir(join(dir, 'emblem.svg'));
    const line = await setLogo(dir, 'emblem.svg');
    assert.deepEqual(await problemsOf(dir), [
      `site.config.json:${line}: logo "emblem.svg" is a folder, not a file`,
    ]);
    await setLogo(dir, 'content');
    assert.deepEqual(await problemsOf(dir), [
      `site.config.json:${line}: logo "content" must be an SVG, PNG, JPEG, GIF, WebP or ICO file: only pictures are published`,
    ]);
  });

  test('a link to a picture outside the site folder is refused', async () => {
    const dir = await copySite();
    await writeFile(join(temp.path, 'outside.png'), png(8, 8));
    await symlink(join(temp.path, 'outside.png'), join(dir, 'logo.png'));
    const line = await setLogo(dir, 'logo.png');
    assert.deepEqual(await problemsOf(dir), [
      `site.config.json:${line}: logo "logo.png" is a link to a file outside the site folder: copy the file itself into the site folder`,
    ]);
  });

  test('a hidden file, a file that is not a picture, and one over 1 MB are refused', async () => {
    const dir = await copySite();
    await mkdir(join(dir, '.git'));
    await writeFile(join(dir, '.git/config'), '[remote "origin"]\n');
    const line = await setLogo(dir, '.git/config');
    assert.deepEqual(await problemsOf(dir), [
      `site.config.json:${line}: logo ".git/config" is a hidden file (its name or folder starts with "."): it is never published`,
    ]);
    await bigPng(join(dir, 'big.png'), 2 * 1024 * 1024);
    await setLogo(dir, 'big.png');
    assert.deepEqual(await problemsOf(dir), [
      `site.config.json:${line}: logo "big.png" is 2.0 MB; the limit for logos is 1 MB: make it smaller`,
    ]);
  });
});

describe('pictures in articles', () => {
  test('a link out of content/ is refused, wherever it leads', async () => {
    const dir = await copySite();
    await writeFile(join(temp.path, 'secret.png'), png(8, 8));
    await symlink(join(temp.path, 'secret.png'), join(dir, 'content/images/secret.png'));
    await symlink('/etc', join(dir, 'content/images/etc'));
    const linked = await addLine(dir, '![秘密](images/secret.png)');
    const up = await addLine(dir, '![配置](../site.config.json)');
    assert.deepEqual(await problemsOf(dir), [
      `${article}:${linked}: image "images/secret.png" is a link to a file outside content/: copy the file itself into content/images/`,
      `${article}:${up}: image "../site.config.json" is outside content/: put the file in content/images/`,
    ]);
  });

  test('hidden files, HTML, and files whose content is not what their name says are refused', async () => {
    const dir = await copySite();
    const images = join(dir, 'content/images');
    await writeFile(join(images, '.env'), 'SECRET=1\n');
    await writeFile(join(images, '.hidden.png'), png(4, 4));
    await writeFile(join(images, 'evil.html'), '<script>alert(document.cookie)</script>');
    await writeFile(join(images, 'page.png'), '<!doctype html><script>alert(1)</script>');
    await writeFile(
      join(images, 'page.svg'),
      '<html><body><svg><rect/></svg><script>alert(1)</script>',
    );
    await writeFile(join(images, 'photo.png'), jpeg(8, 8));
    const lines = [
      await addLine(dir, '![a](images/.env)'),
      await addLine(dir, '![b](images/.hidden.png)'),
      await addLine(dir, '![c](images/evil.html)'),
      await addLine(dir, '![d](images/page.png)'),
      await addLine(dir, '![e](images/page.svg)'),
      await addLine(dir, '![f](images/photo.png)'),
    ];
    const hidden = 'is a hidden file (its name or folder starts with "."): it is never published';
    assert.deepEqual(await problemsOf(dir), [
      `${article}:${lines[0]}: image "images/.env" ${hidden}`,
      `${article}:${lines[1]}: image "images/.hidden.png" ${hidden}`,
      `${article}:${lines[2]}: image "images/evil.html" must be an SVG, PNG, JPEG, GIF or WebP file: only pictures are published`,
      `${article}:${lines[3]}: image "images/page.png" is named .png but is not a PNG picture inside (another kind of file renamed?)`,
      `${article}:${lines[4]}: image "images/page.svg" is named .svg but is not an SVG picture inside (another kind of file renamed?)`,
      `${article}:${lines[5]}: image "images/photo.png" is named .png but is really a JPEG picture: rename it to end in .jpg`,
    ]);
  });

  test('a picture over 10 MB is refused without reading it whole', async () => {
    const dir = await copySite();
    await bigPng(join(dir, 'content/images/huge.png'), 11 * 1024 * 1024);
    const line = await addLine(dir, '![大图](images/huge.png)');
    assert.deepEqual(await problemsOf(dir), [
      `${article}:${line}: image "images/huge.png" is 11.0 MB; the limit for images is 10 MB: make it smaller`,
    ]);
  });

  test('a cover is checked like a picture in the body', async () => {
    const dir = await copySite();
    const text = await readFile(join(dir, article), 'utf8');
    await writeFile(join(dir, article), text.replace('category:', 'cover: ../logo.svg\ncategory:'));
    assert.deepEqual(await problemsOf(dir), [
      `${article}:4: image "../logo.svg" is outside content/: put the file in content/images/`,
    ]);
  });
});

describe('what a good site publishes', () => {
  let out;
  before(async () => {
    const dir = await copySite();
    const images = join(dir, 'content/images');
    await writeFile(join(images, 'photo.jpg'), jpeg(64, 32));
    await writeFile(join(images, 'chart.png'), png(30, 20));
    await writeFile(join(images, 'cover.png'), png(1200, 630));
    await addLine(dir, '![照片](images/photo.jpg) ![图表](images/chart.png)');
    const text = await readFile(join(dir, article), 'utf8');
    await writeFile(
      join(dir, article),
      text.replace('category:', 'cover: images/cover.png\ncategory:'),
    );
    // Not referenced by any page: none of these may be published.
    await writeFile(join(images, '.env'), 'SECRET=1\n');
    await mkdir(join(images, '.git'));
    await writeFile(join(images, '.git/config'), '[core]\n');
    await writeFile(join(images, 'draft.png'), png(5, 5));
    await writeFile(join(images, 'evil.html'), '<script>alert(1)</script>');
    await symlink('/etc', join(images, 'etc'));
    out = (await buildSite(dir, { relativeTo: dir })).outDir;
  });

  test('only the pictures pages use, at their images/… paths', async () => {
    // Pages, scripts, the search index and the build's own stamp and manifest aside.
    const published = (await files(out)).filter(
      (f) => !/\.(html|js|css|xml|txt)$|^pagefind\/|^\.qiaoxin-(portal|build\.json)$/.test(f),
    );
    assert.deepEqual(
      published.filter((f) => !f.startsWith('assets/')),
      ['images/chart.png', 'images/cover.png', 'images/performance.svg', 'images/photo.jpg'],
    );
    assert.deepEqual(
      published.filter((f) => f.startsWith('assets/')).map((f) => f.replace(/-\w+\./, '-#.')),
      // The logo, the accessibility toolbar's large cursors and a social card (og:image) per edition.
      [
        'assets/card-#.png',
        'assets/card-#.png',
        'assets/card-#.png',
        'assets/cursor-black-#.svg',
        'assets/cursor-white-#.svg',
        'assets/logo-#.svg',
      ],
    );
    assert.deepEqual(await readFile(join(out, 'images/photo.jpg')), jpeg(64, 32));
  });

  test('an article with a PNG cover shares the cover as its og:image, with its size', async () => {
    const html = await readFile(join(out, 'gzzs/five-year-review/index.html'), 'utf8');
    const og = (key) => new RegExp(`property="og:image${key}" content="([^"]+)"`).exec(html)?.[1];
    assert.equal(og(''), 'https://www.example.org/jinshan/images/cover.png');
    assert.deepEqual([og(':type'), og(':width'), og(':height')], ['image/png', '1200', '630']);
  });

  test('every picture in a page has its width and height, JPEG included', async () => {
    const html = await readFile(join(out, 'gzzs/five-year-review/index.html'), 'utf8');
    assert.match(html, /<img src="\/jinshan\/images\/photo.jpg" width="64" height="32"/);
    assert.match(html, /<img src="\/jinshan\/images\/chart.png" width="30" height="20"/);
    assert.match(html, /<img src="\/jinshan\/images\/performance.svg" width="640" height="360"/);
  });
});
