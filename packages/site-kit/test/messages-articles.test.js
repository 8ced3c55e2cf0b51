// Articles never vanish without a word: .md and .markdown in any case are built, anything else
// in content/articles is named. And what a message echoes from content cannot drive the
// terminal: control characters are printed escaped.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { access, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSite, formatProblem } from '../dist/index.js';
import { problemsOf, runCli, tempSites } from './helpers/site-copy.js';

let sites;
before(async () => {
  sites = await tempSites();
});
after(() => sites.remove());

const article = (title, category = 'gzzs') =>
  `---\ntitle: ${title}\npublished: '2023-01-01'\ncategory: ${category}\n---\nText.\n`;

test('.MD and .markdown articles, in any case, are built like .md ones', async () => {
  const dir = await sites.copy();
  await writeFile(join(dir, 'content/articles/upper.MD'), article('Upper'));
  await writeFile(join(dir, 'content/articles/long-form.markdown'), article('Long form'));
  await writeFile(join(dir, 'content/articles/mixed.Markdown'), article('Mixed'));
  const { site, outDir } = await buildSite(dir, { relativeTo: dir });
  assert.deepEqual(site.articles.map((a) => `${a.file} ${a.path}`).sort(), [
    'content/articles/five-year-review.md /gzzs/five-year-review/',
    'content/articles/long-form.markdown /gzzs/long-form/',
    'content/articles/mixed.Markdown /gzzs/mixed/',
    'content/articles/upper.MD /gzzs/upper/',
  ]);
  for (const page of ['gzzs/upper', 'gzzs/long-form', 'en/gzzs/mixed']) {
    await access(join(outDir, page, 'index.html'));
  }
});

test('two files for one URL, and files or folders that are not articles, are named', async () => {
  const dir = await sites.copy();
  await writeFile(join(dir, 'content/articles/five-year-review.markdown'), article('Twin'));
  await writeFile(join(dir, 'content/articles/notes.txt'), 'draft');
  await writeFile(join(dir, 'content/articles/report.docx'), 'PK');
  await mkdir(join(dir, 'content/articles/drafts'));
  await writeFile(join(dir, 'content/articles/.DS_Store'), '');
  assert.deepEqual(await problemsOf(dir), [
    'content/articles/drafts: is a folder and is not read: articles are Markdown files directly in content/articles',
    'content/articles/five-year-review.md: has the same URL /five-year-review/ as content/articles/five-year-review.markdown: rename or remove one of them',
    'content/articles/notes.txt: is not read: articles are Markdown files ending in .md or .markdown',
    'content/articles/report.docx: is not read: articles are Markdown files ending in .md or .markdown',
  ]);
});

/** Escape sequences that retitle the terminal, clear it, overwrite a line, reverse text. */
const hostile = '\u001b]0;pwned\u0007\u001b[2J\r\u202eev\nil\u009b31m';
const escaped = '\\u001b]0;pwned\\u0007\\u001b[2J\\u000d\\u202eev\\u000ail\\u009b31m';
// eslint-disable-next-line no-control-regex -- what must never reach the terminal
const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

test('control characters in echoed values and file names reach the terminal escaped', async () => {
  const dir = await sites.copy();
  const category = JSON.stringify(hostile); // a YAML double-quoted string keeps them all
  await writeFile(join(dir, 'content/articles/esc.md'), article('t', category));
  await writeFile(join(dir, 'content/articles/x\u001b[2Jy.txt'), '');
  const { code, stdout, stderr } = await runCli(['build', dir]);
  assert.equal(code, 1);
  assert.doesNotMatch(stdout + stderr, raw);
  const lines = stderr.trimEnd().split('\n');
  assert.match(lines[0], /content\/articles\/esc\.md:4: category "(.*)" is not one of/);
  assert.equal(/category "(.*)" is not/.exec(lines[0])[1], escaped);
  assert.match(lines[1], /content\/articles\/x\\u001b\[2Jy\.txt: is not read/);
  assert.equal(lines[2], '2 problems in the site folder');
});

test('formatProblem escapes every message, whoever reports it', () => {
  assert.equal(
    formatProblem({ file: 'a\u202e.md', line: 3, message: `link "${hostile}"` }),
    `a\\u202e.md:3: link "${escaped}"`,
  );
});
