// Many districts: generates N synthetic sites with create-qiaoxin-site, builds them all through
// Turborepo (cold), changes one article and builds again (only that site may rebuild), and
// prints the times. Not a test: `npm run bench:sites [-- --count 50]`. Everything it adds (the
// sites/bench-* folders, their lockfile entries and workspace links) is removed at the end,
// also when it fails or is interrupted.
import { execFile } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { contrastRatio, createSite } from 'create-qiaoxin-site';

const root = fileURLToPath(new URL('../../', import.meta.url));
// `--count N`; a bare N also works (npm takes `--count` for itself without a `--` before it).
const { values, positionals } = parseArgs({
  options: { count: { type: 'string', default: '50' } },
  allowPositionals: true,
});
const countArg = positionals[0] ?? values.count;
const count = Number(countArg);
if (!Number.isInteger(count) || count < 1 || count > 999) {
  console.error(`--count must be a whole number from 1 to 999, not ${countArg}`);
  process.exit(2);
}

const width = String(count).length < 2 ? 2 : String(count).length;
const ids = Array.from(
  { length: count },
  (_, i) => `bench-${String(i + 1).padStart(width, '0')}-district`,
);
const dirs = ids.map((id) => join(root, 'sites', id));
const lockFile = join(root, 'package-lock.json');
const lockBefore = readFileSync(lockFile, 'utf8');

/** A dark colour of hue `h` (0–360) that white text can sit on (≥ 4.5:1). */
function colour(h) {
  for (let l = 0.32; ; l -= 0.02) {
    const f = (n) => {
      const k = (n + h / 30) % 12;
      const a = 0.7 * Math.min(l, 1 - l);
      const c = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
      return Math.round(c * 255)
        .toString(16)
        .padStart(2, '0');
    };
    const hex = `#${f(0)}${f(8)}${f(4)}`;
    if (contrastRatio(hex, '#ffffff') >= 4.5) return hex;
  }
}

/** Runs a command in the repo root; resolves with its output and wall time in seconds. */
function run(command, args) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd: root, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0' } },
      (error, stdout, stderr) => {
        const seconds = (performance.now() - started) / 1000;
        if (error) {
          error.message += `\n${stdout}\n${stderr}`;
          reject(error);
        } else resolve({ output: `${stdout}\n${stderr}`, seconds });
      },
    );
  });
}

/** turbo's "Cached: X cached, Y total". */
function cachedOf(output) {
  const m = /Cached:\s+(\d+) cached, (\d+) total/.exec(output);
  if (!m) throw new Error(`no "Cached:" line in turbo's output:\n${output}`);
  return { cached: Number(m[1]), total: Number(m[2]) };
}

/** Which bench sites turbo executed (cache miss) rather than restored. */
const executed = (output) =>
  [...output.matchAll(/@qiaoxin-site\/(bench-[\w-]+):build: cache miss/g)].map((m) => m[1]);

/** The per-site build times qiaoxin-site reports ("14 pages → dist in 0.5 s"). */
const siteSeconds = (output) =>
  [...output.matchAll(/@qiaoxin-site\/bench-[\w-]+:build: (\d+) pages → dist in ([\d.]+) s/g)].map(
    (m) => ({ pages: Number(m[1]), seconds: Number(m[2]) }),
  );

let cleaned = false;
async function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  // Only the bench sites' entries are taken out of the lockfile (which npm writes as 2-space
  // JSON): restoring the whole file would also undo anyone else's change made meanwhile.
  const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
  const ours = (key) =>
    ids.some((id) => key === `sites/${id}` || key === `node_modules/@qiaoxin-site/${id}`);
  lock.packages = Object.fromEntries(Object.entries(lock.packages).filter(([k]) => !ours(k)));
  writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
  console.log('cleaning up: removed the bench sites and their lockfile entries, unlinking…');
  await run('npm', ['install', '--no-audit', '--no-fund', '--offline']);
  const same = readFileSync(lockFile, 'utf8') === lockBefore;
  console.log(
    `package-lock.json ${same ? 'is as before' : 'differs from before the bench (changed meanwhile?)'}`,
  );
}
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    cleanUp().finally(() => process.exit(130));
  });

const turbo = (...args) => run('npx', ['turbo', 'run', 'build', ...args]);
const filter = '--filter=@qiaoxin-site/bench-*';
const fmt = (s) => `${s.toFixed(1)} s`;

try {
  const taken = ids.filter((_, i) => existsSync(dirs[i]));
  if (taken.length) throw new Error(`sites/${taken[0]} already exists: remove it first`);

  let started = performance.now();
  ids.forEach((id, i) => {
    createSite({
      id,
      dir: join(root, 'sites'),
      nameZh: `第${i + 1}示范区归国华侨联合会`,
      nameEn: `Bench District ${i + 1} Federation of Returned Overseas Chinese`,
      primary: colour((i * 360) / count),
    });
  });
  console.log(`created ${count} sites in ${fmt((performance.now() - started) / 1000)}`);

  const install = await run('npm', ['install', '--no-audit', '--no-fund', '--offline']);
  console.log(`npm install (links the workspaces): ${fmt(install.seconds)}`);

  // The design-system packages are built first and not timed: the figures are the sites'.
  const deps = await turbo('--filter=@qiaoxin/site-kit...');
  console.log(`site-kit and its dependencies up to date: ${fmt(deps.seconds)}`);

  // --only: just the sites' tasks; --force: nothing restored from an earlier bench run.
  const cold = await turbo(filter, '--only', '--force');
  const coldSites = siteSeconds(cold.output);
  if (coldSites.length !== count)
    throw new Error(`expected ${count} site builds, turbo ran ${coldSites.length}`);
  const mean = coldSites.reduce((sum, s) => sum + s.seconds, 0) / count;
  const pages = coldSites.reduce((sum, s) => sum + s.pages, 0);

  const article = join(dirs[0], 'content/articles/welcome.md');
  appendFileSync(article, `\n本段为基准测试修改，${new Date().toISOString()}。\n`);
  started = performance.now();
  const again = await turbo(filter, '--only');
  const { cached, total } = cachedOf(again.output);
  const rebuilt = executed(again.output);

  console.log(`
${count} district sites, ${pages} pages (Turborepo, default concurrency)
  cold build, all sites:        ${fmt(cold.seconds)} wall (${fmt(cold.seconds / count)} per site)
  per-site build (qiaoxin-site): mean ${fmt(mean)}, max ${fmt(Math.max(...coldSites.map((s) => s.seconds)))}
  one article changed, rebuild: ${fmt(again.seconds)} wall; cache hits ${cached} of ${total}; rebuilt: ${rebuilt.join(', ') || 'none'}`);
  if (rebuilt.length !== 1 || rebuilt[0] !== ids[0] || cached !== total - 1) {
    process.exitCode = 1;
    console.error(`expected only ${ids[0]} to rebuild`);
  }
} catch (error) {
  process.exitCode = 1;
  console.error(error);
} finally {
  await cleanUp();
}
