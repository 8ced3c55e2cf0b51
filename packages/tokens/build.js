// Builds the DTCG tokens in tokens/ into:
//   dist/tokens.css  `:root { --qx-* }` for pages and sites
//   dist/tokens.js   raw values, for docs and scripts
//   dist/vars.js     `var(--qx-name, literal)` strings, so component CSS falls back to the
//                    token's own value when tokens.css is not loaded (one source of truth)
//   dist/lit.js      the same `var(--qx-name, literal)` text as Lit CSSResults, so an element's
//                    `css` template interpolates a token directly: `padding: ${space3};`. Each is
//                    marked pure, so a bundler keeps only the tokens an element uses.
//   dist/tokens.json every token with its CSS name, value, type and description (Storybook)
// Elder-friendly mode (适老化, tokens/modes/elder.json) overrides some tokens: tokens.css gets
// a `:root[data-qx-elder] { ... }` block after `:root`, tokens.json the same values marked
// `mode: "elder"`. vars.js, lit.js and tokens.js keep the defaults only.
// The accessibility toolbar (<qx-a11y-toolbar>) adds, after the elder block:
//   - colour schemes `:root:root:root[data-qx-scheme="…"]`: every colour token, fixed (the elder
//     palette as "high-contrast", tokens/schemes/*.json); tokens.json marks them
//     `mode: "scheme:<name>"`;
//   - text scales `:root:root:root[data-qx-scale="1.25"]` … "2": every font size and space × the factor;
//   - the large cursor `:root[data-qx-cursor]`, on every element, from `--qx-cursor-black` /
//     `--qx-cursor-white` (`url(…) x y, auto`, set by the page: the files are served by the site).
// Three `:root`s on purpose: a district theme writes `:root` and `:root[data-qx-elder]` blocks
// (Storybook `:root:root…`), and a scheme or scale the visitor chose must win over both,
// whatever order the stylesheets load in.
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import StyleDictionary from 'style-dictionary';

const camel = (/** @type {string} */ name) =>
  name.replace(/^qx-/, '').replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

/** @param {import('style-dictionary/types').TransformedToken} token */
const valueOf = (token) => String(token.$value ?? token.value);

/** @param {import('style-dictionary/types').TransformedToken[]} tokens */
const declarations = (tokens, /** @type {(t: any) => string} */ line) =>
  tokens.map(line).join('\n') + '\n';

StyleDictionary.registerFormat({
  name: 'qx/vars',
  format: ({ dictionary }) =>
    declarations(
      dictionary.allTokens,
      (t) =>
        `/** ${t.$description ?? t.name} */\nexport const ${camel(t.name)} = ${JSON.stringify(`var(--${t.name}, ${valueOf(t)})`)};`,
    ),
});

StyleDictionary.registerFormat({
  name: 'qx/lit',
  format: ({ dictionary }) =>
    "import { unsafeCSS } from 'lit';\n" +
    declarations(
      dictionary.allTokens,
      (t) =>
        `/** ${t.$description ?? t.name} */\nexport const ${camel(t.name)} = /* @__PURE__ */ unsafeCSS(${JSON.stringify(`var(--${t.name}, ${valueOf(t)})`)});`,
    ),
});

StyleDictionary.registerFormat({
  name: 'qx/lit-dts',
  format: ({ dictionary }) =>
    "import type { CSSResult } from 'lit';\n" +
    declarations(dictionary.allTokens, (t) => `export declare const ${camel(t.name)}: CSSResult;`),
});

StyleDictionary.registerFormat({
  name: 'qx/values',
  format: ({ dictionary }) =>
    declarations(
      dictionary.allTokens,
      (t) => `export const ${camel(t.name)} = ${JSON.stringify(valueOf(t))};`,
    ),
});

StyleDictionary.registerFormat({
  name: 'qx/dts',
  format: ({ dictionary }) =>
    declarations(dictionary.allTokens, (t) => `export declare const ${camel(t.name)}: string;`),
});

StyleDictionary.registerFormat({
  name: 'qx/json',
  format: ({ dictionary, options }) =>
    JSON.stringify(
      dictionary.allTokens.map((t) => ({
        name: `--${t.name}`,
        value: valueOf(t),
        type: t.$type,
        path: t.path,
        description: t.$description ?? '',
        ...(options.mode ? { mode: options.mode } : {}),
      })),
      null,
      2,
    ) + '\n',
});

const sd = new StyleDictionary({
  source: ['tokens/*.json'],
  usesDtcg: true,
  log: { warnings: 'error' },
  platforms: {
    css: {
      transformGroup: 'css',
      prefix: 'qx',
      buildPath: 'dist/',
      files: [
        {
          destination: 'tokens.css',
          format: 'css/variables',
          options: { outputReferences: true },
        },
        { destination: 'vars.js', format: 'qx/vars' },
        { destination: 'vars.d.ts', format: 'qx/dts' },
        { destination: 'lit.js', format: 'qx/lit' },
        { destination: 'lit.d.ts', format: 'qx/lit-dts' },
        { destination: 'tokens.js', format: 'qx/values' },
        { destination: 'tokens.d.ts', format: 'qx/dts' },
        { destination: 'tokens.json', format: 'qx/json' },
      ],
    },
  },
});

