// Fresh copies of real site folders under os.tmpdir(), and the real CLI run on them.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SiteError, formatProblem, loadSite } from '../../dist/index.js';

const sites = fileURLToPath(new URL('../../../../sites/', import.meta.url));
export const cli = fileURLToPath(new URL('../../bin/qiaoxin-site.js', import.meta.url));

/** A temporary folder; `copy(into)` puts a copy of sites/<id> in it, named like the original. */
export async function tempSites(id = 'jinshan') {
  const temp = await mkdtemp(join(tmpdir(), 'qx-messages-'));
  let n = 0;
  return {
    async copy() {
      const dir = join(temp, String(n++), id);
      await cp(join(sites, id), dir, {
        recursive: true,
        filter: (src) => !/[/\\](dist|node_modules|\.dev)$|\.(building|old)-\d+$/.test(src),
      });
      return dir;
    },
    remove: () => rm(temp, { recursive: true, force: true }),
  };
}

/** The problems loadSite reports, as `file:line: message` lines; fails if it loads. */
export async function problemsOf(dir) {
  const error = await loadSite(dir).then(
    () => null,
    (e) => e,
  );
  if (!(error instanceof SiteError)) {
    throw new Error(`expected a SiteError, got ${error?.stack ?? 'a loaded site'}`);
  }
  return error.problems.map(formatProblem);
}

/** Runs the CLI to its end; resolves with its exit code (or signal), stdout and stderr. */
export function runCli(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
