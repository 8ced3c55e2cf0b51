// The primary colour: the scaffolder accepts the colours the build accepts and refuses exactly
// what the build refuses, so it never rejects the build's own suggested colour.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildSite, loadSite } from '@qiaoxin/site-kit';
import { checkContrast } from '@qiaoxin/site-kit/theme';
import { checkField, contrastRatio, createSite, promptMissing } from '../src/index.js';

const bin = fileURLToPath(new URL('../bin/create-qiaoxin-site.js', import.meta.url));

let temp;
before(() => {
  temp = mkdtempSync(join(tmpdir(), 'create-qiaoxin-site-colour-'));
});
after(() => rmSync(temp, { recursive: true, force: true }));

/** Runs the CLI with stdin not a terminal; resolves with { code, stdout, stderr }. */
async function run(args) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], {
      cwd: temp,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

const names = ['--name-zh', '测试区归国华侨联合会', '--name-en', 'Ceshi FROC'];
const base = { nameZh: '测试区侨联', nameEn: 'Ceshi FROC' };
/** The build's suggestion for a colour it refuses. */
const nearestOf = (colour) => checkContrast({ primary: colour })[0]?.nearest;

describe('colours the build accepts', () => {
  for (const colour of ['oklch(45% 0.12 200)', 'teal']) {
    test(`${colour} is accepted, written as given, and the site builds`, async () => {
      const sites = join(temp, 'accepted', colour.replace(/\W+/g, '-'));
      const result = await run(['ceshi', ...names, '--primary', colour, '--dir', sites]);
      assert.equal(result.code, 0, result.stderr);
      const dir = join(sites, 'ceshi');
      const theme = JSON.parse(readFileSync(join(dir, 'theme.json'), 'utf8'));
      assert.equal(theme.primary, colour);
      // The emblem gets plain hex, which every SVG reader knows.
      assert.match(readFileSync(join(dir, 'logo.svg'), 'utf8'), /fill="#[0-9a-f]{6}"/);
      const { pages } = await buildSite(dir, { outDir: join(sites, 'dist') });
      assert.ok(pages.length > 0);
      assert.ok(existsSync(join(sites, 'dist', 'index.html')));
    });
  }

  for (const colour of ['#ffcc00', '#ffff00', '#eeeeee', '#777777', 'hsl(60 100% 50%)']) {
    test(`the build's own suggestion for ${colour} is accepted`, async () => {
      const nearest = nearestOf(colour);
      assert.ok(nearest, `the build refuses ${colour} and suggests a colour`);
      assert.equal(checkField('primary', nearest), undefined);
      const dir = join(temp, 'suggested', colour.replace(/\W+/g, '-'));
      const { dir: site } = createSite({ ...base, id: 'ceshi', primary: nearest, dir });
      await loadSite(site); // and the build takes it
    });
  }
});

test('refuses exactly the colours the build refuses', async () => {
  const { dir: site } = createSite({ ...base, id: 'probe', primary: '#00606b', dir: temp });
  const colours = [
    ...['#00606b', '#036', '#767676', '#777777', '#ffcc00', 'red', 'rebeccapurple', 'tael'],
    ...['rgb(0 96 107)', 'hsl(60 100% 50%)', '#00606b80', 'transparent', 'var(--x)'],
  ];
  for (const colour of colours) {
    writeFileSync(join(site, 'theme.json'), JSON.stringify({ primary: colour }));
    const buildRefuses = await loadSite(site).then(
      () => false,
      () => true,
    );
    const refused = checkField('primary', colour) !== undefined;
    assert.equal(refused, buildRefuses, `${colour}: scaffolder and build disagree`);
  }
});

test('a too-light colour is refused in Chinese and English, naming the nearest colour', async () => {
  const sites = join(temp, 'light', 'sites');
  const result = await run(['ceshi', ...names, '--primary', '#FFCC00', '--dir', sites]);
  assert.equal(result.code, 1, result.stdout);
  const nearest = nearestOf('#ffcc00');
  const line = result.stderr.split('\n').find((l) => l.includes('#ffcc00'));
  assert.ok(line, result.stderr);
  const [zh, en] = line.replace(/^create-qiaoxin-site: /, '').split(' / ');
  assert.match(zh, /^主色 #ffcc00 对比度不足：.*1\.51:1，至少需要 3:1/);
  assert.ok(zh.endsWith(`最接近的可用颜色：${nearest}`), zh);
  assert.match(en, /^the primary colour #ffcc00 .*primary on surface is 1\.51:1, needs 3:1/);
  assert.ok(en.includes(`nearest passing colour: ${nearest}`), en);
  assert.match(result.stderr, /nothing was written/);
  assert.equal(existsSync(sites), false);
});

test('the prompt offers the nearest colour, and takes it on Enter', async () => {
  const answers = ['#ffcc00', ''];
  const asked = [];
  const said = [];
  const values = await promptMissing(
    { id: 'ceshi', nameZh: '测试区侨联', nameEn: 'Ceshi FROC' },
    async (q) => (asked.push(q), answers.shift()),
    { dir: temp, say: (l) => said.push(l) },
  );
  const nearest = nearestOf('#ffcc00');
  assert.equal(values.primary, nearest);
  assert.match(said[0], /最接近的可用颜色/);
  assert.equal(asked[1], `改用 ${nearest}？Use ${nearest} instead? [Y/n] `);
});

test('contrastRatio is the build’s WCAG ratio, for any CSS colour', () => {
  assert.equal(contrastRatio('#000000', '#ffffff'), 21);
  assert.equal(contrastRatio('black', 'white'), 21);
  assert.equal(contrastRatio('#ffffff', '#ffffff'), 1);
  assert.equal(contrastRatio('#767676', '#ffffff').toFixed(2), '4.54'); // the AA grey
  assert.equal(contrastRatio('#777777', 'rgb(255 255 255)').toFixed(2), '4.48');
  assert.throws(() => contrastRatio('tael', '#fff'), /not a CSS colour: tael/);
});

test('#767676 is accepted and #777777 refused', () => {
  const dir = join(temp, 'grey', 'sites');
  createSite({ ...base, id: 'grey', primary: '#767676', dir });
  assert.throws(() => createSite({ ...base, id: 'lighter', primary: '#777777', dir }), /4\.47:1/);
});