// The elder overrides on top of the defaults; only the overridden tokens (the source) are output.
const elder = new StyleDictionary({
  include: ['tokens/*.json'],
  source: ['tokens/modes/elder.json'],
  usesDtcg: true,
  log: { warnings: 'error' },
  platforms: {
    elder: {
      transformGroup: 'css',
      prefix: 'qx',
      files: [
        {
          destination: 'tokens.css',
          format: 'css/variables',
          filter: (token) => token.isSource,
          options: { selector: ':root[data-qx-elder]', showFileHeader: false },
        },
        {
          destination: 'tokens.json',
          format: 'qx/json',
          filter: (token) => token.isSource,
          options: { mode: 'elder' },
        },
      ],
    },
  },
});

/** A mode's colour tokens, all of them (defaults where `file` sets none), as CSS and JSON. */
async function scheme(/** @type {string} */ file, /** @type {string} */ name) {
  const dictionary = new StyleDictionary({
    include: ['tokens/*.json'],
    source: [file],
    usesDtcg: true,
    log: { warnings: 'error' },
    platforms: {
      scheme: {
        transformGroup: 'css',
        prefix: 'qx',
        files: [
          {
            destination: 'tokens.css',
            format: 'css/variables',
            filter: (token) => token.path[0] === 'color',
            options: { selector: `${strong}[data-qx-scheme="${name}"]`, showFileHeader: false },
          },
          {
            destination: 'tokens.json',
            format: 'qx/json',
            filter: (token) => token.path[0] === 'color',
            options: { mode: `scheme:${name}` },
          },
        ],
      },
    },
  });
  const [css, json] = await dictionary.formatPlatform('scheme');
  return { css: String(css?.output), json: JSON.parse(String(json?.output)) };
}

const strong = ':root:root:root';
/** The toolbar's text sizes; "1" restores the defaults over elder mode's. */
export const scales = ['1', '1.25', '1.5', '1.75', '2'];
export const schemes = {
  'high-contrast': 'tokens/modes/elder.json',
  'black-on-yellow': 'tokens/schemes/black-on-yellow.json',
  'yellow-on-black': 'tokens/schemes/yellow-on-black.json',
};

/**
 * The scale blocks, from the default font sizes and spaces (all rem): text and the room
 * around it grow together, as with the browser's own zoom (页面缩放).
 */
function scaleCss(/** @type {{ name: string, value: string, mode?: string }[]} */ list) {
  const sizes = list.filter(
    (t) => !t.mode && /^--qx-(font-size|space)-/.test(t.name) && t.value.endsWith('rem'),
  );
  const lineHeight = (/** @type {string} */ n) =>
    list.find((t) => !t.mode && t.name === `--qx-font-line-height-${n}`)?.value;
  return scales
    .map((factor) => {
      const lines = sizes.map(
        ({ name, value }) => `  ${name}: ${+(parseFloat(value) * +factor).toFixed(5)}rem;`,
      );
      // Larger text takes the relaxed leading, as elder mode does.
      lines.push(
        `  --qx-font-line-height-normal: ${lineHeight(factor === '1' ? 'normal' : 'relaxed')};`,
      );
      return `${strong}[data-qx-scale="${factor}"] {\n${lines.join('\n')}\n}\n`;
    })
    .join('');
}

const cursorCss = `:root[data-qx-cursor='black'] {
  --qx-cursor: var(--qx-cursor-black);
}
:root[data-qx-cursor='white'] {
  --qx-cursor: var(--qx-cursor-white);
}
:root[data-qx-cursor],
:root[data-qx-cursor] * {
  cursor: var(--qx-cursor, auto) !important;
}
`;

rmSync('dist', { recursive: true, force: true });
await sd.buildAllPlatforms();
const [elderCss, elderJson] = await elder.formatPlatform('elder');
appendFileSync('dist/tokens.css', `\n${elderCss?.output}`);
const list = JSON.parse(readFileSync('dist/tokens.json', 'utf8'));
list.push(...JSON.parse(String(elderJson?.output)));
for (const [name, file] of Object.entries(schemes)) {
  const { css, json } = await scheme(file, name);
  appendFileSync('dist/tokens.css', `\n${css}`);
  list.push(...json);
}
appendFileSync('dist/tokens.css', `\n${scaleCss(list)}\n${cursorCss}`);
writeFileSync('dist/tokens.json', JSON.stringify(list, null, 2) + '\n');
