// The generated folder builds as it is, and every refusal leaves the disk untouched.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildSite, loadSite } from '@qiaoxin/site-kit';
import * as prettier from 'prettier';
import { createSite, CreateSiteError, themeSchemaFrom } from '../src/index.js';

const bin = fileURLToPath(new URL('../bin/create-qiaoxin-site.js', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

let temp;
before(() => {
  temp = mkdtempSync(join(tmpdir(), 'create-qiaoxin-site-'));
});
after(() => rmSync(temp, { recursive: true, force: true }));

/** Runs the CLI with stdin not a terminal; resolves with { code, stdout, stderr }. */
async function run(args, { cwd = temp } = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], {
      cwd,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

/** Every file under a folder, relative, sorted. */
function tree(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();
}

const good = [
  '--name-zh',
  '上海市测试区归国华侨联合会',
  '--name-en',
  'Ceshi District Federation of Returned Overseas Chinese',
  '--primary',
  '#00606B',
];

describe('a new site', () => {
  let sites, dir, result;
  before(async () => {
    sites = join(temp, 'new', 'sites');
    result = await run(['ceshi', ...good, '--dir', sites]);
    dir = join(sites, 'ceshi');
  });

  test('is written by the CLI with flags', () => {
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Created .*ceshi\/ \(7 files\)/);
    assert.deepEqual(tree(dir), [
      'content/about.md',
      'content/articles/welcome.md',
      'content/data/stats.json',
      'logo.svg',
      'package.json',
      'site.config.json',
      'theme.json',
    ]);
    assert.deepEqual(readdirSync(sites), ['ceshi'], 'no temporary folder is left');
  });

  test('has the names, colour, base path and workspace package', () => {
    const config = JSON.parse(readFileSync(join(dir, 'site.config.json'), 'utf8'));
    assert.equal(config.id, 'ceshi');
    assert.deepEqual(config.name, {
      zh: '上海市测试区归国华侨联合会',
      en: 'Ceshi District Federation of Returned Overseas Chinese',
    });
    assert.deepEqual(config.shortName, { zh: '上海市测试区侨联', en: 'Ceshi District FROC' });
    assert.equal(config.basePath, '/ceshi/');
    assert.equal(config.siteUrl, 'https://www.example.org/ceshi/');
    assert.deepEqual(
      config.nav.map((n) => n.zh),
      ['首页', '侨联动态', '通知公告', '简介'],
    );
    assert.match(config.footer.icp, /待填写/);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'theme.json'), 'utf8')), {
      primary: '#00606b',
    });
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    assert.equal(pkg.name, '@qiaoxin-site/ceshi');
    assert.equal(pkg.private, true);
    assert.deepEqual(pkg.scripts, { build: 'qiaoxin-site build', dev: 'qiaoxin-site dev' });
    assert.ok(pkg.devDependencies['@qiaoxin/site-kit']);
    const logo = readFileSync(join(dir, 'logo.svg'), 'utf8');
    assert.match(logo, /fill="#00606b"/);
    assert.match(logo, />上<\/text>/);
  });

  test('is valid for site-kit: the sample article has a ## section and the home figures', async () => {
    const site = await loadSite(dir);
    assert.equal(site.articles.length, 1);
    assert.deepEqual(
      site.articles[0].headings.map((h) => h.text),
      ['栏目介绍'],
    );
    assert.deepEqual(site.config.home.stats, ['overview']);
  });

  test('builds with buildSite into every page, in both languages', async () => {
    const { pages } = await buildSite(dir, { outDir: join(temp, 'new', 'dist') });
    const paths = pages.map((p) => p.replace(/\\/g, '/')).sort();
    const expected = ['', 'about/', 'qldt/', 'qldt/welcome/', 'sitemap/', 'tzgg/'].flatMap((p) => [
      `${p}index.html`,
      `en/${p}index.html`,
    ]);
    for (const file of [...expected, '404.html', 'en/404.html'])
      assert.ok(existsSync(join(temp, 'new', 'dist', file)), `dist/${file}`);
    assert.ok(paths.length >= expected.length + 2, paths.join(', '));
    const home = readFileSync(join(temp, 'new', 'dist', 'index.html'), 'utf8');
    assert.match(home, /侨联概况/);
    assert.match(home, /上海市测试区侨联网站开通/);
  });

  test('is formatted the way the repo’s Prettier check wants it', async () => {
    const options = await prettier.resolveConfig(join(repoRoot, 'package.json'));
    for (const file of tree(dir)) {
      // node_modules/ holds what the build above cached (site-kit's parse cache), not ours.
      if (file.endsWith('.svg') || file.startsWith(`node_modules${sep}`)) continue;
      const source = readFileSync(join(dir, file), 'utf8');
      const ok = await prettier.check(source, { ...options, filepath: join(dir, file) });
      assert.ok(ok, `${file} is not Prettier-formatted`);
    }
  });
});

