// The webmaster guide (docs/webmaster/guide.*.md) is honest: every sample in it is a file that
// builds as written, and every command in it is run by a test or a package script.
//
// How the guide marks its samples (an HTML comment on the line before a fenced block):
//   <!-- sample: <path> -->             the block is that whole file of a site folder
//                                       (path relative to the folder, e.g. theme.json);
//   <!-- sample: <path> (fragment) -->  the block is part of that file: for .json, members
//                                       ("key": value, …) set in the file; for .md, lines
//                                       added at its end. Applied after the whole files.
//   <!-- commands: one-time system setup -->
//                                       a ```sh block that installs system software (Node.js);
//                                       its commands are listed in `systemSetup`, not run.
// Every ```json and ```markdown block must be a sample (plain ``` blocks — folder trees,
// messages, policies — are not files). Each guide's samples go into one copy of sites/jinshan,
// built with the real CLI; the build must succeed and each sample's content show on its page.
// Commands are the lines of ```sh blocks and the inline `code` starting with a program name;
// each must be in `tested` (or `systemSetup`), so a new command fails here until it is tested.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { decodeHTML } from 'entities';
import MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import { createCommand, systemSetup, tested } from './helpers/guide-commands.js';
import { runCli, tempSites } from './helpers/site-copy.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const guides = ['guide.en.md', 'guide.zh-CN.md'];

// html: true, or the marker comments would be read as paragraphs of text.
const markdown = new MarkdownIt({ html: true });

