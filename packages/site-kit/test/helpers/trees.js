// Whole output folders compared file for file and byte for byte (not a test itself).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { files } from './site-copy.js';

/** Every file of an output with its bytes, for comparing two outputs. */
export async function tree(dir) {
  const names = await files(dir);
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n))])));
}

export function assertSameTree(actual, expected, what) {
  const a = [...actual.keys()];
  const e = [...expected.keys()];
  assert.deepEqual(a, e, `${what}: the same files`);
  const differ = a.filter((n) => !actual.get(n).equals(expected.get(n)));
  assert.deepEqual(differ, [], `${what}: the same bytes`);
}
