// Builds killed (SIGKILL, real processes) at each point of their work, and builds run at the
// same time: the next build must find a complete portal (the previous one when the new one did
// not get through) and remove every leftover beside it (.building-*, .old-*, the lock).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, copySite, edit, leftovers, printed, read, retitle, start } from './support/cli.js';

let temp;
before(async () => {
  temp = await mkdtemp(join(tmpdir(), 'qx-faults-'));
});
after(() => rm(temp, { recursive: true, force: true }));

/** A site copy with a portal built from it whose about page says `title`. */
async function built(name, title) {
  const site = await copySite(join(temp, name));
  const out = join(temp, name, 'portal');
  await retitle(site, title);
  const { code, stderr } = await cli(['build', site, '--out', out]);
  assert.equal(code, 0, stderr);
  return { site, out };
}

/**
 * Makes the next build of `out` a whole one, swapped in: without the manifest of the build that
 * wrote it (as after an older version) a build cannot apply only what changed.
 */
const wholeNext = (out) => rm(join(out, '.qiaoxin-build.json'));

const aboutTitle = async (out) =>
  /<h1[^>]*>([^<]*)</.exec((await read(out, 'about/index.html')).replace(/<!--.*?-->/g, ''))?.[1];
const exists = (path) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** The next build after a fault, of a site broken on purpose: it fails, but cleans up. */
async function failingBuildRestores(site, out, title) {
  await edit(site, 'theme.json', (t) => t.replace('"#00606b"', '"tealish"'));
  const { code, stderr } = await cli(['build', site, '--out', out]);
  assert.equal(code, 1, 'the broken site does not build');
  assert.match(stderr, /theme\.json:\d+: primary: "tealish" is not a colour/);
  assert.ok(await exists(join(out, 'index.html')), 'a complete portal is in place');
  assert.equal(await aboutTitle(out), title, 'the previous portal');
  assert.deepEqual(await leftovers(out), [], 'no leftovers');
  await edit(site, 'theme.json', (t) => t.replace('"tealish"', '"#00606b"'));
}

describe('a build killed', () => {
  // While it writes the new portal: when its folder appears, and later steps inside it. The
  // build stops at each point (QIAOXIN_TEST_PAUSE) so the kill lands exactly there.
  for (const [point, pause, inside] of [
    ['when its temp folder appears', 'temp', ''],
    ['when its assets are written', 'assets', 'assets'],
    ['when its search index is written', 'pagefind', 'pagefind'],
  ]) {
    test(point, async () => {
      const { site, out } = await built(`kill-${pause}`, '旧简介');
      await retitle(site, '新简介');
      const run = start(['build', site, '--out', out], { env: { QIAOXIN_TEST_PAUSE: pause } });
      await printed(run, new RegExp(`qiaoxin-test: paused at ${pause}`));
      const folder = (await leftovers(out)).find((n) => n.includes('.building-'));
      assert.ok(folder && (await exists(join(out, '..', folder, inside))), `the temp ${inside}`);
      run.child.kill('SIGKILL');
      await run.exited;
      assert.ok((await leftovers(out)).includes(folder), 'the kill left its folder behind');
      assert.equal(await aboutTitle(out), '旧简介', 'the previous portal is untouched');
      await failingBuildRestores(site, out, '旧简介');
      const { code, stderr } = await cli(['build', site, '--out', out]);
      assert.equal(code, 0, stderr);
      assert.equal(await aboutTitle(out), '新简介');
    });
  }

  test('between the two renames of the swap: the next build puts the previous portal back', async () => {
    const { site, out } = await built('kill-swap', '旧简介');
    await wholeNext(out);
    await retitle(site, '新简介');
    const run = start(['build', site, '--out', out], { env: { QIAOXIN_TEST_PAUSE: 'swap' } });
    await printed(run, /qiaoxin-test: paused at swap/);
    run.child.kill('SIGKILL');
    await run.exited;
    assert.ok(!(await exists(out)), 'the kill left no output in place');
    assert.ok(
      (await leftovers(out)).some((n) => n.includes('.old-')),
      'but the old one aside',
    );
    await failingBuildRestores(site, out, '旧简介');
  });

  test('between the two renames, then a good build: the new portal, no leftovers', async () => {
    const { site, out } = await built('kill-swap-good', '旧简介');
    await wholeNext(out);
    const run = start(['build', site, '--out', out], { env: { QIAOXIN_TEST_PAUSE: 'swap' } });
    await printed(run, /paused at swap/);
    run.child.kill('SIGKILL');
    await run.exited;
    await retitle(site, '新简介');
    const { code, stdout, stderr } = await cli(['build', site, '--out', out]);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /put back the previous portal/);
    assert.equal(await aboutTitle(out), '新简介');
    assert.deepEqual(await leftovers(out), []);
  });
});

describe('two builds of one output at once', () => {
  test('the second waits for the first; a killed holder is taken over', async () => {
    const { site, out } = await built('lock', '旧简介');
    const first = start(['build', site, '--out', out], { env: { QIAOXIN_TEST_PAUSE: 'locked' } });
    await printed(first, /paused at locked/);
    await retitle(site, '新简介');
    const second = start(['build', site, '--out', out]);
    await printed(second, new RegExp(`waiting for the build by process ${first.child.pid}`));
    assert.equal(second.child.exitCode, null, 'the second build waits');
    first.child.kill('SIGKILL');
    assert.equal(await second.exited, 0, second.stderr);
    assert.equal(await aboutTitle(out), '新简介');
    assert.deepEqual(await leftovers(out), []);
  });

  test('started together: both finish, one complete portal, no debris', async () => {
    const { site, out } = await built('together', '旧简介');
    await retitle(site, '新简介');
    const runs = [1, 2, 3].map(() => start(['build', site, '--out', out]));
    const codes = await Promise.all(runs.map((r) => r.exited));
    assert.deepEqual(codes, [0, 0, 0], runs.map((r) => r.stderr).join(''));
    assert.equal(await aboutTitle(out), '新简介');
    assert.ok((await readdir(out)).includes('pagefind'));
    assert.deepEqual(await leftovers(out), []);
  });
});
