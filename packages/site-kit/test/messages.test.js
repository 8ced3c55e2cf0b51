// Hostile or broken site files end in `file:line: what is wrong` and exit code 1, never in a
// stack trace, an out-of-memory abort or a build that runs for minutes: alias bombs, deep
// nesting, huge files, empty or non-object JSON, and terminal escape codes in echoed values.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSite } from '../dist/index.js';
import { problemsOf, runCli, tempSites } from './helpers/site-copy.js';

let sites;
before(async () => {
  sites = await tempSites();
});
after(() => sites.remove());

const article = (frontMatter, body = 'Text.\n') =>
  `---\ntitle: t\npublished: '2023-01-01'\ncategory: gzzs\n${frontMatter}---\n${body}`;

test('a YAML alias bomb in front matter is refused at its line, not expanded', async () => {
  const dir = await sites.copy();
  const levels = 'abcdefghi'.split('');
  const bomb = levels
    .map((c, i) =>
      i === 0
        ? `${c}: &${c} [lol, lol, lol, lol, lol, lol, lol, lol, lol]`
        : `${c}: &${c} [${Array(9)
            .fill(`*${levels[i - 1]}`)
            .join(', ')}]`,
    )
    .join('\n');
  await writeFile(join(dir, 'content/articles/bomb.md'), article(`${bomb}\n`));
  assert.deepEqual(await problemsOf(dir), [
    'content/articles/bomb.md:6: front matter is not valid YAML: uses aliases (*name) that expand to too much text; write the values out instead',
  ]);
});

test('100,000 nested [ in stats.json: the CLI says where and exits 1, without crashing', async () => {
  const dir = await sites.copy();
  await writeFile(join(dir, 'content/data/stats.json'), '['.repeat(100_000));
  const { code, signal, stderr } = await runCli(['build', dir]);
  assert.equal(signal, null, stderr.slice(0, 500));
  assert.equal(code, 1);
  assert.match(
    stderr,
    /content\/data\/stats\.json:1: not valid JSON: is nested more than 64 levels deep \(lists or objects inside each other\)/,
  );
  assert.doesNotMatch(stderr, /FATAL|heap|at .*\.js:\d+/);
});

test('deep nesting of every shape is refused at its line: objects, block lists, indentation', async () => {
  const dir = await sites.copy();
  await writeFile(join(dir, 'theme.json'), '{"a":'.repeat(50_000));
  const dashes = `x: ${'- '.repeat(10_000)}y\n`;
  await writeFile(join(dir, 'content/articles/dashes.md'), article(dashes));
  const indented = Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
  await writeFile(join(dir, 'content/articles/indented.md'), article(`${indented}\n`));
  const problems = await problemsOf(dir);
  const deep =
    'is nested more than 64 levels deep (lists or objects inside each other); no site file needs that many';
  assert.deepEqual(problems, [
    `content/articles/dashes.md:5: front matter is not valid YAML: ${deep}`,
    `content/articles/indented.md:134: front matter is not valid YAML: ${deep}`,
    `theme.json:1: not valid JSON: ${deep}`,
  ]);
});

test('nesting a real file needs, and brackets inside quotes, are fine', async () => {
  const dir = await sites.copy();
  const file = join(dir, 'content/articles/five-year-review.md');
  const source = await readFile(file, 'utf8');
  await writeFile(
    file,
    source.replace('lang: zh-CN\n', `lang: zh-CN\nsummary: "${'['.repeat(500)}"\n`),
  );
  const site = await loadSite(dir);
  assert.equal(site.articles[0].summary, '['.repeat(500));
});

test('an oversize file is refused from its size, before it is read', async () => {
  const dir = await sites.copy();
  // 3 GB, sparse: reading it would fail (Node reads at most 2 GB into a string) or take minutes.
  const handle = await open(join(dir, 'theme.json'), 'w');
  await handle.truncate(3 * 1024 ** 3);
  await handle.close();
  await writeFile(join(dir, 'content/data/stats.json'), `{}${' '.repeat(1.5 * 1024 ** 2)}`);
  assert.deepEqual(await problemsOf(dir), [
    'content/data/stats.json: is 1.5 MB, larger than the 1.0 MB a site file may be',
    'theme.json: is 3072.0 MB, larger than the 1.0 MB a site file may be',
  ]);
});

test('a 5 MB article is refused with its size and the limit', async () => {
  const dir = await sites.copy();
  const paragraph = `${'侨联工作回顾。'.repeat(100)}\n\n`;
  await writeFile(
    join(dir, 'content/articles/huge.md'),
    article('', paragraph.repeat(Math.ceil((5 * 1024 ** 2) / Buffer.byteLength(paragraph)))),
  );
  const { code, stderr } = await runCli(['build', dir]);
  assert.equal(code, 1);
  assert.match(
    stderr,
    /content\/articles\/huge\.md: is 5\.0 MB, larger than the 2\.0 MB a site file may be\n1 problem in the site folder/,
  );
});

test('an empty or blank site.config.json says it must hold an object', async () => {
  for (const text of ['', '  \n\t\n']) {
    const dir = await sites.copy();
    await writeFile(join(dir, 'site.config.json'), text);
    const problems = await problemsOf(dir);
    assert.deepEqual(
      problems.filter((p) => p.startsWith('site.config.json')),
      ['site.config.json: is empty: it must hold a JSON object {…}'],
    );
  }
});

test('a list, text or number where an object belongs is named in words, not zod jargon', async () => {
  const dir = await sites.copy();
  await writeFile(join(dir, 'theme.json'), '["#b8102a"]\n');
  await writeFile(join(dir, 'content/data/stats.json'), '"stats"\n');
  const config = JSON.parse(await readFile(join(dir, 'site.config.json'), 'utf8'));
  await writeFile(
    join(dir, 'site.config.json'),
    JSON.stringify({ ...config, nav: 'home', footer: [] }, null, 2),
  );
  const problems = await problemsOf(dir);
  assert.ok(
    problems.includes('content/data/stats.json:1: must hold a JSON object {…}, not text in quotes'),
  );
  assert.ok(problems.includes('theme.json:1: must hold a JSON object {…}, not a list […]'));
  assert.ok(
    problems.some((p) =>
      /^site\.config\.json:\d+: nav must be a list \[…\], not text in quotes$/.test(p),
    ),
  );
  assert.ok(
    problems.some((p) =>
      /^site\.config\.json:\d+: footer must be an object \{…\}, not a list \[…\]$/.test(p),
    ),
  );
  assert.ok(!problems.some((p) => /expected|received/.test(p)), problems.join('\n'));
});
