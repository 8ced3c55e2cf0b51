// Writes editor and framework typings for the elements from custom-elements.json (run at the
// end of the build, after `cem analyze`):
//   dist/types/{react,preact,solid,vue}.d.ts  tags typed in JSX / Vue templates
//   dist/vscode.html-custom-data.json          VS Code HTML custom data (v1.1)
//   dist/web-types.json                        JetBrains web-types
// Attribute types come from the manifest's `type.text`: string-literal unions stay unions.
//
// Why our own code and not the custom-element-*-integration generators: tried against
// test/types (jsx 1.6, vuejs 1.4, solidjs 1.9, vs-code 1.5, jet-brains 1.8), they produce less.
// Events lose their detail types (`CustomEvent<never>`) and qx-nav-toggle's type becomes an
// import of `CustomEvent` from ../site-nav.js, which does not compile; the JSX file augments no
// framework's module (React and Preact see no <qx-*> tag); Solid's `on:` events are not typed;
// Vue listeners keep the event's spelling (`'onqx-nav-toggle'`, not `onQxNavToggle`), and its
// props are the hyphenated attributes (`'name-zh'`), which Vue's tools never match (they
// camelize `:name-zh` to `nameZh` first, so ours are camelCase); the VS Code data drops
// `valueSet: 'v'` of boolean attributes and web-types the structured slots; and the JetBrains
// one rewrites package.json's `web-types` field.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const modulesByPath = new Map(manifest.modules.map((module) => [module.path, module]));

/** `qx-locale-change` → `QxLocaleChange` */
const pascal = (name) =>
  name.replace(/(^|-)([a-z0-9])/g, (_, _dash, letter) => letter.toUpperCase());
/** `name-zh` → `nameZh`, as Vue camelizes props (its `camelize()`). */
const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
const literal = /^(['"])(.*)\1$/;

/** The parts of an attribute's type, `undefined` left out; inferred from the default if untyped. */
function typeParts(attribute) {
  let text = attribute.type?.text;
  if (!text) {
    const value = String(attribute.default ?? '');
    if (/^(NaN|-?\d[\d_.]*)$/.test(value)) text = 'number';
    else if (value === 'true' || value === 'false') text = 'boolean';
    else text = 'string';
  }
  const parts = text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null')
    .map((part) =>
      literal.test(part) || ['string', 'number', 'boolean'].includes(part) ? part : 'string',
    );
  return [...new Set(parts)];
}

/** The TypeScript type of an attribute value: numbers may also be written as numeric strings. */
function attributeType(parts) {
  const types = parts.flatMap((part) => {
    const match = literal.exec(part);
    if (match) return [`'${match[2].replaceAll("'", "\\'")}'`];
    if (part !== 'number') return [part];
    return parts.includes('string') ? ['number'] : ['number', '`${number}`'];
  });
  return [...new Set(types)].join(' | ');
}

/** The literal values of a union of string literals, for editors' completion lists. */
function literalValues(parts) {
  const matches = parts.map((part) => literal.exec(part));
  return matches.every(Boolean) ? matches.map((match) => match[2]) : undefined;
}

const firstParagraph = (text = '') =>
  text
    .split(/\n\s*\n/)[0]
    .replace(/\s+/g, ' ')
    .trim();

// Every element, with the entry that registers it (src/<folder>.ts next to src/<folder>/…).
const elements = [];
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.customElement || !declaration.tagName) continue;
    const entryPath = module.path.replace(/^(src\/[^/]+)\/[^/]+\.ts$/, '$1.ts');
    const entry = modulesByPath.get(entryPath);
    if (entryPath === module.path || !entry?.exports?.some((e) => e.name === declaration.name)) {
      throw new Error(`No define entry exports ${declaration.name} (looked for ${entryPath})`);
    }
    elements.push({
      className: declaration.name,
      tagName: declaration.tagName,
      summary: firstParagraph(declaration.summary ?? declaration.description),
      entry: entryPath.replace(/^src\//, '').replace(/\.ts$/, ''),
      attributes: (declaration.attributes ?? [])
        .filter((attribute) => attribute.name)
        .map((attribute) => {
          const parts = typeParts(attribute);
          return {
            name: attribute.name,
            description: attribute.description?.replace(/\s+/g, ' ').trim() ?? '',
            type: attributeType(parts),
            values: literalValues(parts),
            default: attribute.default,
          };
        }),
      events: [
        ...new Map(
          (declaration.events ?? []).filter((e) => e.name).map((e) => [e.name, e]),
        ).values(),
      ].map((event) => ({
        name: event.name,
        description: event.description?.replace(/\s+/g, ' ').trim() ?? '',
      })),
      slots: declaration.slots ?? [],
    });
  }
}
elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
if (elements.length === 0) throw new Error('No custom elements in custom-elements.json');

const header = (what) => [
  `// Generated by scripts/generate-types.js from custom-elements.json: ${what}. Do not edit.`,
];
// The element classes, imported type-only from their define entries, which also declare the
// events' types in HTMLElementEventMap.
const classImports = [...new Set(elements.map((element) => element.entry))].map((entry) => {
  const names = elements.filter((element) => element.entry === entry).map((e) => e.className);
  return `import type { ${names.join(', ')} } from '../${entry}.js';`;
});
const eventOf = [
  '/** The event type an element declares in `HTMLElementEventMap`, else a plain `CustomEvent`. */',
  'type QxEventOf<K extends string> = K extends keyof HTMLElementEventMap',
  '  ? HTMLElementEventMap[K]',
  '  : CustomEvent<unknown>;',
];
const doc = (text, indent) => (text ? [`${indent}/** ${text.replaceAll('*/', '*\\/')} */`] : []);

