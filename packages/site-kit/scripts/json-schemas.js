// Writes the JSON Schemas of the files a webmaster edits, from the same zod schemas that
// validate a build (one source of truth): schema/site.config.schema.json and
// schema/stats.schema.json (and import-map.schema.json, for `qiaoxin-site import`). Editors read them through the files' "$schema" line to complete
// field names and underline mistakes. (theme.json's schema, schema/theme.schema.json, is
// written by hand: its values are checked by type and contrast, which JSON Schema cannot say;
// test/theme-schema.test.js keeps it in agreement with the build.)
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { configSchema, idPattern, statGroupSchema } from '../dist/site/schemas.js';

const base = 'https://qiaoxin.example/schema/';
const draft = 'https://json-schema.org/draft/2020-12/schema';
/** What an input file may hold; refinements JSON Schema cannot express are checked by the build. */
const jsonSchemaOf = (schema) => {
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  delete generated.$schema; // one $schema, at the top of the file
  return generated;
};

const config = {
  $schema: draft,
  $id: `${base}site.config.schema.json`,
  title: 'Qiaoxin site.config.json',
  description: 'Names, base path, sections, navigation and footer of a Qiaoxin district portal.',
  ...jsonSchemaOf(configSchema),
};

const stats = {
  $schema: draft,
  $id: `${base}stats.schema.json`,
  title: 'Qiaoxin content/data/stats.json',
  description:
    'Groups of figures (stat counters), by group id, shown on the home page and in articles.',
  type: 'object',
  properties: { $schema: { type: 'string' } },
  patternProperties: { [idPattern.source]: jsonSchemaOf(statGroupSchema) },
  additionalProperties: false,
};

/** import-map.json of `qiaoxin-site import`: old column names → category ids. */
const importMap = {
  $schema: draft,
  $id: `${base}import-map.schema.json`,
  title: 'Qiaoxin import-map.json',
  description:
    'For `qiaoxin-site import`: each old column name (栏目, as in the ColumnName meta tag or the 您的当前位置 trail) and the id of the category its articles go to.',
  type: 'object',
  properties: { $schema: { type: 'string' } },
  additionalProperties: { type: 'string', pattern: idPattern.source },
};

for (const [file, schema] of [
  ['site.config.schema.json', config],
  ['stats.schema.json', stats],
  ['import-map.schema.json', importMap],
]) {
  writeFileSync(
    new URL(`../schema/${file}`, import.meta.url),
    `${JSON.stringify(schema, null, 2)}\n`,
  );
}
console.log(
  'schema/site.config.schema.json, schema/stats.schema.json, schema/import-map.schema.json',
);
