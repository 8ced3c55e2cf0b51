// The root README tells developers to install Qiaoxin from `npm pack` tarballs until the first
// release. This runs that command exactly as the README writes it (only the destination folder
// is a temporary one) and checks it packs the three packages the README names.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { test } from 'node:test';

const root = fileURLToPath(new URL('../../../', import.meta.url));

test("the README's npm pack command packs tokens, i18n and components", async () => {
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  const line = readme.split('\n').find((l) => l.trim().startsWith('npm pack -w'));
  assert.ok(line, 'the README has an npm pack command');
  const args = line.trim().split(/\s+/).slice(1);
  const destination = args.indexOf('--pack-destination');
  assert.ok(destination > 0, 'the command names a destination');
  const dir = await mkdtemp(join(tmpdir(), 'qiaoxin-readme-pack-'));
  try {
    args[destination + 1] = dir;
    await promisify(execFile)('npm', args, { cwd: root });
    const packed = (await readdir(dir)).sort();
    assert.deepEqual(
      packed.map((f) => f.replace(/-\d+\.\d+\.\d+.*\.tgz$/, '')),
      ['qiaoxin-components', 'qiaoxin-i18n', 'qiaoxin-tokens'],
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
