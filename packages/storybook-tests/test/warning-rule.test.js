// The story checker's rule for `[qiaoxin]` console warnings (warning-rule.js), on made-up
// index entries: no browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindOf, warningProblems } from '../warning-rule.js';

const warning = '[qiaoxin] <qx-figure>: refused unsafe src "javascript:alert(1)".';
const missing = '[qiaoxin] missing i18n string "figure.caption"';
const story = (id, tags = []) => ({ id, type: 'story', tags, importPath: './figure.stories.ts' });
const plain = story('components-figure--default');
const badInput = story('components-figure--bad-input', ['warns']);
const docs = { id: 'components-figure--docs', type: 'docs', importPath: './figure.stories.ts' };
const otherDocs = { ...docs, id: 'components-other--docs', importPath: './other.stories.ts' };
const entries = [plain, badInput, docs, otherDocs];

test('only Qiaoxin warnings count, and a missing string is told apart', () => {
  assert.equal(kindOf(warning), 'warning');
  assert.equal(kindOf(missing), 'missing-string');
  assert.equal(kindOf('Lit is in dev mode.'), undefined);
});

test('a story without the tag fails on a warning, naming it and the tag', () => {
  const [problem, ...rest] = warningProblems(plain, [warning, warning], entries);
  assert.deepEqual(rest, []);
  assert.match(problem, /^2 \[qiaoxin\] console warnings: "\[qiaoxin\] <qx-figure>: refused/);
  assert.match(problem, /tagged 'warns'/);
  assert.deepEqual(warningProblems(plain, [], entries), []);
});

test('a story tagged warns passes with a warning and fails without one', () => {
  assert.deepEqual(warningProblems(badInput, [warning], entries), []);
  const [problem] = warningProblems(badInput, [], entries);
  assert.match(problem, /tagged 'warns' but logged no \[qiaoxin\] warning/);
});

test('a missing i18n string fails even a story tagged warns', () => {
  const problems = warningProblems(badInput, [warning, missing], entries);
  assert.deepEqual(problems, [`console warning: ${missing}`]);
});

test('a Docs page may warn only when one of its stories is tagged warns', () => {
  assert.deepEqual(warningProblems(docs, [warning], entries), []);
  assert.deepEqual(warningProblems(docs, [], entries), []);
  const [problem] = warningProblems(otherDocs, [warning], entries);
  assert.match(problem, /none of this page's stories is tagged 'warns'/);
  // An MDX page's stories come from the files it imports.
  const mdx = { ...otherDocs, storiesImports: ['./figure.stories.ts'] };
  assert.deepEqual(warningProblems(mdx, [warning], entries), []);
});
