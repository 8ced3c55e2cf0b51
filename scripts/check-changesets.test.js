// The changeset check, against temporary git repositories.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  counts,
  GitUnavailable,
  namedInChangesets,
  unreleasedChanges,
} from './check-changesets.js';

const script = join(dirname(fileURLToPath(import.meta.url)), 'check-changesets.js');

function git(root, ...args) {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    },
  });
}

function write(root, file, content) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), content);
}

const manifest = (name, version, extra = {}) =>
  `${JSON.stringify({ name, version, files: ['dist', 'README.md'], ...extra }, null, 2)}\n`;

/** A repository with published packages a and b, private c, one commit. */
function fixture(t) {
  const root = mkdtempSync(join(tmpdir(), 'qx-changesets-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  git(root, 'init', '-q', '-b', 'main');
  write(root, 'package.json', JSON.stringify({ private: true, workspaces: ['packages/*'] }));
  write(root, '.gitignore', 'dist/\n');
  write(root, '.changeset/README.md', '# Changesets\n');
  write(root, '.changeset/config.json', '{}\n');
  for (const name of ['a', 'b', 'c']) {
    write(
      root,
      `packages/${name}/package.json`,
      manifest(`@x/${name}`, '0.0.0', name === 'c' ? { private: true } : {}),
    );
    write(root, `packages/${name}/src/index.ts`, 'export const one = 1;\n');
    write(root, `packages/${name}/README.md`, `# ${name}\n`);
  }
  commit(root, 'initial');
  return root;
}

function commit(root, message) {
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', message);
}

const names = (root) =>
  unreleasedChanges(root).map(({ name, files }) => `${name}: ${files.join(' ')}`);

/** Runs the CLI on `root`; exit status and output. */
function cli(root) {
  try {
    return {
      status: 0,
      output: execFileSync(process.execPath, [script, root], { encoding: 'utf8', stdio: 'pipe' }),
    };
  } catch (error) {
    return { status: error.status, output: `${error.stdout}${error.stderr}` };
  }
}

test('counts what ships or builds it, not tests, stories or fixtures', () => {
  const pkg = { files: ['dist', 'styles', 'README.md'] };
  for (const path of [
    'package.json',
    'src/index.ts',
    'src/thing/qx-thing.ts',
    'styles/portal.css',
    'README.md',
  ])
    assert.ok(counts(path, pkg), path);
  for (const path of [
    'src/thing/qx-thing.test.ts',
    'src/thing/qx-thing.stories.ts',
    'src/test-utils/index.ts',
    'src/figure/fixtures/stage.svg',
    'test/build.test.js',
    'tsconfig.json',
    'CHANGELOG.md',
    'scripts/size.js',
  ])
    assert.ok(!counts(path, pkg), path);
});

test('reads package names from the front matter, quoted or not, skipping README.md', (t) => {
  const root = fixture(t);
  write(
    root,
    '.changeset/one.md',
    "---\n'@x/a': minor\n\"@x/b\": patch\n---\n\nNotes: '@x/c': not a name.\n",
  );
  write(root, '.changeset/README.md', "---\n'@x/readme': major\n---\n");
  assert.deepEqual([...namedInChangesets(root)].sort(), ['@x/a', '@x/b']);
});

test('passes on a fresh repository, and for changes to tests, stories or private packages', (t) => {
  const root = fixture(t);
  assert.deepEqual(names(root), []);
  write(root, 'packages/a/src/index.test.ts', 'test\n');
  write(root, 'packages/a/src/a.stories.ts', 'story\n');
  write(root, 'packages/c/src/index.ts', 'export const two = 2;\n');
  commit(root, 'tests only');
  assert.deepEqual(names(root), []);
  assert.equal(cli(root).status, 0);
});

test('fails for committed, uncommitted and new files of a package without a changeset', (t) => {
  const root = fixture(t);
  write(root, 'packages/a/src/index.ts', 'export const one = 2;\n');
  commit(root, 'change a');
  write(root, 'packages/b/README.md', '# b, better\n'); // uncommitted
  write(root, 'packages/b/src/new.ts', 'export {};\n'); // untracked
  assert.deepEqual(names(root), [
    '@x/a: packages/a/src/index.ts',
    '@x/b: packages/b/README.md packages/b/src/new.ts',
  ]);
  const { status, output } = cli(root);
  assert.equal(status, 1);
  assert.match(
    output,
    /@x\/a changed since it was added \(commit [0-9a-f]{10}; never released\), but no pending changeset names it:\n {2}packages\/a\/src\/index.ts/,
  );
  assert.match(output, /Run `npx changeset`/);

  // A changeset naming a (committed or not) covers a; b still fails.
  write(root, '.changeset/fix-a.md', "---\n'@x/a': patch\n---\n\nFix a.\n");
  assert.deepEqual(names(root), ['@x/b: packages/b/README.md packages/b/src/new.ts']);
  write(root, '.changeset/fix-b.md', "---\n'@x/b': patch\n---\n\nFix b.\n");
  assert.equal(cli(root).status, 0);
});

test('a release (version bump) resets the baseline; later changes need a new changeset', (t) => {
  const root = fixture(t);
  write(root, 'packages/a/src/index.ts', 'export const one = 2;\n');
  write(root, '.changeset/fix-a.md', "---\n'@x/a': patch\n---\n\nFix a.\n");
  commit(root, 'change a with a changeset');
  // `changeset version`: bumps the version and consumes the changeset.
  write(root, 'packages/a/package.json', manifest('@x/a', '0.0.1'));
  write(root, 'packages/a/CHANGELOG.md', '# @x/a\n\n## 0.0.1\n\n- Fix a.\n');
  unlinkSync(join(root, '.changeset/fix-a.md'));
  commit(root, 'version packages');
  assert.deepEqual(names(root), []);

  // Editing package.json elsewhere (a dependency) counts, without moving the baseline.
  write(
    root,
    'packages/a/package.json',
    manifest('@x/a', '0.0.1', { dependencies: { lit: '^3' } }),
  );
  commit(root, 'add a dependency');
  write(root, 'packages/a/src/index.ts', 'export const one = 3;\n');
  const [missing] = unreleasedChanges(root);
  assert.equal(missing.name, '@x/a');
  assert.deepEqual(missing.files, ['packages/a/package.json', 'packages/a/src/index.ts']);
  assert.equal(missing.since, git(root, 'rev-parse', 'HEAD~1').trim());
  assert.match(cli(root).output, /@x\/a changed since its last release, 0\.0\.1 \(commit/);
});

test('a package not committed yet counts as changed in full', (t) => {
  const root = fixture(t);
  write(root, 'packages/d/package.json', manifest('@x/d', '0.0.0'));
  write(root, 'packages/d/src/index.ts', 'export {};\n');
  assert.deepEqual(names(root), ['@x/d: packages/d/package.json packages/d/src/index.ts']);
});

test('skips with a clear message without git history', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'qx-changesets-nogit-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  write(root, 'package.json', JSON.stringify({ workspaces: ['packages/*'] }));
  assert.throws(() => unreleasedChanges(root), GitUnavailable);
  const { status, output } = cli(root);
  assert.equal(status, 0);
  assert.match(output, /check-changesets: skipped, not a git repository with commits/);
});

test('skips a shallow clone, whose history is cut', (t) => {
  const source = fixture(t);
  write(source, 'packages/a/src/index.ts', 'export const one = 2;\n');
  commit(source, 'second');
  const clone = mkdtempSync(join(tmpdir(), 'qx-changesets-shallow-'));
  t.after(() => rmSync(clone, { recursive: true, force: true }));
  git(tmpdir(), 'clone', '-q', '--depth', '1', `file://${source}`, clone);
  assert.match(cli(clone).output, /skipped, a shallow clone/);
});

test('works in a full clone (as CI makes it)', (t) => {
  const source = fixture(t);
  write(source, 'packages/a/src/index.ts', 'export const one = 2;\n');
  commit(source, 'second');
  const clone = mkdtempSync(join(tmpdir(), 'qx-changesets-clone-'));
  t.after(() => rmSync(clone, { recursive: true, force: true }));
  git(tmpdir(), 'clone', '-q', source, clone);
  assert.deepEqual(names(clone), ['@x/a: packages/a/src/index.ts']);
});
