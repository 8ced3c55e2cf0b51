// Builds shared across machines through a self-hosted Turborepo remote cache, as
// docs/deploy/remote-cache.md tells a federation to run it: the cache server
// (turborepo-remote-cache, local storage in a temp folder) on 127.0.0.1, behind the docs' nginx
// block with TLS, as every district's CI reaches it. A fresh clone of the committed HEAD builds
// a district (cache miss, every task's outputs uploaded); a second fresh clone of the same
// commit — with turbo as its only dependency, so no task could run — builds the same command
// entirely from the server, byte for byte the first clone's files; a wrong token is refused
// (401) and the build goes on without the cache. Each command of the deploy docs is run here,
// from the strings below, through `sh -c`, exactly as written there.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  builtFiles,
  differingFiles,
  endAll,
  linkAllModules,
  linkModules,
  removeOnExit,
  run,
  runSummary,
  snapshot,
  start,
  waitForLine,
} from './remote-cache-helpers.js';
import { makeCertificates, nginxBlock, startNginx } from './remote-cache-tls.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const docs = ['docs/deploy/remote-cache.md', 'docs/deploy/remote-cache.zh-CN.md'];

/** The commands of the deploy docs, each run below. */
const commands = {
  token: `node -e "console.log(require('node:crypto').randomBytes(32).toString('hex'))"`,
  server: 'node_modules/.bin/turborepo-remote-cache',
  status: 'curl -fsS "$TURBO_API/v8/artifacts/status"',
  build: 'npx turbo run build --filter=@qiaoxin-site/jinshan...',
};
/** Commands of the docs run elsewhere, or that change the system (shown, never run). */
const elsewhere = {
  'npm ci': '.ci/run runs it before `npm test`',
  'npm test': '.ci/run runs it (this test is part of it)',
  'systemctl enable --now qiaoxin-turbo-cache': 'system setup (systemd)',
  'nginx -t': 'system setup (checks the nginx configuration)',
  'systemctl reload nginx': 'system setup',
};
const team = 'qiaoxin';

// The environment of every command: this machine's, without any TURBO_* of its own (a CI that
// already uses a remote cache must not leak into the test).
const baseEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !name.startsWith('TURBO_')),
);
const sh = (command, options) => run('sh', ['-c', command], options);