/** The samples and commands of one guide. */
async function read(name) {
  const text = await readFile(join(repo, 'docs/webmaster', name), 'utf8');
  const tokens = markdown.parse(text, {});
  const samples = [];
  const commands = [];
  const setup = [];
  const unmarked = [];
  tokens.forEach((token, i) => {
    if (token.type === 'inline') {
      for (const child of token.children ?? []) {
        if (
          child.type === 'code_inline' &&
          /^(npm|npx|node|git|nginx|curl|sudo) /.test(child.content)
        )
          commands.push(child.content);
      }
    }
    if (token.type !== 'fence') return;
    const before = tokens[i - 1]?.type === 'html_block' ? tokens[i - 1].content.trim() : '';
    const lang = token.info.trim();
    const sample = /^<!-- sample: (\S+)( \(fragment\))? -->$/.exec(before);
    if (sample) {
      samples.push({
        path: sample[1],
        fragment: !!sample[2],
        text: token.content,
        line: token.map[0] + 1,
      });
    } else if (lang === 'json' || lang === 'markdown') {
      unmarked.push(`${name}:${token.map[0] + 1}`);
    } else if (lang === 'sh') {
      const lines = token.content
        .replace(/\\\n\s*/g, '') // continued lines are one command
        .split('\n')
        .map((l) =>
          l
            .replace(/\s+#.*$/, '')
            .replace(/\s+/g, ' ')
            .trim(),
        )
        .filter(Boolean);
      (before === '<!-- commands: one-time system setup -->' ? setup : commands).push(...lines);
    }
  });
  return { samples, commands, setup, unmarked };
}

/** Text of a built page as a reader sees it: without Lit's markers, entities decoded. */
const textOf = async (file) =>
  decodeHTML((await readFile(file, 'utf8')).replace(/<!--[\s\S]*?-->/g, ''));

/** A JSON sample as a value; a fragment's members are wrapped in braces first. */
function jsonOf(sample) {
  return JSON.parse(sample.fragment ? `{${sample.text}}` : sample.text);
}

/**
 * Shell words of a command: only plain and "double-quoted" words occur in the guide, so this
 * splitter is enough (a shell-parsing dependency would be more than the guide needs).
 */
function words(command) {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

let sites;
before(async () => (sites = await tempSites('jinshan')));
after(() => sites?.remove());

for (const name of guides) {
  describe(name, () => {
    let guide, copy, out, built;
    before(async () => {
      guide = await read(name);
      copy = await sites.copy();
      out = join(copy, '..', 'out');
      for (const s of [...guide.samples].sort((a, b) => a.fragment - b.fragment)) {
        const file = join(copy, s.path);
        if (!s.fragment) await writeFile(file, s.text);
        else if (s.path.endsWith('.json')) {
          const whole = { ...JSON.parse(await readFile(file, 'utf8')), ...jsonOf(s) };
          await writeFile(file, JSON.stringify(whole, null, 2));
        } else await writeFile(file, `${await readFile(file, 'utf8')}\n${s.text}`);
      }
      built = await runCli(['build', copy, '--out', out]);
    });

    test('every JSON and Markdown block is a marked sample', () => {
      assert.deepEqual(guide.unmarked, []);
      assert.ok(guide.samples.length >= 6, 'the guide has its samples');
    });

    test('its samples build as written', () => {
      assert.equal(built.code, 0, built.stderr);
    });

    test('the article shows its front matter, figures and pictures', async () => {
      const articles = guide.samples.filter((s) => /^content\/articles\/.+\.md$/.test(s.path));
      assert.ok(
        articles.some((s) => !s.fragment),
        'an article sample',
      );
      for (const path of new Set(articles.map((s) => s.path))) {
        const source = await readFile(join(copy, path), 'utf8');
        const fm = parseYaml(source.split(/^---$/m)[1]);
        const slug = path.replace(/^.*\/|\.md$/g, '');
        const page = await textOf(join(out, fm.category, slug, 'index.html'));
        for (const key of ['title', 'subtitle', 'author', 'source', 'sourceNote'])
          if (fm[key]) assert.ok(page.includes(fm[key]), `${path}: ${key} "${fm[key]}" shown`);
        const stats = JSON.parse(await readFile(join(copy, 'content/data/stats.json'), 'utf8'));
        for (const group of fm.stats ?? [])
          assert.ok(page.includes(stats[group].heading.zh), `${path}: figures "${group}" shown`);
        for (const [, alt, caption] of source.matchAll(/!\[([^\]]*)\]\(\S+(?: '([^']*)')?\)/g)) {
          assert.ok(page.includes(`alt="${alt}"`), `${path}: picture "${alt}" shown`);
          if (caption) assert.ok(page.includes(caption), `${path}: caption "${caption}" shown`);
        }
      }
    });

    test('stats.json: every group shows, on the home page or an article', async () => {
      const sample = guide.samples.find((s) => s.path === 'content/data/stats.json');
      assert.ok(sample, 'a stats.json sample');
      const config = JSON.parse(await readFile(join(copy, 'site.config.json'), 'utf8'));
      const home = await textOf(join(out, 'index.html'));
      const article = guide.samples.find((s) => /^content\/articles\//.test(s.path) && !s.fragment);
      const fm = parseYaml(article.text.split(/^---$/m)[1]);
      const articlePage = await textOf(
        join(out, fm.category, article.path.replace(/^.*\/|\.md$/g, ''), 'index.html'),
      );
      for (const [group, { heading, items }] of Object.entries(jsonOf(sample))) {
        const page = config.home?.stats?.includes(group)
          ? home
          : fm.stats?.includes(group)
            ? articlePage
            : undefined;
        assert.ok(page, `group "${group}" is named in home.stats or the article's stats`);
        assert.ok(page.includes(heading.zh), `heading "${heading.zh}" shown`);
        for (const { label } of items) assert.ok(page.includes(label.zh), `"${label.zh}" shown`);
      }
    });

    test('site.config.json and theme.json show on the portal', async () => {
      const home = await textOf(join(out, 'index.html'));
      const config = guide.samples.find((s) => s.path === 'site.config.json' && !s.fragment);
      const { name: names, nav, footer } = jsonOf(config);
      assert.ok(home.includes(names.zh), 'the name');
      for (const item of nav) assert.ok(home.includes(item.zh), `nav "${item.zh}"`);
      assert.ok(home.includes(footer.icp), 'the ICP number');
      for (const s of guide.samples.filter((x) => x.path === 'site.config.json' && x.fragment)) {
        if ('traditional' in jsonOf(s)) assert.ok(existsSync(join(out, 'zh-hant/index.html')));
      }
      const theme = jsonOf(guide.samples.find((s) => s.path === 'theme.json'));
      const assets = join(out, 'assets');
      const css = (await readdir(assets)).filter((f) => f.endsWith('.css'));
      const styles = (await Promise.all(css.map((f) => readFile(join(assets, f), 'utf8')))).join(
        '',
      );
      for (const key of ['primary', 'accent'])
        assert.ok(styles.toLowerCase().includes(theme[key]), `${key} ${theme[key]} in the CSS`);
    });

    test('every command is tested, or a one-time system setup', async () => {
      assert.deepEqual(guide.setup, systemSetup);
      for (const command of guide.commands) {
        assert.ok(command in tested, `not known to be tested: ${command} (add it to \`tested\`)`);
      }
      assert.deepEqual(
        new Set(guide.commands),
        new Set(Object.keys(tested)),
        'every listed command is in the guide',
      );
    });
  });
}

test('the two guides are in step: the same samples and commands', async () => {
  const [en, zh] = await Promise.all(guides.map(read));
  const paths = (g) => g.samples.map((s) => `${s.path}${s.fragment ? ' (fragment)' : ''}`);
  assert.deepEqual(paths(zh), paths(en));
  assert.deepEqual(zh.commands, en.commands);
  assert.deepEqual(zh.setup, en.setup);
});

test('the commands of `tested` are where it says', async () => {
  for (const [command, [file, text]] of Object.entries(tested)) {
    const content = await readFile(join(repo, file), 'utf8');
    assert.ok(content.includes(text), `${command}: "${text}" in ${file}`);
    const run = /^npm run (\S+) -w (sites\/jinshan)$/.exec(command);
    if (run) {
      const pkg = JSON.parse(await readFile(join(repo, run[2], 'package.json'), 'utf8'));
      assert.ok(pkg.scripts?.[run[1]], `${run[2]} has a "${run[1]}" script`);
    }
  }
  const create = JSON.parse(
    await readFile(join(repo, 'packages/create-site/package.json'), 'utf8'),
  );
  assert.equal(create.name, 'create-qiaoxin-site', 'what `npm create qiaoxin-site` installs');
  assert.ok(create.bin['create-qiaoxin-site']);
  const jinshan = JSON.parse(await readFile(join(repo, 'sites/jinshan/package.json'), 'utf8'));
  assert.equal(jinshan.name, '@qiaoxin-site/jinshan', 'the --filter of the turbo command');
});

test('node --version prints v20.19.0 or newer', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--version']);
  const [major, minor] = stdout.trim().slice(1).split('.').map(Number);
  assert.ok(major > 20 || (major === 20 && minor >= 19), stdout);
});

test('runs the create command of the guide, then its npm scripts exist', async () => {
  const temp = await mkdtemp(join(tmpdir(), 'qx-guide-create-'));
  try {
    const [, bin, ...args] = words(createCommand); // npx runs the workspace's bin
    assert.equal(bin, 'create-qiaoxin-site');
    const created = fileURLToPath(
      new URL('../../create-site/bin/create-qiaoxin-site.js', import.meta.url),
    );
    await promisify(execFile)(process.execPath, [created, ...args], { cwd: temp });
    const dir = join(temp, 'sites/haidian');
    const config = JSON.parse(await readFile(join(dir, 'site.config.json'), 'utf8'));
    assert.equal(config.name.en, 'Haidian District Federation of Returned Overseas Chinese');
    const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
    assert.ok(pkg.scripts.dev && pkg.scripts.build, '`npm run dev -w sites/haidian` has a script');
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
});