/**
 * `{ 'name-zh'?: string; … }` (each attribute's key given by `attributeKey`) plus one listener per
 * event named by `eventKey`.
 */
function attributesType(element, indent, eventKey, attributeKey = (name) => name) {
  const lines = ['{'];
  for (const attribute of element.attributes) {
    lines.push(...doc(attribute.description, `${indent}  `));
    lines.push(`${indent}  '${attributeKey(attribute.name)}'?: ${attribute.type};`);
  }
  if (eventKey) {
    for (const event of element.events) {
      lines.push(...doc(event.description, `${indent}  `));
      lines.push(
        `${indent}  '${eventKey(event.name)}'?: (event: QxEventOf<'${event.name}'>) => void;`,
      );
    }
  }
  lines.push(`${indent}}`);
  return lines.join('\n');
}

/** A JSX IntrinsicElements augmentation of `module`. */
function jsxTypes(framework, module, baseType, eventKey, extra = []) {
  const lines = [...header(`<qx-*> tags in ${framework} JSX`), ...classImports];
  if (module === 'react') lines.push("import type * as React from 'react';");
  // Preact 11 has no JSX.HTMLAttributes any more; 10.20 and later export HTMLAttributes too.
  else if (module === 'preact') lines.push("import type { HTMLAttributes } from 'preact';");
  else lines.push(`import type { JSX } from '${module}';`);
  lines.push(
    '',
    ...eventOf,
    '',
    `declare module '${module}' {`,
    '  namespace JSX {',
    '    interface IntrinsicElements {',
  );
  for (const element of elements) {
    lines.push(...doc(element.summary, '      '));
    lines.push(
      `      '${element.tagName}': ${baseType(element.className)} & ${attributesType(element, '      ', eventKey)};`,
    );
  }
  lines.push('    }', ...extra, '  }', '}', '');
  return lines.join('\n');
}

const allEvents = [
  ...new Set(elements.flatMap((element) => element.events.map((e) => e.name))),
].sort();
const typings = {
  react: jsxTypes(
    'React',
    'react',
    (cls) => `React.DetailedHTMLProps<React.HTMLAttributes<${cls}>, ${cls}>`,
    // React 19 listens to `on<event name>` props of custom elements as written.
    (name) => `on${name}`,
  ),
  preact: jsxTypes(
    'Preact',
    'preact',
    (cls) => `HTMLAttributes<${cls}>`,
    (name) => `on${name}`,
  ),
  solid: jsxTypes(
    'Solid',
    'solid-js',
    (cls) => `JSX.HTMLAttributes<${cls}>`,
    undefined,
    // Solid's `on:qx-locale-change={…}` is typed by CustomEvents.
    [
      '    interface CustomEvents {',
      ...allEvents.map((name) => `      '${name}': QxEventOf<'${name}'>;`),
      '    }',
    ],
  ),
};
{
  const lines = [...header('<qx-*> tags in Vue templates'), ...classImports];
  lines.push(
    "import type { DefineComponent } from 'vue';",
    '',
    ...eventOf,
    '',
    "declare module 'vue' {",
  );
  lines.push('  interface GlobalComponents {');
  for (const element of elements) {
    lines.push(...doc(element.summary, '    '));
    lines.push(
      `    '${element.tagName}': DefineComponent<${attributesType(element, '    ', (name) => `on${pascal(name)}`, camel)}>;`,
    );
  }
  lines.push('  }', '}', '');
  // The classes are imported for their HTMLElementEventMap entries only.
  typings.vue = lines
    .join('\n')
    .replace(/import type \{ ([^}]+) \} from '(\.\.\/[^']+)';/g, "import type {} from '$2';");
}

mkdirSync('dist/types', { recursive: true });
for (const [name, text] of Object.entries(typings)) {
  // Preact and Solid need the classes too; Vue only the event map.
  writeFileSync(`dist/types/${name}.d.ts`, text);
}

// VS Code: https://github.com/microsoft/vscode-custom-data (version 1.1).
const vscode = {
  $schema:
    'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: element.summary,
    attributes: element.attributes.map((attribute) => ({
      name: attribute.name,
      description: attribute.description,
      ...(attribute.values && { values: attribute.values.map((name) => ({ name })) }),
      ...(attribute.type === 'boolean' && { valueSet: 'v' }),
    })),
  })),
};
writeFileSync('dist/vscode.html-custom-data.json', JSON.stringify(vscode, null, 2) + '\n');

// JetBrains: https://github.com/JetBrains/web-types (schema 2.0).
const webTypes = {
  $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  framework: 'html',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: element.summary,
        'doc-url': `https://www.npmjs.com/package/${pkg.name}`,
        attributes: element.attributes.map((attribute) => ({
          name: attribute.name,
          description: attribute.description,
          ...(attribute.default !== undefined && { default: String(attribute.default) }),
          value: attribute.values
            ? { type: attribute.values.map((value) => `'${value}'`).join(' | '), kind: 'plain' }
            : attribute.type === 'boolean'
              ? { type: 'boolean', kind: 'no-value' }
              : { type: attribute.type.replace(' | `${number}`', ''), kind: 'plain' },
        })),
        js: {
          events: element.events.map((event) => ({
            name: event.name,
            description: event.description,
          })),
        },
        slots: element.slots.map((slot) => ({
          name: slot.name,
          description: slot.description ?? '',
        })),
      })),
    },
  },
};
writeFileSync('dist/web-types.json', JSON.stringify(webTypes, null, 2) + '\n');

console.log(
  `generate-types: ${elements.length} elements → dist/types/*.d.ts, vscode.html-custom-data.json, web-types.json`,
);
