// Scaffolds a new element with the project's conventions:
//
//   npm run new:component qx-thing            (or: node scripts/new-component.js qx-thing)
//   node scripts/new-component.js qx-thing --root /some/copy   (writes into another tree; tests)
//
// writes packages/components/src/thing/ (qx-thing.ts, .styles.ts, .test.ts, .stories.ts and
// strings.ts, its strings group in zh-CN and en), the define entry src/thing.ts and its export
// from src/index.ts, and lists the strings in src/strings.ts (builtInStrings). All in one
// package: the zh-Hant strings are generated from zh-CN at build (scripts/zh-hant.js there).
// An invalid or existing name is refused and nothing is written.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { componentHeader, files } from './new-component-templates.js';

export const validTag = /^qx-[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The names derived from a tag: `qx-sample-thing` → folder sample-thing, QxSampleThing, sampleThing. */
export function namesOf(tag) {
  const base = tag.slice(3);
  const camel = base.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
  const pascal = camel[0].toUpperCase() + camel.slice(1);
  const words = base.replace(/-/g, ' ');
  return {
    tag,
    base,
    camel,
    className: `Qx${pascal}`,
    strings: `${camel}Strings`,
    styles: `${camel}Styles`,
    title: words[0].toUpperCase() + words.slice(1),
  };
}

/** Adds `line` to the block of lines matching `pattern` (kept sorted), or after the last one. */
function insertSorted(text, pattern, line) {
  const lines = text.split('\n');
  const indices = lines.flatMap((l, i) => (pattern.test(l) ? [i] : []));
  if (!indices.length) throw new Error(`no line matching ${pattern}`);
  const before = indices.find((i) => lines[i] > line);
  lines.splice(before ?? indices.at(-1) + 1, 0, line);
  return lines.join('\n');
}

/** Adds `item,` to the end of the block that starts with `opening` and ends with `closing`. */
function appendToBlock(text, opening, closing, item) {
  const start = text.indexOf(opening);
  if (start < 0) return text;
  const end = text.indexOf(closing, start);
  return `${text.slice(0, end)}  ${item},\n${text.slice(end)}`;
}

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Formats `paths` with the project's Prettier and settings, wherever they are. */
function format(paths) {
  const prettier = join(repo, 'node_modules/prettier/bin/prettier.cjs');
  if (!existsSync(prettier)) return;
  execFileSync(
    process.execPath,
    [
      prettier,
      '--config',
      join(repo, '.prettierrc.json'),
      '--log-level',
      'warn',
      '--write',
      ...paths,
    ],
    { stdio: 'inherit' },
  );
}

/**
 * Writes the new element into the tree at `root`. Returns the files written and edited;
 * throws (writing nothing) for an invalid or existing name.
 */
export function generate(tag, root) {
  if (typeof tag !== 'string' || !validTag.test(tag))
    throw new Error(
      `"${tag ?? ''}" is not a valid name: use qx- followed by lowercase words joined by single hyphens, e.g. qx-notice-board.`,
    );
  const n = namesOf(tag);
  const components = join(root, 'packages/components/src');
  const target = {
    component: join(components, n.base, `${tag}.ts`),
    styles: join(components, n.base, `${tag}.styles.ts`),
    test: join(components, n.base, `${tag}.test.ts`),
    stories: join(components, n.base, `${tag}.stories.ts`),
    i18n: join(components, n.base, 'strings.ts'),
    entry: join(components, `${n.base}.ts`),
  };
  const componentIndex = join(components, 'index.ts');
  const stringsIndex = join(components, 'strings.ts');
  for (const file of [componentIndex, stringsIndex])
    if (!existsSync(file)) throw new Error(`${file} not found: is ${root} the repository root?`);
  const taken = [join(components, n.base), target.entry].filter((p) => existsSync(p));
  const stringsText = readFileSync(stringsIndex, 'utf8');
  if (taken.length || new RegExp(`\\b${n.strings}\\b`).test(stringsText))
    throw new Error(
      `<${tag}> already exists (${taken.map((p) => relative(root, p)).join(', ') || `${n.strings} in ${relative(root, stringsIndex)}`}); pick another name.`,
    );

  const text = files(n);
  text.component = componentHeader(n) + text.component;
  const edits = {
    [componentIndex]: `${readFileSync(componentIndex, 'utf8').trimEnd()}\nexport * from './${n.base}.js';\n`,
    [stringsIndex]: appendToBlock(
      appendToBlock(
        insertSorted(
          stringsText,
          /^import \{ \w+ \} from '\.\/[\w-]+\/strings\.js';$/,
          `import { ${n.strings} } from './${n.base}/strings.js';`,
        ),
        'export {\n',
        '};',
        n.strings,
      ),
      'builtInStrings = [\n',
      '];',
      n.strings,
    ),
  };
  mkdirSync(join(components, n.base), { recursive: true });
  for (const [key, file] of Object.entries(target)) writeFileSync(file, text[key]);
  for (const [file, content] of Object.entries(edits)) writeFileSync(file, content);
  format([...Object.values(target), ...Object.keys(edits)]);
  return { written: Object.values(target), edited: Object.keys(edits) };
}

function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--root');
  const root = at >= 0 ? args.splice(at, 2)[1] : repo;
  try {
    const { written, edited } = generate(args[0], root);
    const n = namesOf(args[0]);
    console.log(`Created <${n.tag}> (${n.className}):`);
    for (const file of written) console.log(`  + ${relative(root, file)}`);
    for (const file of edited) console.log(`  ~ ${relative(root, file)}`);
    console.log(
      `\nNext: fill in the TODOs (summary, strings, stories with real content), add a server-rendering` +
        ` case to packages/components/test/ssr.test.js, run \`npm test\`, and add a changeset (\`npx changeset\`)` +
        ` for @qiaoxin/components.`,
    );
  } catch (error) {
    console.error(`new-component: ${error.message}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
