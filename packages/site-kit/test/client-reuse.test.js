// The client bundle (Vite: the script every page loads and its lazy chunks) depends only on
// site-kit's code and the base path, so a build over a previous output whose manifest records
// the same bundle takes its files from there instead of bundling again; a new version of the
// code, or a bundle file missing from the output, makes it bundle again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useCopies, useTemp } from './helpers/site-copy.js';
import { assertSameTree, tree } from './helpers/trees.js';
import { cli } from './support/cli.js';

const copy = useCopies('qx-client-');
const temp = useTemp('qx-client-out-');

async function build(site, out) {
  const run = await cli(['build', site, '--out', out]);
  assert.equal(run.code, 0, run.stdout + run.stderr);
}

const manifestOf = async (out) =>
  JSON.parse(await readFile(join(out, '.qiaoxin-build.json'), 'utf8'));

test('a rebuild takes the client bundle from the output it rebuilds, while it is the same', async () => {
  const site = await copy('client');
  const out = join(temp.path, 'out');
  await build(site, out);
  const { client } = await manifestOf(out);
  assert.ok(client.files.length > 1, 'the manifest lists the entry and its chunks');
  const entry = client.files.find((file) => client.scripts.entry.endsWith(file));
  assert.ok(entry, `the entry ${client.scripts.entry} is among the files`);

  // Marked in the output: a build that takes the bundle from there keeps the mark.
  await appendFile(join(out, entry), '\n// taken from the previous output\n');
  await build(site, out);
  assert.match(await readFile(join(out, entry), 'utf8'), /taken from the previous output/);

  // Another version of the code (as the manifest says): bundled again, the mark is gone.
  const manifest = await manifestOf(out);
  manifest.client.code = 'another-version';
  await writeFile(join(out, '.qiaoxin-build.json'), JSON.stringify(manifest));
  await build(site, out);
  assert.doesNotMatch(await readFile(join(out, entry), 'utf8'), /taken from the previous output/);

  // A chunk missing from the output: bundled again, and the output is a cold build's.
  await unlink(
    join(
      out,
      client.files.find((file) => file !== entry),
    ),
  );
  await build(site, out);
  const cold = join(temp.path, 'cold');
  await build(site, cold);
  assertSameTree(await tree(out), await tree(cold), 'a rebuild after a chunk was removed');
});
