// bench:archive as the README gives it, at a small size: it runs to the end, prints every row of
// its table with a figure, finds the edit in the rebuilt output, and leaves nothing behind (no
// temporary folder, no build still running), also when interrupted during a build.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import assert from 'node:assert/strict';
import { processesNaming, startBench } from './helpers/bench-process.js';

const bench = new URL('../archive.bench.js', import.meta.url).pathname;
const start = (args, env) => startBench(bench, args, env);

const rows = [
  'articles',
  'pages \\(3 editions, \\.html\\)',
  'cold build',
  'cold, per page',
  'peak RSS, process tree',
  'peak RSS, main \\(VmHWM\\)',
  'one-edit rebuild',
  'rebuild peak RSS, tree',
  'Hugo build',
  'Hugo pages',
  'Hugo, per page',
  'per page vs Hugo',
  'pages alone, no search',
  'pages alone, per page',
  'pages alone vs Hugo',
];

test(
  'bench:archive --count 30 --runs 2 prints every figure, and with QIAOXIN_TIMINGS each build’s steps, and cleans up',
  { timeout: 600_000 },
  async () => {
    const run = start(['--count', '30', '--runs', '2'], { ...process.env, QIAOXIN_TIMINGS: '1' });
    const code = await run.exited;
    const output = run.output();
    assert.equal(code, 0, output);
    for (const row of rows)
      assert.match(output, new RegExp(`^  ${row} +[\\d.]+ ?(s|ms|MB|×)?( |$)`, 'm'), output);
    assert.match(output, /^ {2}articles +30$/m);
    // Targets stand beside the four figures the issue sets them for, per page twice: with the
    // search index and, as Hugo builds, without.
    assert.equal(output.match(/ (met|not met)$/gm)?.length, 5, output);
    assert.match(output, /the edit is in all 3 editions' pages and in the search index/);
    // Each build (the cold one, then two of each measured twice) says how long it loaded the
    // site and wrote its output.
    assert.equal(output.match(/^ {2}qiaoxin-timing: load [\d.]+ s/gm)?.length, 5, output);
    assert.equal(output.match(/^ {2}qiaoxin-timing: written [\d.]+ s/gm)?.length, 5, output);
    // The runs behind each median.
    for (const label of ['one-edit rebuilds', 'pages alone', 'Hugo'])
      assert.match(output, new RegExp(`^  ${label}: [\\d.]+ s, [\\d.]+ s; median [\\d.]+ s$`, 'm'));
    assert.match(output, /medians of 2 runs/);
    const work = /^working in (.+)$/m.exec(output)[1];
    assert.equal(existsSync(work), false, `${work} is left behind`);
    assert.deepEqual(processesNaming(work), []);
  },
);

test(
  'Ctrl-C during the cold build stops it and removes the temporary folder',
  { timeout: 120_000 },
  async () => {
    const run = start(['--count', '30']);
    const [, work] = await run.waitFor(/^working in (.+)$/);
    // Printed once the build has exec'd: from then on it is a process naming its site folder.
    const [, pid] = await run.waitFor(/^building cold: build started, pid (\d+)$/);
    assert.ok(processesNaming(work).includes(pid), `the build ${pid} runs:\n${run.output()}`);
    assert.equal(run.child.exitCode, null, run.output());
    run.child.kill('SIGINT');
    assert.equal(await run.exited, 130, run.output());
    assert.equal(existsSync(work), false, `${work} is left behind`);
    assert.deepEqual(processesNaming(work), [], 'a build outlived the bench');
  },
);

test('a failing build stops the bench, says why and removes the temporary folder', async (t) => {
  // A Hugo that answers `hugo version` and fails to build: the last step of the bench fails.
  const bin = mkdtempSync(join(tmpdir(), 'qiaoxin-fake-hugo-'));
  t.after(() => rmSync(bin, { recursive: true, force: true }));
  writeFileSync(
    join(bin, 'hugo'),
    '#!/bin/sh\n[ "$1" = version ] && exit 0\necho "fake hugo: cannot build" >&2\nexit 1\n',
    { mode: 0o755 },
  );
  const run = start(['--count', '3'], { ...process.env, PATH: `${bin}:${process.env.PATH}` });
  assert.equal(await run.exited, 1, run.output());
  assert.match(run.output(), /hugo failed \(exit 1\):\nfake hugo: cannot build/);
  const work = /^working in (.+)$/m.exec(run.output())[1];
  assert.equal(existsSync(work), false, `${work} is left behind`);
});

test('without Hugo it says how to install it, before writing anything', async () => {
  const run = start(['--count', '30'], { ...process.env, PATH: '/nonexistent' });
  assert.equal(await run.exited, 1);
  assert.match(run.output(), /apt-get install -y hugo/);
  assert.doesNotMatch(run.output(), /working in/);
});

test('a count or a number of runs that is not a whole number is refused', async () => {
  const run = start(['--count', 'many']);
  assert.equal(await run.exited, 2);
  assert.match(run.output(), /--count must be a whole number from 1 to 100000, not many/);
  const runs = start(['--count', '3', '--runs', '0']);
  assert.equal(await runs.exited, 2);
  assert.match(runs.output(), /--runs must be a whole number from 1 to 20, not 0/);
});
