// The screenshot tests' own parts, without a browser: the comparison (tolerance, report files,
// the missing-baseline message, updating) and the page table found from a build.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PNG } from 'pngjs';
import { pageTable } from '../lib/themed-demo.js';
import { compareWithBaseline, failureAdvice, tolerance, writeReport } from '../lib/visual.js';

const temp = mkdtempSync(join(tmpdir(), 'portal-shots-unit-'));
after(() => rmSync(temp, { recursive: true, force: true }));

/** A white 100×100 PNG with `dark` pixels of its first row(s) black. */
function png(dark = 0) {
  const image = new PNG({ width: 100, height: 100 });
  image.data.fill(255);
  for (let i = 0; i < dark; i++) image.data.fill(0, i * 4, i * 4 + 3);
  return PNG.sync.write(image);
}

test('a shot within the tolerance passes; one beyond it fails, naming the diff it wrote', () => {
  const baselines = join(temp, 'a/baselines');
  const report = join(temp, 'a/report');
  mkdirSync(baselines, { recursive: true });
  writeFileSync(join(baselines, 'x.png'), png());
  const options = { update: false, baselines, report };
  // 0.1 % of 10 000 pixels: 10 may differ.
  assert.equal(tolerance.maxDiffRatio, 0.001);
  assert.equal(compareWithBaseline('x', png(10), options), undefined);
  const message = compareWithBaseline('x', png(200), options);
  assert.match(message, /x: 200 pixels differ \(2\.00 %/);
  const diff = join(report, 'x.diff.png');
  assert.ok(message.includes(diff), message);
  assert.match(failureAdvice(report), /report\.html.*npm run test:update-screenshots/);
  assert.equal(PNG.sync.read(readFileSync(diff)).width, 100);
  assert.ok(existsSync(join(report, 'x.actual.png')));
  const html = readFileSync(writeReport(report), 'utf8');
  assert.match(html, /x\.diff\.png/);
  assert.match(html, /200 pixels differ/);
  // The baseline is untouched by a failed comparison.
  assert.deepEqual(readFileSync(join(baselines, 'x.png')), png());
});

test('a shot of another size fails and keeps the actual shot', () => {
  const baselines = join(temp, 'b/baselines');
  const report = join(temp, 'b/report');
  mkdirSync(baselines, { recursive: true });
  const tall = new PNG({ width: 100, height: 120 });
  tall.data.fill(255);
  writeFileSync(join(baselines, 'y.png'), PNG.sync.write(tall));
  const message = compareWithBaseline('y', png(), { update: false, baselines, report });
  assert.match(message, /size 100×100, baseline 100×120/);
  assert.ok(message.includes(join(report, 'y.actual.png')));
});

test('a missing baseline fails naming the update command, and is never created then', () => {
  const baselines = join(temp, 'c/baselines');
  const report = join(temp, 'c/report');
  const message = compareWithBaseline('z', png(), { update: false, baselines, report });
  assert.match(message, /z: no baseline .*z\.png/);
  assert.ok(message.includes('npm run test:update-screenshots'), message);
  assert.equal(existsSync(join(baselines, 'z.png')), false);
});

test('updating writes missing and changed baselines, and leaves matching ones alone', () => {
  const baselines = join(temp, 'd/baselines');
  const report = join(temp, 'd/report');
  const options = { update: true, baselines, report };
  assert.equal(compareWithBaseline('new', png(), options), undefined);
  assert.deepEqual(readFileSync(join(baselines, 'new.png')), png());
  assert.equal(compareWithBaseline('new', png(5), options), undefined);
  assert.deepEqual(readFileSync(join(baselines, 'new.png')), png(), 'within tolerance: kept');
  assert.equal(compareWithBaseline('new', png(500), options), undefined);
  assert.deepEqual(readFileSync(join(baselines, 'new.png')), png(500), 'changed: rewritten');
  assert.equal(existsSync(report), false, 'no report while updating');
});

/** A fake build: each key a page under dist, each value its HTML. */
function fakeBuild(name, files) {
  const dist = join(temp, name, 'dist');
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), html);
  }
  return { id: 'demo', basePath: '/demo/', dist };
}

const article = '<meta property="og:type" content="article">';

test('the page table finds every page type from the build, the notice and topic by their links', () => {
  const built = fakeBuild('e', {
    'index.html':
      '<qx-topic-banner lang="zh-CN" href="/demo/topics/hqhx/" image="/i.jpg">华侨</qx-topic-banner>',
    'tzgg/index.html': '<qx-notice-list><qx-notice-item href="/demo/tzgg/n1/" pinned>通知',
    'tzgg/n1/index.html': article,
    'qldt/index.html': '<qx-news-list>',
    'qldt/a/index.html': article,
    'qldt/b/index.html': article,
    'topics/hqhx/index.html': '',
    'about/index.html': '',
    'search/index.html': '',
    'en/tzgg/index.html': '<qx-notice-item href="/demo/en/tzgg/n1/">',
  });
  const config = { categories: [{ id: 'tzgg' }, { id: 'qldt' }] };
  assert.deepEqual(pageTable(built, config), {
    home: { path: '/demo/' },
    section: { path: '/demo/qldt/' },
    article: { path: '/demo/qldt/a/' },
    notice: { path: '/demo/tzgg/n1/' },
    topic: { path: '/demo/topics/hqhx/' },
    about: { path: '/demo/about/' },
    search: { path: '/demo/search/' },
    404: { path: '/demo/404.html' },
  });
});

test('a page type the build lacks is an error naming it, not a page left out', () => {
  const built = fakeBuild('f', {
    'index.html': '',
    'qldt/index.html': '<qx-news-list>',
    'about/index.html': '',
    'search/index.html': '',
  });
  const table = pageTable(built, { categories: [{ id: 'qldt' }] });
  assert.match(table.notice.error, /sites\/demo has no notice page: no <qx-notice-item href>/);
  assert.match(table.topic.error, /no <qx-topic-banner href>/);
  assert.match(table.section.error, /no section page/);
  assert.match(table.article.error, /no article page/);
  assert.deepEqual(table.home, { path: '/demo/' });
});
