// create-qiaoxin-site: writes a new district's site folder (sites/<id>/) that builds as it is.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { checkPrimary, primaryHex, primaryValue } from './primary.js';
import { promptMissing, questions, readlineAsk } from './prompt.js';
import { siteFiles } from './template.js';

export { checkPrimary, contrastRatio } from './primary.js';
export { siteFiles, logoSvg } from './template.js';
export { promptMissing, readlineAsk } from './prompt.js';

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const BASE_PATH = /^\/(?:[A-Za-z0-9._~-]+\/)*$/;

/** A refusal: `problems` lists every reason, one line each. Nothing was written. */
export class CreateSiteError extends Error {
  constructor(problems) {
    super(problems.join('\n'));
    this.name = 'CreateSiteError';
    this.problems = problems;
  }
}

const ownPackage = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
/** The site-kit version range new sites depend on: the one this generator was tested with. */
export const siteKitRange = ownPackage.dependencies['@qiaoxin/site-kit'];

/** The short names: 归国华侨联合会 → 侨联 and "Federation of Returned Overseas Chinese" → FROC. */
export function shortNames(nameZh, nameEn) {
  return {
    shortZh: nameZh.trim().replace(/归国华侨联合会$/, '侨联'),
    shortEn: nameEn.trim().replace(/Federation of Returned Overseas Chinese$/i, 'FROC'),
  };
}

/** Problems with one field (undefined when it is fine): for the prompts' re-asking. */
export function checkField(field, value, { dir } = {}) {
  const v = String(value ?? '').trim();
  switch (field) {
    case 'id':
      if (!v) return '缺少区县代号 / the district id is missing';
      if (!ID_PATTERN.test(v))
        return `代号 "${v}" 只能用小写字母、数字和 -，并以字母或数字开头（例如 jinshan） / the id "${v}" must be lower-case letters, digits and -, starting with a letter or digit (e.g. jinshan)`;
      if (dir && existsSync(join(dir, v)))
        return `${join(dir, v)} 已存在，请换一个代号或先删除该文件夹 / ${join(dir, v)} already exists: choose another id or remove that folder`;
      return undefined;
    case 'nameZh':
      return v ? undefined : '中文名称不能为空 / the Chinese name (中文名称) must not be empty';
    case 'nameEn':
      return v ? undefined : '英文名称不能为空 / the English name must not be empty';
    case 'primary':
      return checkPrimary(v)?.problem;
    case 'basePath':
      return BASE_PATH.test(v)
        ? undefined
        : `基础路径 "${v}" 必须以 / 开头并以 / 结尾（例如 /jinshan/） / the base path "${v}" must start and end with / (e.g. /jinshan/)`;
    default:
      return undefined;
  }
}

/**
 * Every problem with a complete set of options (empty when the site can be written).
 * @param {{ id?: string, nameZh?: string, nameEn?: string, primary?: string, dir: string,
 *   basePath?: string }} options
 */
export function validate(options) {
  const dir = resolve(options.dir ?? 'sites');
  const fields = ['id', 'nameZh', 'nameEn', 'primary'];
  const problems = fields.map((f) => checkField(f, options[f], { dir }));
  if (options.basePath !== undefined) problems.push(checkField('basePath', options.basePath));
  return problems.filter(Boolean);
}

/**
 * Writes `<dir>/<id>/`. Validates first and throws a CreateSiteError without writing anything;
 * the files are written to a temporary folder beside it and renamed into place in one step.
 * @param {{ id: string, nameZh: string, nameEn: string, primary: string, dir?: string,
 *   basePath?: string, shortZh?: string, shortEn?: string, now?: Date }} options
 * @returns {{ dir: string, files: string[] }}
 */
