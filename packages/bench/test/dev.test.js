// bench:dev as the README gives it, at a small size: it serves the site, sees each saved edit on
// the open page, prints every row of its table with a figure, and leaves nothing behind (no
// temporary folder, no dev server still running), also when interrupted.
import { existsSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import test from 'node:test';
import assert from 'node:assert/strict';
import { processesNaming, startBench } from './helpers/bench-process.js';

const bench = new URL('../dev.bench.js', import.meta.url).pathname;

test(
  'bench:dev --count 20 --edits 2 times each save until the page shows it, and cleans up',
  { timeout: 600_000 },
  async () => {
    const run = startBench(bench, ['--count', '20', '--edits', '2']);
    const code = await run.exited;
    const output = run.output();
    assert.equal(code, 0, output);
    // Two saves of each kind, each seen on the page (the bench waits for its text there).
    assert.equal(
      output.match(/^save after the last build finished: on screen after [\d.]+ s$/gm)?.length,
      2,
      output,
    );
    assert.equal(
      output.match(/^save right after the last edit showed: on screen after [\d.]+ s$/gm)?.length,
      2,
      output,
    );
    assert.match(output, /^ {2}articles +20$/m);
    assert.match(output, /^ {2}first build and start +[\d.]+ s$/m);
    for (const row of ['save → on screen, median', 'quick saves, median'])
      assert.match(output, new RegExp(`^  ${row} +[\\d.]+ s  < 2 s +(met|not met)$`, 'm'), output);
    const work = /^working in (.+)$/m.exec(output)[1];
    assert.equal(existsSync(work), false, `${work} is left behind`);
    assert.deepEqual(processesNaming(work), [], 'a dev server outlived the bench');
  },
);

test(
  'Ctrl-C while the dev server starts stops it and removes the temporary folder',
  { timeout: 300_000 },
  async () => {
    const run = startBench(bench, ['--count', '20']);
    const [, work] = await run.waitFor(/^working in (.+)$/);
    await run.waitFor(/starting the dev server/);
    // The server runs once it names the site folder in its command line.
    while (processesNaming(work).length === 0) await delay(50);
    run.child.kill('SIGINT');
    assert.equal(await run.exited, 130, run.output());
    assert.equal(existsSync(work), false, `${work} is left behind`);
    assert.deepEqual(processesNaming(work), [], 'the dev server outlived the bench');
  },
);

test('counts that are not whole numbers are refused', async () => {
  const run = startBench(bench, ['--count', '20', '--edits', 'some']);
  assert.equal(await run.exited, 2);
  assert.match(run.output(), /--edits must be a whole number from 1 to 100, not some/);
});
