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
import { mkdir, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { cli, edit, englishEnv, tempSites } from './helpers/site-copy.js';

let sites;
let dir;
before(async () => {
  sites = await tempSites('jinshan', 'qx-npm-');
  dir = await sites.copy();
  await rm(join(dir, 'node_modules'), { recursive: true, force: true });
  await mkdir(join(dir, 'node_modules/.bin'), { recursive: true });
  await symlink(cli, join(dir, 'node_modules/.bin/qiaoxin-site'));
  await edit(dir, 'content/about.md', (text) => text.replace(/^title: /m, 'title：'));
});
after(() => sites.remove());

/** `npm run build …` in the copy, stdout and stderr in the one order a terminal shows them. */
function npmRun(args) {
  return new Promise((resolve, reject) => {
    // One pipe for both streams: the order of our lines and npm's is what is tested.
    const child = spawn('sh', ['-c', 'npm run build "$@" 2>&1', 'sh', ...args], {
      cwd: dir,
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