describe('Turborepo remote cache (docs/deploy/remote-cache.md)', { timeout: 600_000 }, () => {
  let work, store, server, api, certificates, nginx;
  /** Two districts' tokens, and one the server never learns. */
  let tokens = [];
  let wrongToken;
  /** The documented server environment (the systemd unit's), but any free port for the test. */
  const serverEnv = () => ({
    HOST: '127.0.0.1',
    PORT: '0',
    STORAGE_PROVIDER: 'local',
    STORAGE_PATH: store,
    STORAGE_PATH_USE_TMP_FOLDER: 'false',
    BODY_LIMIT: '524288000',
    TURBO_TOKEN: tokens.join(','), // one per district, comma-separated
  });
  /** What a district's CI sets (docs: the workflow's env), plus the test's own switches. */
  const ciEnv = (token) => ({ TURBO_API: api, TURBO_TEAM: team, TURBO_TOKEN: token });
  const turboEnv = (token) => ({
    ...baseEnv,
    ...ciEnv(token),
    SSL_CERT_FILE: certificates.ca, // the test's certificate authority (nginx's TLS)
    TURBO_RUN_SUMMARY: 'true', // .turbo/runs/*.json: each task's hash and cache status
    TURBO_TELEMETRY_DISABLED: '1',
    TURBO_NO_UPDATE_NOTIFIER: '1',
  });

  /** A fresh clone of the committed HEAD, as a CI machine checks it out. */
  async function clone(name) {
    const dir = join(work, name);
    const head = (await run('git', ['rev-parse', 'HEAD'], { cwd: repo })).output.trim();
    for (const args of [
      ['clone', '-q', repo, dir],
      ['-C', dir, 'checkout', '-q', '--detach', head],
    ]) {
      const { code, output } = await run('git', args, { cwd: work });
      assert.equal(code, 0, `git ${args.join(' ')}:\n${output}`);
    }
    return dir;
  }

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'qiaoxin-remote-cache-'));
    removeOnExit(work); // if the run is interrupted before after() below
    store = join(work, 'store');
    await mkdir(store);
  });
  after(async () => {
    await endAll(); // the server, and any build a failed test left running
    if (work) await rm(work, { recursive: true, force: true });
  });

  test('the deploy docs show only commands that are run', async () => {
    const runHere = new Set([...Object.values(commands), ...Object.keys(elsewhere)]);
    const ci = await readFile(join(repo, '.ci/run'), 'utf8');
    assert.match(ci, /^npm ci\b[\s\S]*^npm test$/m, '.ci/run no longer runs npm ci, npm test');
    const samples = [];
    for (const doc of docs) {
      const text = await readFile(join(repo, doc), 'utf8');
      // The docs are ours: fenced blocks are ```lang … ``` at the start of a line.
      const blocks = [...text.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)];
      // The samples (unit, nginx, workflow) are the same in each language but for comments.
      samples.push(
        blocks
          .filter(([, lang]) => lang !== 'sh')
          .map(([, , body]) => body.replace(/^\s*#.*\n/gm, ''))
          .join('\n'),
      );
      const shLines = blocks
        .filter(([, lang]) => lang === 'sh')
        .flatMap(([, , body]) => body.split('\n'))
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'));
      assert.ok(shLines.length >= 4, `${doc}: no commands found`);
      // And the commands in the text, `npm …` and the like.
      const inline = [...text.replace(/^```[\s\S]*?^```$/gm, '').matchAll(/`([^`]+)`/g)]
        .map((m) => m[1])
        .filter((code) => /^(npm|npx|node|curl|git|nginx|systemctl|journalctl|chmod) /.test(code));
      for (const line of [...shLines, ...inline])
        assert.ok(runHere.has(line), `${doc}: "${line}" is run nowhere`);
      // The systemd unit starts the documented command with the variables the test gives.
      const ini = blocks.filter(([, lang]) => lang === 'ini').map(([, , body]) => body);
      const unitVars = ini
        .join('\n')
        .split('\n')
        .map((line) => /^(?:Environment=)?([A-Z_]+)=/.exec(line)?.[1])
        .filter(Boolean);
      assert.deepEqual(unitVars.sort(), Object.keys(serverEnv()).sort(), `${doc}: server env`);
      assert.ok(ini.join('\n').includes(`\nExecStart=/srv/qiaoxin/${commands.server}\n`), doc);
      // The CI workflow sets exactly the three variables a district's build gets.
      const yaml = blocks.filter(([, lang]) => lang === 'yaml').map(([, , body]) => body);
      const ciVars = [...yaml.join('\n').matchAll(/^\s+(TURBO_[A-Z_]+):/gm)].map((m) => m[1]);
      assert.deepEqual(ciVars.sort(), Object.keys(ciEnv('')).sort(), `${doc}: CI env`);
      // nginx accepts uploads as large as the server does.
      const [, mebibytes] = /client_max_body_size (\d+)m;/.exec(nginxBlock(text));
      assert.equal(Number(mebibytes) * 2 ** 20, Number(serverEnv().BODY_LIMIT), doc);
    }
    assert.equal(samples[1], samples[0], 'the Chinese samples differ from the English ones');
  });

  test('the cache server starts on loopback, behind nginx with TLS', async () => {
    const made = [];
    for (let i = 0; i < 3; i++) {
      const { code, output } = await sh(commands.token, { cwd: repo, env: baseEnv });
      assert.equal(code, 0, output);
      assert.match(output, /^[0-9a-f]{64}$/);
      made.push(output);
    }
    [wrongToken, ...tokens] = made;
    // Only what the systemd unit gives (and PATH, to find node): nothing else configures it.
    const env = { PATH: baseEnv.PATH, ...serverEnv() };
    server = start('sh', ['-c', commands.server], { cwd: repo, env });
    const [, upstream] = await waitForLine(
      server,
      /Server listening at (http:\/\/127\.0\.0\.1:\d+)/,
    );
    // Every request below goes through the docs' nginx block, over HTTPS.
    const tls = join(work, 'tls');
    await mkdir(tls);
    certificates = await makeCertificates(tls);
    const text = await readFile(join(repo, docs[0]), 'utf8');
    nginx = await startNginx(tls, nginxBlock(text), certificates, upstream);
    api = nginx.origin;

    // The status route asks for no token: it tells that the server is up (the builds below
    // check the tokens).
    const curlEnv = { ...baseEnv, ...ciEnv(''), CURL_CA_BUNDLE: certificates.ca };
    const { code, output } = await sh(commands.status, { env: curlEnv });
    assert.equal(code, 0, output);
    assert.equal(JSON.parse(output).status, 'enabled');
  });

  let first, firstFiles;
  test('a fresh clone builds a district and uploads every task to the server', async () => {
    first = await clone('first');
    linkAllModules(repo, first);
    const { code, output } = await sh(commands.build, { cwd: first, env: turboEnv(tokens[0]) });
    assert.equal(code, 0, output);
    assert.match(output, /Remote caching enabled/);
    const { tasks } = await runSummary(first);
    assert.ok(tasks.length >= 5, `tasks: ${tasks.map((t) => t.taskId)}`);
    for (const task of tasks) {
      assert.equal(task.cache.status, 'MISS', `${task.taskId} was cached before the first build`);
      const artifact = await stat(join(store, team, task.hash));
      assert.ok(artifact.size > 0, `${task.taskId}: nothing uploaded`);
    }
    firstFiles = await builtFiles(first);
    assert.ok(firstFiles.includes('sites/jinshan/dist/index.html'), 'the portal was not built');
  });

  test('a second clean clone builds the same commit entirely from the cache', async () => {
    const second = await clone('second');
    // turbo is its only dependency: no compiler, no qiaoxin-site, so no task can run here.
    linkModules(join(repo, 'node_modules'), join(second, 'node_modules'), (path) =>
      /^(turbo|@turbo|@turbo\/.*|\.bin|\.bin\/turbo)$/.test(path),
    );
    assert.ok(!existsSync(join(second, '.turbo')), 'a fresh clone has no local cache');
    // Another district's token: one cache for the whole federation.
    const { code, output } = await sh(commands.build, { cwd: second, env: turboEnv(tokens[1]) });
    assert.equal(code, 0, output);
    const { tasks } = await runSummary(second);
    assert.match(output, new RegExp(`Cached:\\s+${tasks.length} cached, ${tasks.length} total`));
    assert.match(output, /FULL TURBO/);
    assert.doesNotMatch(output, /cache miss/);
    for (const task of tasks)
      assert.deepEqual([task.cache.status, task.cache.source], ['HIT', 'REMOTE'], task.taskId);
    // Everything the first build wrote is here, byte for byte: turbo.json's outputs are complete.
    const secondFiles = await builtFiles(second);
    assert.deepEqual(
      secondFiles,
      firstFiles,
      'files the cache did not restore (turbo.json outputs)',
    );
    assert.deepEqual(await differingFiles(first, second, firstFiles), []);
  });

  test('a wrong token is refused and the build goes on without the cache', async () => {
    const third = await clone('third');
    linkAllModules(repo, third);
    const before = await snapshot(store);
    const from = server.lines.length;
    const { code, output } = await sh('npx turbo run build --filter=@qiaoxin/tokens', {
      cwd: third,
      env: turboEnv(wrongToken),
    });
    assert.equal(code, 0, output);
    assert.match(output, /401 Unauthorized/);
    const [task] = (await runSummary(third)).tasks;
    assert.ok(before[join(team, task.hash)], 'the server holds this task, yet may not give it');
    assert.equal(task.cache.status, 'MISS');
    assert.ok(existsSync(join(third, 'packages/tokens/dist/tokens.css')), 'built all the same');
    assert.deepEqual(await snapshot(store), before, 'the wrong token wrote to the cache');
    // The server's log (pino, a JSON line per request) shows the refusal.
    await waitForLine(server, /"res":\{"statusCode":401\}/, from);
  });

  test('nginx passed every request and upload on without a warning', async () => {
    const log = await readFile(nginx.errorLog, 'utf8');
    assert.doesNotMatch(log, /\[(?:warn|error|crit|alert|emerg)\]/, log);
  });
});
