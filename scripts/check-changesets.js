// Fails when a published package changed since its last release without a pending changeset.
//
// For each published (not private) workspace package: its last release is the last commit that
// changed the `"version"` line of its package.json (for a package never released, 0.0.0, that
// is the commit that added it). Every file under the package changed since then — committed,
// uncommitted or new — that ships or builds what ships counts: package.json, src/ and whatever
// `files` lists (README.md, …), but not tests, stories or test fixtures. If any such file
// changed, some `.changeset/*.md` must name the package in its front matter.
//
//   node scripts/check-changesets.js [repository root]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Paths (inside a package) that never count: tests, stories, test helpers and fixtures, the changelog. */
export function isIgnored(path) {
  const segments = path.split('/');
  const name = segments.at(-1);
  if (/\.(test|spec|stories)\.[cm]?[jt]sx?$/.test(name)) return true;
  if (name === 'CHANGELOG.md') return true;
  return segments
    .slice(0, -1)
    .some((s) =>
      ['test', 'tests', '__tests__', 'test-utils', 'test-types', 'fixtures'].includes(s),
    );
}

/** Whether `path` (relative to the package) ships or builds what ships: package.json, src/, `files`. */
export function counts(path, pkg) {
  if (isIgnored(path)) return false;
  if (path === 'package.json' || path.startsWith('src/')) return true;
  return (pkg.files ?? []).some((entry) => {
    const clean = entry.replace(/^\.\//, '').replace(/\/$/, '');
    return path === clean || path.startsWith(`${clean}/`);
  });
}

/** Package names in the front matter of the pending changesets (`.changeset/*.md`, not README.md). */
export function namedInChangesets(root) {
  const folder = join(root, '.changeset');
  const names = new Set();
  if (!existsSync(folder)) return names;
  for (const file of readdirSync(folder)) {
    if (!file.endsWith('.md') || file === 'README.md') continue;
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(folder, file), 'utf8'));
    for (const line of front?.[1].split(/\r?\n/) ?? []) {
      const name = /^\s*['"]?([^'":\s]+)['"]?\s*:/.exec(line)?.[1];
      if (name) names.add(name);
    }
  }
  return names;
}

/** The published workspace packages: `{ dir, pkg }` for each `packages/*`-style folder not private. */
export function publishedPackages(root) {
  const { workspaces = [] } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const found = [];
  for (const pattern of workspaces) {
    const parent = pattern.replace(/\/\*$/, '');
    if (!existsSync(join(root, parent))) continue;
    for (const entry of readdirSync(join(root, parent)).sort()) {
      const file = join(root, parent, entry, 'package.json');
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, 'utf8'));
      if (!pkg.private) found.push({ dir: `${parent}/${entry}`, pkg });
    }
  }
  return found;
}

const git = (root, args) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * The published packages changed since their last release without a changeset naming them:
 * `[{ name, dir, version, since, files }]`. Throws `GitUnavailable` when `root` is not a usable git
 * repository (no git, not a repository, or a shallow clone whose history is cut).
 */
export function unreleasedChanges(root) {
  try {
    git(root, ['rev-parse', '--verify', 'HEAD']);
  } catch (error) {
    throw new GitUnavailable(
      error.code === 'ENOENT' ? 'git is not installed' : 'not a git repository with commits',
    );
  }
  if (git(root, ['rev-parse', '--is-shallow-repository']).trim() === 'true')
    throw new GitUnavailable('a shallow clone has no full history (clone without --depth)');

  const named = namedInChangesets(root);
  const missing = [];
  for (const { dir, pkg } of publishedPackages(root)) {
    if (named.has(pkg.name)) continue;
    const manifest = `${dir}/package.json`;
    // Last commit whose diff adds or removes a `"version":` line: the last release (or the
    // package's first commit). None: the package is not committed yet, so all of it is new.
    const since = git(root, [
      'log',
      '-n1',
      '--format=%H',
      '-G^[[:space:]]*"version"[[:space:]]*:',
      '--',
      manifest,
    ]).trim();
    const changed = since
      ? git(root, ['diff', '--name-only', since, '--', `${dir}/`]).split('\n')
      : git(root, ['ls-files', '--cached', '--', `${dir}/`]).split('\n');
    changed.push(
      ...git(root, ['ls-files', '--others', '--exclude-standard', '--', `${dir}/`]).split('\n'),
    );
    const files = [...new Set(changed.filter(Boolean))]
      .filter((file) => counts(file.slice(dir.length + 1), pkg))
      .sort();
    if (files.length)
      missing.push({ name: pkg.name, dir, version: pkg.version, since: since || null, files });
  }
  return missing;
}

export class GitUnavailable extends Error {}

function main() {
  const root = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..');
  let missing;
  try {
    missing = unreleasedChanges(root);
  } catch (error) {
    if (!(error instanceof GitUnavailable)) throw error;
    console.log(
      `check-changesets: skipped, ${error.message}; cannot tell what changed since the last release.`,
    );
    return;
  }
  if (!missing.length) {
    console.log(
      'check-changesets: every published package changed since its last release has a changeset.',
    );
    return;
  }
  for (const { name, since, files, version } of missing) {
    const when = !since
      ? '(it is not committed yet)'
      : version === '0.0.0'
        ? `since it was added (commit ${since.slice(0, 10)}; never released)`
        : `since its last release, ${version} (commit ${since.slice(0, 10)})`;
    console.error(`\n${name} changed ${when}, but no pending changeset names it:`);
    for (const file of files.slice(0, 20)) console.error(`  ${file}`);
    if (files.length > 20) console.error(`  … and ${files.length - 20} more`);
  }
  console.error(
    '\nRun `npx changeset`, pick the package(s) above and the kind of bump, and describe the change' +
      ' for the people who upgrade. (Tests, stories and fixtures alone need no changeset.)',
  );
  process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
