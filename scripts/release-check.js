// Release rehearsal: proves that the pending changesets turn into versions and CHANGELOGs, and
// that every published package packs with all the files its package.json points at.
//
// It never touches the real tree: the repository (tracked and untracked, not ignored files) and
// the built output of each published package are copied into a temporary folder, and
// `changeset version` and `npm pack --dry-run` run there. Build first (`npx turbo run build`;
// `npm test` has built everything by the time it runs this).
//
//   node scripts/release-check.js [--keep]   (--keep leaves the temporary copy for a look)
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const failures = [];
const fail = (message) => failures.push(message);

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** The workspace packages: folder (relative), package.json; from the root's `workspaces` globs. */
export function workspacePackages(dir) {
  const { workspaces = [] } = readJson(join(dir, 'package.json'));
  const found = [];
  for (const pattern of workspaces) {
    if (!pattern.endsWith('/*')) throw new Error(`unsupported workspaces pattern ${pattern}`);
    const parent = pattern.slice(0, -2);
    const entries = existsSync(join(dir, parent)) ? readdirSync(join(dir, parent)).sort() : [];
    for (const entry of entries) {
      const file = join(dir, parent, entry, 'package.json');
      if (existsSync(file)) found.push({ dir: `${parent}/${entry}`, pkg: readJson(file) });
    }
  }
  return found;
}

