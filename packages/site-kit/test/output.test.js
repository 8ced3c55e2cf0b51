// `--out` may only name a folder a build may replace: a new or empty folder, one a previous
// build wrote (it holds the .qiaoxin-portal stamp) or the site's own dist. Each way to point a
// build at someone's files is tried on a copy of the Jinshan site with the real CLI, and each
// must stop with a message naming the folder, leaving every file where it was.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import getPort from 'get-port';
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, copySite, edit, hasStack, leftovers, printed, read, start } from './support/cli.js';

let temp, site;

before(async () => {
  temp = await mkdtemp(join(tmpdir(), 'qx-output-'));
  site = await copySite(join(temp, 'work'));
});
after(() => rm(temp, { recursive: true, force: true }));

/** Everything under `dir`, so a refused build can be shown to have changed nothing. */
async function tree(dir) {
  return (await readdir(dir, { recursive: true })).sort();
}

/** Runs a build that must be refused, and checks it said why, named the folder, wrote nothing. */
async function refused(args, { cwd = site, named, why, watch = temp }) {
  const before = await tree(watch);
  const { code, stdout, stderr } = await cli(['build', ...args], { cwd });
  assert.equal(code, 1, `refused, not built:\n${stdout}${stderr}`);
  assert.ok(stderr.includes(named), `the message names ${named}:\n${stderr}`);
  assert.match(stderr, why);
  assert.ok(!hasStack(stderr), `no stack trace:\n${stderr}`);
  assert.deepEqual(await tree(watch), before, 'nothing was changed');
}

describe('refused outputs', () => {
  test('--out . inside the site folder', () =>
    refused(['.', '--out', '.'], { named: site, why: /it is the site folder itself/ }));

  test('the site folder spelt another way: x/../. and a symlink to it', async () => {
    await refused(['.', '--out', 'content/../.'], { named: site, why: /site folder itself/ });
    const link = join(temp, 'link-to-site');
    await symlink(site, link);
    await refused(['.', '--out', link], { named: site, why: /site folder itself/ });
  });

  test('--out content (or any folder inside the site but dist)', async () => {
    await refused(['.', '--out', 'content'], {
      named: join(site, 'content'),
      why: /inside the site folder, where the only output folder is dist/,
    });
    await refused(['.', '--out', 'content/new'], { named: 'content/new', why: /inside the site/ });
  });

  test('--out .. and any other folder around the site (so the repository around it too)', async () => {
    await refused(['.', '--out', '..'], {
      named: join(temp, 'work'),
      why: /contains the site folder/,
    });
    await refused(['.', '--out', '../..'], { named: temp, why: /contains the site folder/ });
  });

  test('a folder that contains the current folder', async () => {
    const cwd = join(temp, 'cwd', 'inner');
    await mkdir(cwd, { recursive: true });
    await refused([site, '--out', '..'], { cwd, named: join(temp, 'cwd'), why: /current folder/ });
  });

  test('an existing file', async () => {
    const file = join(temp, 'notes.txt');
    await writeFile(file, 'my notes');
    await refused(['.', '--out', file], { named: file, why: /it is a file, not a folder/ });
    assert.equal(await read(temp, 'notes.txt'), 'my notes');
  });

  test('a folder of files no build wrote', async () => {
    const mine = join(temp, 'mine');
    await mkdir(mine);
    await writeFile(join(mine, 'thesis.md'), 'years of work');
    await refused(['.', '--out', mine], { named: mine, why: /no \.qiaoxin-portal stamp/ });
  });

  test('a Git repository or a workspace root, even with a stamp', async () => {
    const repo = join(temp, 'repo');
    await mkdir(join(repo, '.git'), { recursive: true });
    await writeFile(join(repo, '.qiaoxin-portal'), '');
    await refused(['.', '--out', repo], { named: repo, why: /Git repository/ });
    const mono = join(temp, 'mono');
    await mkdir(mono);
    await writeFile(join(mono, 'package.json'), '{"workspaces": ["sites/*"]}');
    await refused(['.', '--out', mono], { named: mono, why: /package\.json workspaces/ });
  });
});

