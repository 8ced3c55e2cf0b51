// A round trip: sites/jinshan and sites/chongqing built by the real CLI, their whole output
// (all editions, lists, search) imported into fresh copies of the sites without articles or
// pictures, must give back each article's front matter and text. Compared exactly: every front
// matter field but `stats` (figures come from content/data/stats.json, not from the page); the
// body's text as markdown-it renders it with spaces normalised, and its headings and pictures
// (alt, file, caption) in order; each picture's bytes as published. Then the fresh site builds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { parse } from 'yaml';
import { copySite, read, runCli, useTemp } from './helpers/site-copy.js';

const temp = useTemp('qx-import-round-');
const markdown = new MarkdownIt();

function split(text) {
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  return { fm: parse(yaml), body };
}

/** What a reader gets of a Markdown body: its text, headings and pictures. */
function reading(body) {
  const doc = new JSDOM(markdown.render(body)).window.document;
  return {
    text: doc.body.textContent.replace(/\s+/g, ' ').trim(),
    headings: [...doc.querySelectorAll('h1, h2, h3, h4')].map((h) => h.textContent),
    pictures: [...doc.querySelectorAll('img')].map((i) => [i.alt, i.src, i.title]),
  };
}

for (const [id, slug] of [
  ['jinshan', 'five-year-review'],
  ['chongqing', 'five-year-review'],
]) {
  test(`sites/${id}: its built pages import back to the same articles`, async () => {
    const original = await copySite(join(temp.path, id, 'a'), id);
    const out = join(temp.path, id, 'out');
    const built = await runCli(['build', original, '--out', out]);
    assert.equal(built.code, 0, built.stderr);

    const fresh = await copySite(join(temp.path, id, 'b'), id);
    await rm(join(fresh, 'content/articles'), { recursive: true });
    await rm(join(fresh, 'content/images'), { recursive: true, force: true });
    const run = await runCli(['import', out, '--site', fresh, '--lang', 'en']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^1 article\(s\) imported/m);

    const file = `content/articles/${slug}.md`;
    const before = split(await read(original, file));
    const after = split(await read(fresh, file));
    const fm = { ...before.fm };
    delete fm.stats;
    assert.deepEqual(after.fm, fm);
    assert.deepEqual(reading(after.body), reading(before.body));
    for (const [, src] of reading(before.body).pictures)
      assert.deepEqual(await readFile(join(fresh, 'content', src)), await readFile(join(out, src)));

    const rebuilt = await runCli(['build', fresh, '--out', join(temp.path, id, 'out2')]);
    assert.equal(rebuilt.code, 0, rebuilt.stderr);
  });
}
