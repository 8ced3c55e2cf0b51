// The parse cache (src/site/parse-cache.ts): a build keeps each Markdown page's parsed front
// matter and rendered body in node_modules/.cache/qiaoxin-site/ of the site's package, by the
// digest of the file, and the next build takes them from there instead of parsing again. It is
// only a shortcut: an edited file, other code or a damaged cache means parsing, the output is
// always a cold build's, and problems still name their lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { useCopies, useTemp } from './helpers/site-copy.js';
import { assertSameTree, tree } from './helpers/trees.js';
import { cli } from './support/cli.js';
import { buildSite } from '../dist/build.js';

// The cache in its place, the site's package, not the test file's one folder (site-copy.js).
delete process.env.CACHE_DIR;

const copy = useCopies('qx-parse-cache-');
const temp = useTemp('qx-parse-cache-out-');

const article = 'content/articles/five-year-review.md';
const articlePage = 'gzzs/five-year-review/index.html';

async function build(site, out) {
  const run = await cli(['build', site, '--out', out]);
  assert.equal(run.code, 0, run.stdout + run.stderr);
}

/**
 * The site's parse cache file: the only one in its package's node_modules/.cache/qiaoxin-site
 * beside shared.v8 (src/write/shared-cache.ts).
 */
async function cacheFile(site) {
  const folder = join(site, 'node_modules/.cache/qiaoxin-site');
  const names = (await readdir(folder)).filter((name) => name !== 'shared.v8');
  assert.equal(names.length, 1, `one cache file in ${folder}: ${names.join(', ')}`);
  return join(folder, names[0]);
}

/** Rewrites the cache through `change(stored)`, as another version or a tampering tool would. */
async function changeCache(site, change) {
  const file = await cacheFile(site);
  const stored = deserialize(await readFile(file));
  change(stored);
  await writeFile(file, serialize(stored));
}

/** Adds a paragraph, `mark`, to the cached Markdown of the page whose Markdown has `text`. */
const markBody = (text, mark) => (stored) => {
  const entry = [...stored.pages.values()].find((page) => page.body.includes(text));
  assert.ok(entry, `a cached page has "${text}"`);
  entry.body += `\n\n${mark}\n`;
};

/** Sets a file's modification time an hour back: older than the cache trusts a file's times. */
const age = (file) => utimes(file, hourAgo(), hourAgo());
const hourAgo = () => new Date(Date.now() - 3600_000);

test('a build takes unchanged pages from the cache, and parses an edited one again', async () => {
  const site = await copy('taken');
  // Old enough that the build trusts its times: the next build does not even read it.
  await age(join(site, article));
  await build(site, join(temp.path, 'first'));
  const markdown = await readFile(join(site, article), 'utf8');
  const text = markdown.split('\n').findLast((line) => line.trim().length > 20);
  await changeCache(site, (stored) => {
    assert.ok(stored.files.has(article), 'the cache knows the old file by its times');
    markBody(text, 'from the cache')(stored);
  });

  // A fresh output renders every page: the article's body is the cached one, mark and all.
  const second = join(temp.path, 'second');
  await build(site, second);
  assert.match(await readFile(join(second, articlePage), 'utf8'), /from the cache/);

  // Edited to the same size and given its old time back, it is still parsed again (the file's
  // status time changed), and so is an ordinary edit.
  const sameSize = markdown.replace(text, text.replace('侨', '华'));
  assert.notEqual(sameSize, markdown);
  assert.equal(Buffer.byteLength(sameSize), Buffer.byteLength(markdown));
  const { mtime } = await stat(join(site, article));
  await writeFile(join(site, article), sameSize);
  await utimes(join(site, article), mtime, mtime);
  await build(site, second);
  assert.doesNotMatch(await readFile(join(second, articlePage), 'utf8'), /from the cache/);
  await writeFile(join(site, article), markdown.replace(text, `${text}（修订）`));
  await build(site, second);
  const page = await readFile(join(second, articlePage), 'utf8');
  assert.match(page, /（修订）/);
  await rm(join(site, 'node_modules'), { recursive: true });
  const cold = join(temp.path, 'cold');
  await build(site, cold);
  assertSameTree(await tree(second), await tree(cold), 'a rebuild after an edit');
});

