// What a build takes from the output it rebuilds, as its manifest records it, while site-kit's
// code is the same. The client bundle (Vite: the script every page loads and its lazy chunks)
// depends only on the code and the base path: its files are taken from the output instead of
// bundling again, unless the code changed or a file is missing. Sanitised SVGs (the logo) are
// taken too, so jsdom is not loaded; another version of the code sanitises them again. Both
// are also kept in the site's cache folder, for a build into a new output.
import { test } from 'node:test';
import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { appendFile, readFile, readdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
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

/** The text of the SVG files in the output's assets/ (the logo among them). */
const svgsIn = async (out) => {
  const names = (await readdir(join(out, 'assets'))).filter((name) => name.endsWith('.svg'));
  return Promise.all(names.map((name) => readFile(join(out, 'assets', name), 'utf8')));
};

test('a rebuild takes the SVGs the previous build sanitised, while the code is the same', async () => {
  const site = await copy('svg');
  const out = join(temp.path, 'svg-out');
  await build(site, out);
  const { svg } = await manifestOf(out);
  // Recorded by a digest of the SVG's bytes.
  const logo = createHash('sha256')
    .update(await readFile(join(site, 'logo.svg')))
    .digest('base64url');
  assert.ok(svg.sanitised[logo], 'the manifest records the sanitised logo');

  // Another result recorded for the logo's bytes: a build that reuses it publishes that one.
  const manifest = await manifestOf(out);
  const marked =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><title>reused</title></svg>';
  manifest.svg.sanitised[logo] = Buffer.from(marked).toString('base64');
  await writeFile(join(out, '.qiaoxin-build.json'), JSON.stringify(manifest));
  await build(site, out);
  assert.ok((await svgsIn(out)).includes(marked), 'the recorded result is published');

  // Recorded by another version of the code: sanitised again, as a cold build does.
  const again = await manifestOf(out);
  again.svg.code = 'another-version';
  await writeFile(join(out, '.qiaoxin-build.json'), JSON.stringify(again));
  await build(site, out);
  assert.ok(!(await svgsIn(out)).includes(marked), 'sanitised again');
  const cold = join(temp.path, 'svg-cold');
  await build(site, cold);
  assertSameTree(await tree(out), await tree(cold), 'a rebuild after the code changed');
});

/** Rewrites the site's shared.v8 through `change(stored)`, as another version would. */
async function changeShared(site, change) {
  const file = join(site, 'node_modules/.cache/qiaoxin-site/shared.v8');
  const stored = deserialize(await readFile(file));
  change(stored);
  await writeFile(file, serialize(stored));
}

test('a build into a new output takes the client bundle and SVGs from the site’s cache folder', async () => {
  // In its place, the site's package: not the test file's one folder (helpers/site-copy.js).
  const { CACHE_DIR } = process.env;
  delete process.env.CACHE_DIR;
  try {
    const site = await copy('shared');
    await build(site, join(temp.path, 'shared-1'));
    const logo = createHash('sha256')
      .update(await readFile(join(site, 'logo.svg')))
      .digest('base64url');
    const marked =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><title>kept</title></svg>';
    const mark = '\n// taken from the cache folder\n';
    await changeShared(site, (stored) => {
      assert.ok(stored.svgs[logo], 'the cache holds the sanitised logo');
      stored.svgs[logo] = Buffer.from(marked).toString('base64');
      const [client] = Object.values(stored.clients);
      const entry = client.data.find(([file]) => client.scripts.entry.endsWith(file));
      entry[1] = Buffer.concat([entry[1], Buffer.from(mark)]);
    });
    const second = join(temp.path, 'shared-2');
    await build(site, second);
    assert.ok((await svgsIn(second)).includes(marked), 'the kept SVG is published');
    const { client } = await manifestOf(second);
    const entry = client.files.find((file) => client.scripts.entry.endsWith(file));
    assert.ok((await readFile(join(second, entry), 'utf8')).endsWith(mark), 'the kept bundle');

    // Kept by another version of the code: made again, and the output is a cold build's.
    await changeShared(site, (stored) => (stored.code = 'another-version'));
    const third = join(temp.path, 'shared-3');
    await build(site, third);
    assert.ok(!(await svgsIn(third)).includes(marked), 'sanitised again');
    assertSameTree(await tree(third), await tree(join(temp.path, 'shared-1')), 'made again');
  } finally {
    process.env.CACHE_DIR = CACHE_DIR;
  }
});