test('theme.json points at site-kit’s schema when the new folder can find site-kit', () => {
  const inRepo = themeSchemaFrom(join(repoRoot, 'sites', 'not-yet'));
  if (existsSync(join(repoRoot, 'packages/site-kit/schema/theme.schema.json')))
    assert.equal(inRepo, '../../packages/site-kit/schema/theme.schema.json');
  else assert.equal(inRepo, undefined);
  assert.equal(themeSchemaFrom(join(temp, 'elsewhere', 'sites', 'x')), undefined);
});

describe('refusals write nothing', () => {
  const cases = [
    ['an id with capitals', ['Ceshi', ...good], /the id "Ceshi" must be lower-case letters/],
    ['an id with _', ['ce_shi', ...good], /the id "ce_shi"/],
    [
      'a colour that is not a CSS colour',
      ['ceshi', ...good.slice(0, 4), '--primary', 'tael'],
      /主色 "tael" 不是可用的 CSS 颜色.* \/ the primary colour "tael" is not a CSS colour/,
    ],
    [
      'a low-contrast colour',
      ['ceshi', ...good.slice(0, 4), '--primary', '#ffcc00'],
      /主色 #ffcc00 对比度不足.*1\.51:1.*3:1.* \/ the primary colour #ffcc00 .*primary on surface is 1\.51:1, needs 3:1/,
    ],
    [
      'an empty Chinese name',
      ['ceshi', '--name-zh', ' ', ...good.slice(2)],
      /the Chinese name \(中文名称\) must not be empty/,
    ],
    ['a bad base path', ['ceshi', ...good, '--base-path', 'ceshi'], /base path "ceshi" must/],
  ];
  for (const [name, args, message] of cases) {
    test(name, async () => {
      const sites = join(temp, 'refused', 'sites');
      const result = await run([...args, '--dir', sites]);
      assert.equal(result.code, 1, result.stdout);
      assert.match(result.stderr, message);
      // Webmasters read Chinese first: every line of the tool's own is 中文 / English.
      assert.match(result.stderr, /没有写入任何文件 \/ nothing was written/);
      assert.equal(existsSync(join(temp, 'refused')), false, 'not even the sites folder');
    });
  }

  test('an id whose folder exists', async () => {
    const sites = join(temp, 'existing', 'sites');
    mkdirSync(join(sites, 'ceshi', 'content'), { recursive: true });
    const result = await run(['ceshi', ...good, '--dir', sites]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /ceshi already exists/);
    assert.deepEqual(readdirSync(sites), ['ceshi']);
    assert.deepEqual(readdirSync(join(sites, 'ceshi')), ['content']);
  });

  test('missing values without a terminal name the flags', async () => {
    const sites = join(temp, 'missing', 'sites');
    const result = await run(['ceshi', '--name-zh', '测试区侨联', '--dir', sites]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /缺少 --name-en, --primary（不在终端中，无法询问）/);
    assert.match(result.stderr, /missing --name-en, --primary/);
    assert.match(result.stderr, /^用法 \/ Usage: create-qiaoxin-site/m);
    assert.equal(existsSync(sites), false);
  });

  test('createSite throws every problem at once', () => {
    const dir = join(temp, 'api', 'sites');
    assert.throws(
      () => createSite({ id: '-ab', nameZh: '', nameEn: 'x', primary: '#fff', dir }),
      (error) =>
        error instanceof CreateSiteError &&
        error.problems.length === 3 &&
        /-ab/.test(error.problems[0]) &&
        /Chinese name/.test(error.problems[1]) &&
        /1\.00:1/.test(error.problems[2]),
    );
    assert.equal(existsSync(join(temp, 'api')), false);
  });
});
