import { parseArgs, type ParseArgsConfig } from 'node:util';
import { langFromEnv, parseLang, t, withLang, type MessageLang } from './messages/index.js';

const options = {
  out: { type: 'string' },
  port: { type: 'string' },
  watch: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
  debug: { type: 'boolean' },
  strict: { type: 'boolean' },
  lang: { type: 'string' },
  // qiaoxin-site import
  site: { type: 'string' },
  map: { type: 'string' },
  'dry-run': { type: 'boolean' },
  force: { type: 'boolean' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;
type Name = Extract<keyof typeof options, string>;

export interface Args {
  command: Command | 'help' | undefined;
  /** The site folder; for `import`, the folder of saved pages. */
  dir: string;
  /** `import --site`: the site folder to import into (default: the current folder). */
  site: string;
  /** `import --map`: the file of column names → category ids. */
  map?: string;
  dryRun: boolean;
  force: boolean;
  out?: string;
  port: number;
  watch: string[];
  strict: boolean;
  debug: boolean;
  /** The language of every message, from `--lang` or else the system locale. */
  lang: MessageLang;
  /** Why the command line cannot be run, in `lang`; then nothing else is done. */
  problem?: string;
}

/**
 * The command line, read leniently (node's strict parseArgs throws a developer's TypeError on an
 * unknown option) and then judged here, so every mistake is told in the webmaster's language:
 * `--lang` is known before anything is refused.
 */
export function readArgs(argv: string[]): Args {
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const text = (name: Name) => (typeof values[name] === 'string' ? values[name] : undefined);
  const given = text('lang');
  const lang = parseLang(given) ?? langFromEnv();
  const [command, dir = '.', ...extra] = positionals;
  const port = text('port');
  const out = text('out');
  const map = text('map');
  const args: Args = {
    command: values.help ? 'help' : isCommand(command) ? command : undefined,
    dir,
    ...(out !== undefined && { out }),
    site: text('site') ?? '.',
    ...(map !== undefined && { map }),
    dryRun: values['dry-run'] === true,
    force: values.force === true,
    // The editor takes any free port unless told (its URL carries a new token each time anyway).
    port: Number(port ?? (command === 'admin' ? 0 : 5173)),
    watch: (values.watch ?? []).filter((w): w is string => typeof w === 'string'),
    strict: values.strict === true,
    debug: values.debug === true,
    lang,
  };
  const problem = withLang(lang, () => {
    // The first mistake on the line, in the order written.
    for (const token of tokens) {
      if (token.kind !== 'option') continue;
      const wrong = optionProblem(token.name, argv[token.index] ?? token.rawName, token);
      if (wrong) return wrong;
    }
    if (given !== undefined && !parseLang(given)) return t('cli.badLang', { value: given });
    if (values.help) return undefined;
    if (command === undefined) return t('cli.usage');
    if (!args.command) return t('cli.unknownCommand', { command });
    if (command === 'import' && positionals.length < 2) return t('import.needsFolder');
    if (extra.length) return t('cli.extra', { command, extra: extra.join(' ') });
    const lowest = args.command === 'admin' ? 0 : 1; // admin --port 0: any free port
    if (port !== undefined && !(/^\d+$/.test(port) && args.port >= lowest && args.port <= 65535)) {
      return t('cli.badPort', { value: port });
    }
    return undefined;
  });
  return problem === undefined ? args : { ...args, problem };
}

const commands = ['build', 'dev', 'admin', 'import'] as const;
type Command = (typeof commands)[number];
const isCommand = (word: string | undefined): word is Command =>
  (commands as readonly (string | undefined)[]).includes(word);

/** What is wrong with one option as written (`raw`): unknown, or a value missing or extra. */
function optionProblem(
  name: string,
  raw: string,
  token: { value?: string | undefined; inlineValue?: boolean | undefined },
): string | undefined {
  const option = `--${name}`;
  if (!(name in options)) {
    const near = nearest(raw);
    const hint = near ? t('cli.didYouMean', { option: `--${near}` }) : '';
    return t('cli.unknownOption', { option: raw.split('=')[0] ?? raw, hint });
  }
  const type = options[name as Name].type;
  // Node's strict parser calls `--out --strict` ambiguous; so does this (`--out=-x` is a folder).
  const missing = token.value === undefined || (!token.inlineValue && token.value.startsWith('-'));
  if (type === 'string' && missing) {
    const example =
      name === 'port'
        ? '5173'
        : name === 'lang'
          ? 'zh'
          : name === 'map'
            ? 'import-map.json'
            : t('cli.aFolder');
    return t('cli.needsValue', { option, example });
  }
  if (type === 'boolean' && token.inlineValue) return t('cli.noValue', { option });
  return undefined;
}

/**
 * The option meant by a mistyped one: the same letters in another case (`--Out`), a longer or
 * shorter word (`--output`, `--ports`), one dash too few (`-out`).
 */
function nearest(raw: string): Name | undefined {
  const word = (raw.replace(/^-+/, '').split('=')[0] ?? '').toLowerCase();
  if (!word) return undefined;
  return (Object.keys(options) as Name[]).find(
    (name) =>
      name === word || (word.length > 1 && (name.startsWith(word) || word.startsWith(name))),
  );
}