test('the next build in the same process (the dev server) starts from what the last one knew', async () => {
  const site = await copy('memory');
  await age(join(site, article));
  await buildSite(site, { outDir: join(temp.path, 'memory-first') });
  const markdown = await readFile(join(site, article), 'utf8');
  const text = markdown.split('\n').findLast((line) => line.trim().length > 20);
  await changeCache(site, markBody(text, 'from the file'));

  // Not read from the file again: the page is the one this process parsed.
  const again = join(temp.path, 'memory-again');
  await buildSite(site, { outDir: again });
  assert.doesNotMatch(await readFile(join(again, articlePage), 'utf8'), /from the file/);
  // An edit is still seen,
  await writeFile(join(site, article), markdown.replace(text, `${text}（修订）`));
  await buildSite(site, { outDir: again });
  assert.match(await readFile(join(again, articlePage), 'utf8'), /（修订）/);
  // and a build in a process of its own reads the file.
  await writeFile(join(site, article), markdown);
  await age(join(site, article));
  const other = join(temp.path, 'memory-other');
  await build(site, other);
  assert.match(await readFile(join(other, articlePage), 'utf8'), /from the file/);
});

test('pages parsed by other code are not taken, and a damaged cache is only parsed over', async () => {
  const site = await copy('code');
  await build(site, join(temp.path, 'code-first'));
  const markdown = await readFile(join(site, article), 'utf8');
  const text = markdown.split('\n').findLast((line) => line.trim().length > 20);
  await changeCache(site, (stored) => {
    markBody(text, 'parsed by other code')(stored);
    stored.code = 'another-version';
  });
  const out = join(temp.path, 'code-out');
  await build(site, out);
  assert.doesNotMatch(await readFile(join(out, articlePage), 'utf8'), /parsed by other code/);

  await writeFile(await cacheFile(site), 'not a cache');
  const damaged = join(temp.path, 'code-damaged');
  await build(site, damaged);
  assertSameTree(await tree(damaged), await tree(out), 'a build over a damaged cache');
  const rewritten = deserialize(await readFile(await cacheFile(site)));
  assert.ok(rewritten.pages.size > 0, 'the damaged cache is written anew');
});

test('a problem in a page read from the cache still names its line', async () => {
  const site = await copy('lines');
  const markdown = await readFile(join(site, article), 'utf8');
  // The article links an attachment from its front matter; the build parses it and caches it.
  const withFile = markdown.replace(
    /^---\n/,
    '---\nattachments:\n  - name: 附件\n    file: files/removed.pdf\n',
  );
  await writeFile(join(site, article), withFile);
  await mkdir(join(site, 'content/files'));
  await writeFile(join(site, 'content/files/removed.pdf'), '%PDF-1.4\n%%EOF\n');
  await age(join(site, article)); // the next build takes it by its times, without reading it
  await build(site, join(temp.path, 'lines-out'));

  // The file goes; the article, unchanged, comes from the cache, and the problem has its line.
  await rm(join(site, 'content/files/removed.pdf'));
  const cached = await cli(['build', site, '--out', join(temp.path, 'lines-out')]);
  assert.notEqual(cached.code, 0);
  await rm(join(site, 'node_modules'), { recursive: true });
  const parsed = await cli(['build', site, '--out', join(temp.path, 'lines-out')]);
  const problem = (run) => run.stderr.split('\n').find((line) => line.includes('removed.pdf'));
  assert.match(problem(parsed) ?? '', /five-year-review\.md:4:/, parsed.stderr);
  assert.equal(problem(cached), problem(parsed));
});

test('a few edited pages leave the cache as it is; many have it written again', async () => {
  const site = await copy('rewrite');
  const out = join(temp.path, 'rewrite-out');
  await build(site, out);
  const file = await cacheFile(site);
  const before = await readFile(file);

  // One edit: the next build parses the article again, which costs less than rewriting.
  const markdown = await readFile(join(site, article), 'utf8');
  await writeFile(join(site, article), `${markdown}\n再补一段。\n`);
  await build(site, out);
  assert.deepEqual(await readFile(file), before, 'the cache is not written for one edit');
  assert.match(await readFile(join(out, articlePage), 'utf8'), /再补一段/);

  // Forty new articles: written again, with them.
  for (let i = 0; i < 40; i++)
    await writeFile(
      join(site, `content/articles/added-${i}.md`),
      markdown.replace(/^title: .*$/m, `title: 新增文章 ${i}`),
    );
  await build(site, out);
  const stored = deserialize(await readFile(file));
  const bodies = [...stored.pages.values()].map((page) => page.body);
  assert.ok(
    bodies.some((body) => body.includes('再补一段')),
    'the edited article is in it',
  );
  assert.ok(stored.pages.size >= 41, `${stored.pages.size} pages in the cache`);
});
