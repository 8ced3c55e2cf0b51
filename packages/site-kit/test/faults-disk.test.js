// A full disk, a read-only file system and an output that is a mount point, on real tmpfs
// mounts (root only): each ends with one clear line (no stack trace), no unfinished folder left
// filling the disk, and the previous portal intact.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, statfs, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, copySite, hasStack, leftovers, read, retitle } from './support/cli.js';

const root = process.getuid?.() === 0;
const skip = root ? false : 'mounting a tmpfs needs root (CI runs as root)';
let temp, site, portal;
const mounts = [];

function mount(dir, size, ...options) {
  execFileSync('mount', [
    '-t',
    'tmpfs',
    '-o',
    [`size=${size}`, ...options].join(','),
    'tmpfs',
    dir,
  ]);
  mounts.push(dir);
}

before(async () => {
  if (!root) return;
  temp = await mkdtemp(join(tmpdir(), 'qx-disk-'));
  site = await copySite(join(temp, 'work'));
  await retitle(site, '旧简介');
  portal = join(temp, 'portal');
  const { code, stderr } = await cli(['build', site, '--out', portal]);
  assert.equal(code, 0, stderr);
  await retitle(site, '新简介');
});

after(async () => {
  for (const dir of mounts.reverse()) execFileSync('umount', ['-l', dir]);
  if (temp) await rm(temp, { recursive: true, force: true });
});

/** A new 8 MB tmpfs `name` holding a copy of the portal: the disk and the portal's folder. */
async function portalOnNewDisk(name) {
  const disk = join(temp, name);
  await mkdir(disk);
  mount(disk, '8m');
  const out = join(disk, 'portal');
  await cp(portal, out, { recursive: true });
  return { disk, out };
}

/** Every file under `dir` with its content, to show a failed build changed nothing. */
async function snapshot(dir) {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name).slice(dir.length))
    .sort();
  return Promise.all(names.map(async (n) => [n, await read(dir, n)]));
}

/** A build that must fail with one line matching `message` and leave `out` as it was. */
async function failsCleanly(out, message) {
  const before = await snapshot(out);
  const { code, stdout, stderr } = await cli(['build', site, '--out', out]);
  assert.equal(code, 1, `the build fails:\n${stdout}${stderr}`);
  assert.match(stderr, message);
  assert.ok(out && stderr.includes(out), `the message names the output ${out}:\n${stderr}`);
  assert.ok(!hasStack(stderr), `no stack trace:\n${stderr}`);
  assert.equal(stderr.trim().split('\n').length, 1, `one line:\n${stderr}`);
  assert.deepEqual(await snapshot(out), before, 'the previous portal is intact');
  assert.deepEqual(await leftovers(out), [], 'no unfinished folder, no lock');
}

describe('output faults', { skip }, () => {
  test('a full disk', async () => {
    const { disk, out } = await portalOnNewDisk('full');
    // Leave room for a part of a portal only, so the build fails while it writes.
    const { bavail, bsize } = await statfs(disk);
    await writeFile(join(disk, 'filler'), Buffer.alloc(bavail * bsize - 600 * 1024));
    await failsCleanly(out, /the disk is full \(ENOSPC\)/);
    const after = await statfs(disk);
    assert.ok(after.bavail * after.bsize >= 590 * 1024, 'the space is given back');
  });

  test('a read-only file system', async () => {
    const { disk, out } = await portalOnNewDisk('readonly');
    execFileSync('mount', ['-o', 'remount,ro', disk]);
    await failsCleanly(out, /the file system is read-only \(EROFS\)/);
  });

  test('an output that is a mount point is refused before anything is built', async () => {
    const out = join(temp, 'mounted');
    await mkdir(out);
    mount(out, '8m');
    await cp(portal, out, { recursive: true });
    await failsCleanly(out, /it is a mount point.*build into a folder inside it/);
    // …which works.
    const inside = join(out, 'portal');
    const { code, stderr } = await cli(['build', site, '--out', inside]);
    assert.equal(code, 0, stderr);
    assert.match(await read(inside, 'about/index.html'), /新简介/);
  });
});