export function createSite(options) {
  const dir = resolve(options.dir ?? 'sites');
  const problems = validate({ ...options, dir });
  if (problems.length) throw new CreateSiteError(problems);
  const id = options.id.trim();
  const nameZh = options.nameZh.trim();
  const nameEn = options.nameEn.trim();
  const short = shortNames(nameZh, nameEn);
  const site = {
    id,
    nameZh,
    nameEn,
    shortZh: options.shortZh?.trim() || short.shortZh,
    shortEn: options.shortEn?.trim() || short.shortEn,
    primary: primaryValue(options.primary),
    emblemColour: primaryHex(options.primary),
    basePath: options.basePath?.trim() || `/${id}/`,
    siteKitRange,
    now: options.now,
  };
  const target = join(dir, id);
  const files = siteFiles({ ...site, themeSchema: themeSchemaFrom(target) });
  mkdirSync(dir, { recursive: true });
  // Matches the repo's `*.building-*/` ignore pattern, so an interrupted run leaves no noise.
  const temp = mkdtempSync(join(dir, `.${id}.building-`));
  try {
    for (const [path, text] of Object.entries(files)) {
      const file = join(temp, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    if (existsSync(target))
      throw new CreateSiteError([`${target} 已存在 / ${target} already exists`]);
    chmodSync(temp, 0o755); // mkdtemp makes it private to the user
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  return { dir: target, files: Object.keys(files) };
}

/**
 * The path from a new site folder to site-kit's theme.json schema, when the site-kit that
 * folder will use can be found from it (in the monorepo: ../../packages/site-kit/schema/…),
 * so editors check and complete theme.json. Undefined otherwise.
 */
export function themeSchemaFrom(siteDir) {
  try {
    const require = createRequire(join(siteDir, 'package.json'));
    const kit = dirname(require.resolve('@qiaoxin/site-kit/package.json'));
    const schema = join(kit, 'schema', 'theme.schema.json');
    if (!existsSync(schema)) return undefined;
    const path = relative(siteDir, schema).split(sep).join('/');
    return path.startsWith('.') ? path : `./${path}`;
  } catch {
    return undefined;
  }
}

const usage = `用法 / Usage: create-qiaoxin-site <id> --name-zh <中文名称> --name-en <English name> --primary <colour>
                 [--dir <sites folder>] [--base-path </id/>] [--short-zh <简称>] [--short-en <short name>]

写出 <dir>/<id>/（默认 ./sites/<id>/），一个可用 \`qiaoxin-site build\` 构建的区县门户；在终端中运行时会询问缺少的值。
Writes <dir>/<id>/ (default ./sites/<id>/), a district portal that builds with \`qiaoxin-site build\`.
Missing values are asked for when run in a terminal.`;

const nothingWritten = '没有写入任何文件 / nothing was written';

const flagNames = {
  nameZh: 'name-zh',
  nameEn: 'name-en',
  primary: 'primary',
};

/**
 * The command line. Returns the exit code.
 * @param {string[]} argv
 * @param {{ stdin?: NodeJS.ReadableStream & { isTTY?: boolean }, stdout?: NodeJS.WritableStream,
 *   stderr?: NodeJS.WritableStream, cwd?: string, ask?: (q: string) => Promise<string> }} io
 */
export async function main(argv, io = {}) {
  const { stdin = process.stdin, stdout = process.stdout, stderr = process.stderr } = io;
  const cwd = io.cwd ?? process.cwd();
  const error = (text) => stderr.write(`create-qiaoxin-site: ${text}\n`);
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'name-zh': { type: 'string' },
        'name-en': { type: 'string' },
        primary: { type: 'string' },
        dir: { type: 'string' },
        'base-path': { type: 'string' },
        'short-zh': { type: 'string' },
        'short-en': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    error(e.message);
    stderr.write(`${usage}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    stdout.write(`${usage}\n`);
    return 0;
  }
  if (positionals.length > 1) {
    error(`只能给一个区县代号 / one district id expected, got ${positionals.join(' ')}`);
    return 2;
  }
  const dir = resolve(cwd, values.dir ?? 'sites');
  let options = {
    id: positionals[0],
    nameZh: values['name-zh'],
    nameEn: values['name-en'],
    primary: values.primary,
  };
  // A flag given blank is a mistake to report, not a value to ask for.
  const missing = Object.keys(questions).filter((k) => options[k] === undefined);
  if (missing.length) {
    const interactive = io.ask || stdin.isTTY;
    if (!interactive) {
      const names = missing.map((k) => (k === 'id' ? '<id>' : `--${flagNames[k]}`));
      error(
        `缺少 ${names.join(', ')}（不在终端中，无法询问）/ missing ${names.join(', ')} (not a terminal, so nothing can be asked)`,
      );
      stderr.write(`${usage}\n`);
      return 2;
    }
    // Flag values are checked before asking for the rest, so a bad one is not asked around.
    const given = Object.keys(questions).filter((k) => options[k] !== undefined);
    const early = given.map((k) => checkField(k, options[k], { dir })).filter(Boolean);
    if (early.length) {
      for (const p of early) error(p);
      error(nothingWritten);
      return 1;
    }
    const rl = io.ask ? { ask: io.ask, close() {} } : readlineAsk(stdin, stdout);
    try {
      options = await promptMissing(options, rl.ask, { dir, say: (line) => error(line) });
    } catch (e) {
      if (!(e instanceof CreateSiteError)) throw e;
      error(e.message);
      return 1;
    } finally {
      rl.close();
    }
  }
  try {
    const { dir: written, files } = createSite({
      ...options,
      dir,
      basePath: values['base-path'],
      shortZh: values['short-zh'],
      shortEn: values['short-en'],
    });
    const rel = relative(cwd, written) || '.';
    stdout.write(`已创建 / Created ${rel}/ (${files.length} files):\n`);
    for (const f of files) stdout.write(`  ${f}\n`);
    stdout.write(
      `\n下一步：填写 site.config.json 和 content/ 中所有标着「待填写」的内容，然后运行\n` +
        `Next: fill in everything marked 待填写 in site.config.json and content/, then\n` +
        `  npm install          # 链接新的工作区 / links the new workspace\n` +
        `  cd ${rel} && npx qiaoxin-site dev\n`,
    );
    return 0;
  } catch (e) {
    if (!(e instanceof CreateSiteError)) throw e;
    for (const p of e.problems) error(p);
    error(nothingWritten);
    return 1;
  }
}
