// Parsing ahead (src/site/parse-ahead.ts): when the parse cache lacks many pages (a new site, a
// new version of Qiaoxin), a worker parses them from the last one back while the build's loader
// reads them from the first one on. It is only a way to be faster: the portal is the one the
// loader alone builds, byte for byte, and a page with a problem is still reported at its line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useCopies, useTemp } from './helpers/site-copy.js';
import { assertSameTree, tree } from './helpers/trees.js';
import { cli } from './support/cli.js';

const copy = useCopies('qx-parse-ahead-');
const temp = useTemp('qx-parse-ahead-out-');

// The tests' sites have 40 articles more than sites/jinshan: parsed ahead from 8, and alone.
const ahead = { QIAOXIN_PARSE_AHEAD_FROM: '8', QIAOXIN_TIMINGS: '1' };
const alone = { QIAOXIN_PARSE_AHEAD_FROM: '100000', QIAOXIN_TIMINGS: '1' };

/** A copy of sites/jinshan with 40 more articles and `extra` files (name → text). */
async function siteWith(into, extra = {}) {
  const dir = await copy(into);
  for (let i = 1; i <= 40; i++) {
    const day = `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    await writeFile(
      join(dir, 'content/articles', `ahead-${String(i).padStart(2, '0')}.md`),
      `---\ntitle: 侨联活动第${i}期\npublished: '${day}'\ncategory: qldt\n---\n\n## 活动情况\n\n第${i}期活动[见此](/about/)，侨胞踊跃参加。\n`,
    );
  }
  for (const [name, text] of Object.entries(extra))
    await writeFile(join(dir, 'content/articles', name), text);
  return dir;
}

/** How many pages the build says it parsed ahead (its QIAOXIN_TIMINGS line for the load). */
const parsedAhead = (run) =>
  Number(/qiaoxin-timing: load .*, (\d+) pages parsed ahead$/m.exec(run.stderr)?.[1]);

test('pages parsed ahead build the portal the loader alone builds, byte for byte', async () => {
  const outs = [join(temp.path, 'ahead'), join(temp.path, 'alone')];
  const runs = [];
  for (const [i, env] of [ahead, alone].entries()) {
    const site = await siteWith(`same-${i}`);
    const run = await cli(['build', site, '--out', outs[i]], { env });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    runs.push(run);
  }
  assert.ok(parsedAhead(runs[0]) > 0, `no page was parsed ahead:\n${runs[0].stderr}`);
  assert.equal(parsedAhead(runs[1]), 0);
  assertSameTree(await tree(outs[0]), await tree(outs[1]), 'parsed ahead and alone');
});

test('a page with a problem that the worker reaches first is still reported at its line', async () => {
  // Last by name: the worker, which parses from the last page back, comes to them first.
  const broken = {
    'zz-broken-yaml.md':
      "---\ntitle: 坏的标题\npublished: '2023-01-02\ncategory: qldt\n---\n\n正文。\n",
    'zz-no-front-matter.md': '只有正文，没有标题和日期。\n',
  };
  const stderr = [];
  for (const [i, from] of ['8', '100000'].entries()) {
    const site = await siteWith(`broken-${i}`, broken);
    const env = { QIAOXIN_PARSE_AHEAD_FROM: from };
    const run = await cli(['build', site, '--out', join(temp.path, `broken-${i}`)], { env });
    assert.equal(run.code, 1, run.stdout + run.stderr);
    // The problems name files relative to the current folder: the same but for this folder.
    stderr.push(run.stderr.replaceAll(`broken-${i}/`, 'broken/'));
  }
  assert.match(stderr[0], /zz-broken-yaml\.md:4: front matter is not valid YAML/);
  assert.match(stderr[0], /zz-no-front-matter\.md:1: must start with front matter/);
  assert.equal(stderr[0], stderr[1], 'the same problems, parsed ahead and alone');
});
