// What a webmaster sees when `npm run build` fails: our message must be the last thing printed.
// Measured with npm 11: in a site folder of its own (not a workspace of this repository), npm
// prints only its "> qiaoxin-site build" banner before the script and nothing after it; with
// `--silent` not even the banner. (Inside this repository's workspaces npm always adds its
// "npm error Lifecycle script `build` failed" lines after a failed script: only `--silent`
// leaves them out, which is what the guide says.) The site here is a real copy of sites/jinshan
// with the real CLI as its node_modules/.bin/qiaoxin-site, run by the real npm.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cli, edit, englishEnv, tempSites } from './helpers/site-copy.js';

let sites;
let dir;
/** A workspace root like this repository's (`"workspaces": ["sites/*"]`) and its site. */
let root;
let member;
before(async () => {
  sites = await tempSites('jinshan', 'qx-npm-');
  dir = await brokenSite(await sites.copy());
  root = join(sites.path, 'workspace');
  member = await brokenSite(await sites.copy('workspace/sites'));
  await writeFile(
    join(root, 'package.json'),
    JSON.stringify({ name: 'portals', private: true, workspaces: ['sites/*'] }),
  );
});
after(() => sites.remove());

/** The copy with the real CLI as its qiaoxin-site and a full-width colon in about.md. */
async function brokenSite(copy) {
  await rm(join(copy, 'node_modules'), { recursive: true, force: true });
  await mkdir(join(copy, 'node_modules/.bin'), { recursive: true });
  await symlink(cli, join(copy, 'node_modules/.bin/qiaoxin-site'));
  await edit(copy, 'content/about.md', (text) => text.replace(/^title: /m, 'title：'));
  return copy;
}

/** `npm run build …` in `cwd`, stdout and stderr in the one order a terminal shows them. */
function npmRun(args, cwd = dir) {
  return new Promise((resolve, reject) => {
    // One pipe for both streams: the order of our lines and npm's is what is tested.
    const child = spawn('sh', ['-c', 'npm run build "$@" 2>&1', 'sh', ...args], {
      cwd,
      env: englishEnv({ LANG: 'zh_CN.UTF-8', npm_config_update_notifier: 'false' }),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, lines: output.trim().split('\n') }));
  });
}

const problem =
  'content/about.md:2: “title：”用了全角冒号“：”（中文输入法的默认）；请改成英文冒号加一个空格：title: 简介';
const summary = '网站文件夹里有 1 个问题';

test('npm run build: the build fails with our message last, no npm error after it', async () => {
  const { code, lines } = await npmRun([]);
  assert.equal(code, 1, lines.join('\n'));
  assert.deepEqual(lines.slice(-2), [problem, summary], lines.join('\n'));
  assert.ok(!lines.some((l) => l.startsWith('npm error')), lines.join('\n'));
});

test('npm run build --silent: only our message', async () => {
  const { code, lines } = await npmRun(['--silent']);
  assert.equal(code, 1, lines.join('\n'));
  assert.deepEqual(lines, [problem, summary]);
});

// Inside a workspace (this repository's sites) npm adds its "npm error Lifecycle script `build`
// failed" lines after any failed script, and nothing a site or the repository can set removes
// them for `npm run build` alone: npm ignores a site folder's own .npmrc there ("ignoring
// workspace config"), and `loglevel=silent` in the root .npmrc would hide npm's errors from every
// other command too. `--silent` on the command line does it, which is what the guide says; these
// tests hold npm to that, in both ways the guide's readers run a build.
test('in a workspace, npm run build --silent -w <site>: only our message', async () => {
  const { code, lines } = await npmRun(['--silent', '-w', 'sites/jinshan'], root);
  assert.equal(code, 1, lines.join('\n'));
  assert.deepEqual(lines, [problem, summary]);
});

test('in a workspace site folder, npm run build --silent: only our message', async () => {
  const { code, lines } = await npmRun(['--silent'], member);
  assert.equal(code, 1, lines.join('\n'));
  assert.deepEqual(lines, [problem, summary]);
});

test('in a workspace, without --silent npm still adds its lines (why the guide says --silent)', async () => {
  const { code, lines } = await npmRun([], member);
  assert.equal(code, 1, lines.join('\n'));
  assert.ok(lines.includes(summary), lines.join('\n'));
  assert.match(lines.at(-1), /^npm error /, lines.join('\n'));
});