describe('accepted outputs', () => {
  test('a new folder: built, stamped, and built again in place', async () => {
    const out = join(temp, 'portal');
    const first = await cli(['build', site, '--out', out]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(await read(out, 'index.html'), /<html lang="zh-CN">/);
    assert.match(await read(out, '.qiaoxin-portal'), /qiaoxin-site build/);
    await writeFile(join(out, 'stale.html'), 'from before');
    const second = await cli(['build', site, '--out', out]);
    assert.equal(second.code, 0, second.stderr);
    assert.ok(!(await readdir(out)).includes('stale.html'), 'replaced as a whole');
    assert.deepEqual(await leftovers(out), []);
  });

  test('an empty folder', async () => {
    const out = join(temp, 'empty');
    await mkdir(out);
    const { code, stderr } = await cli(['build', site, '--out', out]);
    assert.equal(code, 0, stderr);
    assert.ok((await readdir(out)).includes('index.html'));
  });

  test('the default dist, even one an older version wrote without a stamp', async () => {
    const dist = join(site, 'dist');
    await mkdir(dist, { recursive: true });
    await writeFile(join(dist, 'index.html'), 'old portal');
    const { code, stderr } = await cli(['build'], { cwd: site });
    assert.equal(code, 0, stderr);
    assert.match(await read(dist, 'index.html'), /<html lang="zh-CN">/);
    assert.deepEqual(await leftovers(dist), []);
  });
});

describe('dev mode', () => {
  test('a site that does not load is not built or served', async () => {
    const broken = await copySite(join(temp, 'broken'));
    await writeFile(join(broken, 'site.config.json'), '{"id": "jinshan"');
    // A temporary folder of its own: other tests' dev servers make theirs in the shared one.
    const own = await mkdtemp(join(temp, 'tmp-'));
    const run = start(['dev', broken, '--port', String(await getPort())], {
      env: { TMPDIR: own },
    });
    try {
      // Either dev stops, or (the bug) it builds anyway and serves.
      await Promise.race([run.exited, printed(run, /Portal:/)]);
      assert.deepEqual(await readdir(own), [], 'no dev folder was made');
      assert.notEqual(run.child.exitCode, null, 'dev stopped rather than serving');
      assert.equal(await run.exited, 1);
      assert.match(run.stderr, /site\.config\.json:\d+: /);
    } finally {
      run.child.kill('SIGKILL');
    }
  });

  test('a basePath with .. never builds outside the dev folder', async () => {
    const dir = await copySite(join(temp, 'escape'));
    // Where `tmpdir/qiaoxin-dev/jinshan` + basePath led before: a folder of someone's files.
    const victim = await mkdtemp(join(tmpdir(), 'qx-victim-'));
    await writeFile(join(victim, 'keep.txt'), 'keep me');
    const name = victim.slice(tmpdir().length + 1);
    await edit(dir, 'site.config.json', (t) =>
      t.replace(/"basePath": "[^"]*"/, `"basePath": "/../../${name}/"`),
    );
    const run = start(['dev', dir, '--port', String(await getPort())]);
    try {
      // Either dev refuses and ends, or (the bug) it builds into the victim and serves.
      await Promise.race([run.exited, printed(run, /Portal:/)]);
      assert.deepEqual(await readdir(victim), ['keep.txt'], 'the folder outside is untouched');
      assert.notEqual(run.child.exitCode, null, 'dev stopped rather than serving');
      assert.equal(await run.exited, 1);
      assert.match(run.stderr, /basePath/);
      assert.ok(!hasStack(run.stderr), run.stderr);
    } finally {
      run.child.kill('SIGKILL');
      await rm(victim, { recursive: true, force: true });
    }
  });
});
