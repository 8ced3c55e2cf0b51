// Prompting is a function over `ask(question) → answer`, so it is tested without a terminal.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main, promptMissing, readlineAsk } from '../src/index.js';

let temp;
before(() => {
  temp = mkdtempSync(join(tmpdir(), 'create-qiaoxin-site-prompt-'));
});
after(() => rmSync(temp, { recursive: true, force: true }));

/** An `ask` that answers from a list and records the questions. */
function scripted(answers) {
  const asked = [];
  const ask = async (question) => {
    asked.push(question);
    if (!answers.length) throw new Error(`unexpected question: ${question}`);
    return answers.shift();
  };
  return { ask, asked };
}

const sink = () => {
  const stream = new PassThrough();
  stream.text = '';
  stream.on('data', (d) => (stream.text += d));
  return stream;
};

test('asks only for what the flags left out', async () => {
  const { ask, asked } = scripted(['测试区归国华侨联合会', '#00606b']);
  const values = await promptMissing(
    { id: 'ceshi', nameZh: undefined, nameEn: 'Ceshi FROC', primary: undefined },
    ask,
    { dir: temp },
  );
  assert.deepEqual(values, {
    id: 'ceshi',
    nameZh: '测试区归国华侨联合会',
    nameEn: 'Ceshi FROC',
    primary: '#00606b',
  });
  assert.equal(asked.length, 2);
  assert.match(asked[0], /中文名称/);
  assert.match(asked[1], /主色/);
});

test('asks again after an invalid answer, saying why', async () => {
  const { ask, asked } = scripted([
    'Bad Id',
    'ceshi',
    '',
    '测试区侨联',
    'Ceshi',
    'rde',
    '#eee',
    'n',
    '#036',
  ]);
  const said = [];
  const values = await promptMissing({}, ask, { dir: temp, say: (l) => said.push(l) });
  assert.deepEqual(values, {
    id: 'ceshi',
    nameZh: '测试区侨联',
    nameEn: 'Ceshi',
    primary: '#036',
  });
  assert.equal(asked.length, 9);
  assert.equal(said.length, 4);
  assert.match(said[0], /"Bad Id" must be lower-case/);
  assert.match(said[1], /中文名称/);
  assert.match(said[2], /"rde" is not a CSS colour/);
  assert.match(said[3], /主色 #eee 对比度不足.*1\.16:1/);
  assert.match(asked[7], /^改用 #[0-9a-f]{6}？Use #[0-9a-f]{6} instead\? \[Y\/n\] $/);
});

test('main prompts for missing values and writes the site', async () => {
  const { ask, asked } = scripted(['ceshi', '测试区归国华侨联合会', '#00606b']);
  const stdout = sink();
  const stderr = sink();
  const code = await main(['--name-en', 'Ceshi District Federation of Returned Overseas Chinese'], {
    ask,
    stdout,
    stderr,
    cwd: temp,
  });
  assert.equal(code, 0, stderr.text);
  assert.equal(asked.length, 3);
  const config = JSON.parse(readFileSync(join(temp, 'sites/ceshi/site.config.json'), 'utf8'));
  assert.equal(config.name.zh, '测试区归国华侨联合会');
  assert.equal(config.shortName.en, 'Ceshi District FROC');
  assert.match(stdout.text, /已创建 \/ Created sites\/ceshi\//);
  assert.match(stdout.text, /下一步：填写 site\.config\.json/);
});

test('main refuses a bad flag before asking anything', async () => {
  const { ask, asked } = scripted([]);
  const stderr = sink();
  const code = await main(['new-one', '--primary', '#ffff00'], {
    ask,
    stdout: sink(),
    stderr,
    cwd: temp,
  });
  assert.equal(code, 1);
  assert.equal(asked.length, 0);
  assert.match(stderr.text, /主色 #ffff00 对比度不足.*1\.07:1.* \/ the primary colour #ffff00/);
  assert.equal(existsSync(join(temp, 'sites/new-one')), false);
});

test('readlineAsk reads answers from a stream, and fails when it ends', async () => {
  const input = new PassThrough();
  const output = sink();
  const { ask, close } = readlineAsk(input, output);
  const answer = ask('中文名称? ');
  input.write('测试区侨联\n');
  assert.equal(await answer, '测试区侨联');
  assert.match(output.text, /中文名称\? /);
  const pending = ask('English name? ');
  input.end();
  await assert.rejects(pending, /the input ended before every value was given/);
  close();
});
