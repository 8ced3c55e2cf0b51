// The CLI's own words: `--help`, and a command line it cannot run (an unknown command, an
// unknown option, an option without its value), in Chinese by default and in English with
// `--lang en`: one line saying what to type instead, exit code 1, never node's TypeError and
// stack. The real CLI as a process.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { englishEnv, runCli } from './helpers/site-copy.js';

const noLocale = englishEnv({ LANG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined });

/** Runs the CLI with no locale set (Chinese) unless `env` says otherwise. */
const run = (args, env = noLocale) => runCli(args, { env });

/** The CLI must refuse `args` with exactly `message` on stderr, nothing on stdout. */
async function refuses(args, message, env) {
  const { code, stdout, stderr } = await run(args, env);
  assert.equal(code, 1, stderr);
  assert.equal(stdout, '');
  assert.equal(stderr, `${message}\n`);
}

describe('qiaoxin-site --help', () => {
  test('in Chinese by default, on stdout, exit 0', async () => {
    const { code, stdout, stderr } = await run(['--help']);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^用法：\n {2}qiaoxin-site build \[网站文件夹\] \[--out <文件夹>\]/);
    assert.match(stdout, /--lang {2}zh 或 en：提示信息的语言/);
    assert.match(stdout, /--help {2}显示这段说明/);
    assert.doesNotMatch(stdout, /Usage|site folder/);
  });

  test('in English with --lang en, and with -h after a command', async () => {
    for (const args of [
      ['--help', '--lang', 'en'],
      ['build', '-h', '--lang', 'en'],
    ]) {
      const { code, stdout } = await run(args);
      assert.equal(code, 0);
      assert.match(stdout, /^Usage:\n {2}qiaoxin-site build \[site folder\] \[--out <folder>\]/);
      assert.match(stdout, /--help {2}print this text/);
    }
  });

  test('in English on an English system', async () => {
    const { stdout } = await run(['--help'], englishEnv());
    assert.match(stdout, /^Usage:/);
    assert.match(stdout, /--help {2}print this text/);
  });

  test('no command: the help, on stderr, exit 1', async () => {
    const { code, stdout, stderr } = await run([]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^用法：/);
  });
});

describe('a command line the CLI cannot run', () => {
  test('an unknown command', async () => {
    await refuses(
      ['biuld'],
      '“biuld”不是可用的命令：请用 qiaoxin-site build、qiaoxin-site dev、qiaoxin-site admin 或 qiaoxin-site import（qiaoxin-site --help 列出所有选项）',
    );
    await refuses(
      ['biuld', '--lang', 'en'],
      '"biuld" is not a command: use qiaoxin-site build, qiaoxin-site dev, qiaoxin-site admin or qiaoxin-site import (qiaoxin-site --help lists the options)',
    );
  });

  test('an unknown option, with the one probably meant', async () => {
    await refuses(
      ['build', '--output', 'public'],
      '--output 不是 qiaoxin-site 的选项：是不是想写 --out？（qiaoxin-site --help 列出所有选项）',
    );
    await refuses(
      ['build', '--output', 'public', '--lang', 'en'],
      '--output is not an option of qiaoxin-site: did you mean --out? (qiaoxin-site --help lists the options)',
    );
    await refuses(
      ['build', '--frobnicate'],
      '--frobnicate 不是 qiaoxin-site 的选项（qiaoxin-site --help 列出所有选项）',
    );
    await refuses(
      ['dev', '-port', '8080', '--lang', 'en'],
      '-port is not an option of qiaoxin-site: did you mean --port? (qiaoxin-site --help lists the options)',
    );
  });

  test('an option without its value, or with one it does not take', async () => {
    await refuses(['build', '--out'], '--out 后面要写一个值：--out <文件夹>');
    // Not a folder named "--strict": an option where a value should be is a value left out.
    await refuses(
      ['build', '--out', '--strict', '--lang', 'en'],
      '--out needs a value: --out <folder>',
    );
    await refuses(
      ['build', '--strict=yes', '--lang', 'en'],
      '--strict takes no value: write --strict alone',
    );
  });

  test('a port that is not a number, and a second folder', async () => {
    await refuses(
      ['dev', '--port', 'abc'],
      '--port “abc”不是端口号：请写 1 到 65535 之间的整数，例如 5173',
    );
    // Port 0 (any free port) is the editor's alone: a dev server's address must stay the same.
    await refuses(
      ['dev', '--port', '0', '--lang', 'en'],
      '--port "0" is not a port number: use a whole number from 1 to 65535, like 5173',
    );
    await refuses(
      ['admin', '--port', '70000', '--lang', 'en'],
      '--port "70000" is not a port number: use a whole number from 1 to 65535, like 5173',
    );
    await refuses(
      ['build', 'sites/jinshan', 'extra', '--lang', 'en'],
      'qiaoxin-site build takes one site folder, not also "extra" (put a folder name with spaces in quotes)',
    );
  });
});
