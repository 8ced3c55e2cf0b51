// The CLI, run as a webmaster runs it, on copies of sites/jinshan with files that used to hang
// the build (/dev/zero, a pipe) or run scripts on the portal's address (SVG with onload,
// <script>, javascript: links). Each build must end, with a plain file:line: message or with
// sanitised pictures. Path and type checks are in files.test.js.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { lstat, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import {
  addLine,
  cli,
  englishEnv,
  copySite as copyReal,
  jinshanArticle as article,
  setLogo,
  useTemp,
} from './helpers/site-copy.js';

/**
 * Far longer than a build of jinshan takes, even on a loaded CI machine (90 s seen there); only
 * a hung build reaches it.
 */
const limit = 300_000;
const temp = useTemp('qx-files-cli-');
let count = 0;

const copySite = () => copyReal(join(temp.path, `case${++count}`));

/** Runs `qiaoxin-site build` in the site folder until it exits; a build that hangs fails. */
function build(dir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'build'], { cwd: dir, env: englishEnv() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the build did not end within ${limit / 1000} s: it hangs`));
    }, limit);
    child.on('close', (code) => {
      clearTimeout(guard);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Expects the build to stop with exactly these problems. */
async function assertRefused(dir, problems) {
  const { code, stderr } = await build(dir);
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'} in the site folder`;
  assert.equal(stderr, [...problems, count, ''].join('\n'));
  assert.equal(code, 1);
}

describe('devices and pipes end the build with a message', () => {
  test('/dev/zero as the logo, directly or through a link', async () => {
    const dir = await copySite();
    const zero = relative(dir, '/dev/zero'); // ../../../../dev/zero under /tmp
    const line = await setLogo(dir, zero);
    await assertRefused(dir, [
      `site.config.json:${line}: logo "${zero}" is outside the site folder: put the file in the site folder`,
    ]);
    await symlink('/dev/zero', join(dir, 'zero.png'));
    await setLogo(dir, 'zero.png');
    await assertRefused(dir, [
      `site.config.json:${line}: logo "zero.png" is a link to a file outside the site folder: copy the file itself into the site folder`,
    ]);
  });

  test('/dev/zero linked as a picture, a pipe and a device inside content/images', async (t) => {
    const dir = await copySite();
    const images = join(dir, 'content/images');
    await symlink('/dev/zero', join(images, 'zero.png'));
    execFileSync('mkfifo', [join(images, 'pipe.png')]);
    const lines = [
      await addLine(dir, '![零](images/zero.png)'),
      await addLine(dir, '![管道](images/pipe.png)'),
    ];
    const expected = [
      `${article}:${lines[0]}: image "images/zero.png" is a link to a file outside content/: copy the file itself into content/images/`,
      `${article}:${lines[1]}: image "images/pipe.png" is not an ordinary file (it is a device or a pipe)`,
    ];
    try {
      // The same device as /dev/zero, made inside the folder; needs root.
      execFileSync('mknod', [join(images, 'device.png'), 'c', '1', '5'], { stdio: 'ignore' });
      const line = await addLine(dir, '![设备](images/device.png)');
      expected.push(
        `${article}:${line}: image "images/device.png" is not an ordinary file (it is a device or a pipe)`,
      );
    } catch {
      t.diagnostic('mknod is not allowed here (not root): the device case is left out');
    }
    await assertRefused(dir, expected);
  });
});

describe('pictures that could run scripts are published harmless', () => {
  const evil = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="30" onload="alert(1)">
  <script>alert(document.cookie)</script>
  <a href="javascript:alert(2)"><rect width="40" height="30" fill="#c00" onclick="alert(3)"/></a>
  <a xlink:href="javascript:alert(4)"><circle r="5"/></a>
  <foreignObject><body xmlns="http://www.w3.org/1999/xhtml"><iframe src="javascript:alert(5)"/></body></foreignObject>
</svg>
`;
  let out;
  before(async () => {
    const dir = await copySite();
    await writeFile(join(dir, 'content/images/chart.svg'), evil);
    await writeFile(join(dir, 'logo.svg'), evil);
    await addLine(dir, '![图表](images/chart.svg)');
    await writeFile(join(dir, 'content/images/evil.svg'), evil); // not referenced
    await symlink('/etc', join(dir, 'content/images/etc'));
    const { code, stderr } = await build(dir);
    // Nothing but the seed site's placeholder warnings (see placeholders.test.js).
    const other = stderr
      .split('\n')
      .filter((l) => l && !/^warning: |placeholder\(s\) or warning\(s\) left/.test(l));
    assert.deepEqual(other, []);
    assert.equal(code, 0);
    out = join(dir, 'dist');
  });

  test('an SVG in an article and the logo lose every script, handler and javascript: link', async () => {
    const logo = (await readdir(join(out, 'assets'))).find((f) => /^logo-\w+\.svg$/.test(f));
    assert.ok(logo, 'the logo is published');
    for (const file of ['images/chart.svg', `assets/${logo}`]) {
      const svg = await readFile(join(out, file), 'utf8');
      assert.doesNotMatch(svg, /script|onload|onclick|javascript:|foreignObject|iframe/i, file);
      assert.match(svg, /<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* width="40" height="30"/);
      assert.match(svg, /<rect width="40" height="30" fill="#c00"\/>/, `${file} keeps its drawing`);
    }
    const page = await readFile(join(out, 'gzzs/five-year-review/index.html'), 'utf8');
    assert.match(page, /<img src="\/jinshan\/images\/chart.svg" width="40" height="30"/);
  });

  test('the output holds no links and nothing no page refers to', async () => {
    const walk = async (folder) => {
      for (const name of await readdir(folder)) {
        const stat = await lstat(join(folder, name));
        assert.ok(!stat.isSymbolicLink(), `${join(folder, name)} is a link`);
        if (stat.isDirectory()) await walk(join(folder, name));
      }
    };
    await walk(out);
    assert.deepEqual((await readdir(join(out, 'images'))).sort(), ['chart.svg', 'performance.svg']);
  });
});