/** Pending changesets: package name → summaries, from `.changeset/*.md` front matter. */
export function pendingNotes(dir) {
  const notes = new Map();
  const folder = join(dir, '.changeset');
  const files = readdirSync(folder).filter((f) => f.endsWith('.md') && f !== 'README.md');
  for (const file of files) {
    const text = readFileSync(join(folder, file), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
    if (!match) continue;
    const summary = match[2].trim();
    for (const line of match[1].split(/\r?\n/)) {
      const name = /^\s*['"]?([^'":]+)['"]?\s*:/.exec(line)?.[1]?.trim();
      if (name) notes.set(name, [...(notes.get(name) ?? []), summary]);
    }
  }
  return notes;
}

/** Every file path a package.json points at (exports, main, types, bin, …), `*` patterns kept. */
export function referencedPaths(pkg) {
  const paths = new Set();
  const walk = (value) => {
    if (typeof value === 'string') paths.add(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(pkg.exports);
  for (const field of ['main', 'module', 'types', 'typings', 'customElements']) walk(pkg[field]);
  walk(typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : pkg.bin);
  return [...paths].map((p) => p.replace(/^\.\//, ''));
}

/** Whether `pattern` (an exports target, maybe with `*`) names at least one of `files`. */
export function patternMatches(pattern, files) {
  if (!pattern.includes('*')) return files.includes(pattern);
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  const regex = new RegExp(`^${escaped.join('.+')}$`);
  return files.some((file) => regex.test(file));
}

/** Every file under `dir`, as paths relative to it (node_modules left out). */
function listFiles(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.name === 'node_modules') return [];
    return entry.isDirectory() ? listFiles(dir, path) : [path];
  });
}

function run(command, args, cwd) {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Copies the working tree's tracked and untracked, not ignored files, plus each published package's shipped files. */
function copyRepository(to, published) {
  let listed;
  try {
    listed = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], root);
  } catch {
    throw new Error('release check: needs git to list the repository files (git ls-files failed).');
  }
  for (const file of new Set(listed.split('\0').filter(Boolean))) {
    const from = join(root, file);
    // Deleted in the working tree, or a node_modules symlink (which `node_modules/` does not ignore).
    if (!existsSync(from) || file.split('/').includes('node_modules')) continue;
    mkdirSync(dirname(join(to, file)), { recursive: true });
    cpSync(from, join(to, file));
  }
  // Built output (dist/, custom-elements.json) is git-ignored: copy whatever `files` ships.
  for (const { dir, pkg } of published)
    for (const entry of pkg.files ?? [])
      if (existsSync(join(root, dir, entry)))
        cpSync(join(root, dir, entry), join(to, dir, entry), { recursive: true });
  // `changeset version` loads its changelog generator from node_modules.
  symlinkSync(join(root, 'node_modules'), join(to, 'node_modules'), 'dir');
}

function main() {
  const keep = process.argv.includes('--keep');
  const all = workspacePackages(root);
  const published = all.filter(({ pkg }) => !pkg.private);
  const notes = pendingNotes(root);
  if (!notes.size) {
    console.log(
      'release check: no pending changesets, nothing to release; checking packaging only.',
    );
  }

  const tmp = mkdtempSync(join(tmpdir(), 'qiaoxin-release-'));
  try {
    copyRepository(tmp, published);

    // 1. Versions and CHANGELOGs.
    if (notes.size) {
      try {
        run(process.execPath, [join(root, 'node_modules/@changesets/cli/bin.js'), 'version'], tmp);
      } catch (error) {
        fail(`changeset version failed:\n${error.stdout}${error.stderr}`);
      }
      const versions = new Set();
      for (const { dir, pkg } of all) {
        const after = readJson(join(tmp, dir, 'package.json'));
        const changelog = join(tmp, dir, 'CHANGELOG.md');
        if (pkg.private) {
          if (after.version !== pkg.version)
            fail(`${pkg.name} is private but changeset version bumped it to ${after.version}.`);
          if (existsSync(changelog) && !existsSync(join(root, dir, 'CHANGELOG.md')))
            fail(`${pkg.name} is private but changeset version wrote a CHANGELOG.md.`);
          continue;
        }
        versions.add(after.version);
        if (after.version === pkg.version) {
          fail(`${pkg.name}: version not bumped (still ${pkg.version}).`);
          continue;
        }
        if (!existsSync(changelog)) {
          fail(`${pkg.name}: no CHANGELOG.md after changeset version.`);
          continue;
        }
        const text = readFileSync(changelog, 'utf8');
        if (!text.includes(`## ${after.version}`))
          fail(`${pkg.name}: CHANGELOG.md has no "## ${after.version}" section.`);
        for (const summary of notes.get(pkg.name) ?? []) {
          const first = summary.split('\n')[0].trim();
          if (!text.includes(first))
            fail(`${pkg.name}: CHANGELOG.md misses the pending note "${first}".`);
        }
        console.log(`  ${pkg.name} ${pkg.version} → ${after.version}, CHANGELOG.md written`);
      }
      if (versions.size > 1)
        fail(`published packages must share one version (fixed), got ${[...versions].join(', ')}.`);
    }

    // 2. Packaging: every path package.json points at is in the tarball.
    for (const { dir } of published) {
      const pkg = readJson(join(tmp, dir, 'package.json'));
      let packed;
      try {
        const out = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], join(tmp, dir));
        packed = JSON.parse(out.slice(out.indexOf('[')))[0];
      } catch (error) {
        fail(
          `${pkg.name}: npm pack --dry-run failed:\n${error.stdout ?? ''}${error.stderr ?? error}`,
        );
        continue;
      }
      const files = packed.files.map((f) => f.path);
      const missing = referencedPaths(pkg).filter((p) => !patternMatches(p, files));
      for (const path of missing) {
        const inTree = patternMatches(path, listFiles(join(tmp, dir)));
        fail(
          `${pkg.name}: package.json points at ./${path}, which is not in the package` +
            (inTree
              ? ' (it exists: add it to "files" in package.json).'
              : ' (it does not exist: not built? run npx turbo run build).'),
        );
      }
      if (!files.includes('README.md')) fail(`${pkg.name}: the package has no README.md.`);
      console.log(
        `  ${pkg.name}: ${files.length} files, ${missing.length ? 'MISSING FILES' : 'every export, type and bin present'}`,
      );
    }
  } finally {
    if (keep) console.log(`release check: copy kept in ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failures.length) {
    console.error(
      `\nrelease check failed (${seconds} s):\n${failures.map((f) => `- ${f}`).join('\n')}`,
    );
    process.exit(1);
  }
  console.log(
    `release check passed in ${seconds} s: ${published.length} published packages version and pack cleanly` +
      ' (the working tree is untouched).',
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
