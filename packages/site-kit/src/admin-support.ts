/**
 * What the browser editor (`@qiaoxin/admin`, started by `qiaoxin-site admin`) needs of site-kit:
 * the same path rules as the portal server, the same picture checks as the build, and the
 * site's schemas as JSON Schema, so the editor's forms are generated from the zod schemas that
 * validate a build (one source of truth) and a new field appears in the editor by itself.
 * Not a public API for portals: nothing here is shipped to a portal.
 */
import { z } from 'zod';
import { aboutSchema, configSchema, frontMatterSchema, statGroupSchema } from './site/schemas.js';

export { isHidden, locationOf, parseRequestPath, resolveInside, svgPolicy } from './serve/paths.js';
export { serveStatic, mountOf } from './serve.js';
export { imageKinds, sanitiseSvg, sniff, type ImageKind } from './site/media.js';
export { loadSite, type Site } from './site/load.js';
export { SiteError, formatProblem, type Problem } from './site/problems.js';
export { maxMarkdownBytes, maxJsonBytes } from './site/read-text.js';
export { idPattern } from './site/schemas.js';
/** The theme editor page (主题配色), mounted by the editor's server under /theme. */
export { handleThemeEditor, type ThemeEditorContext } from './admin-theme/index.js';

/** A JSON Schema (draft 2020-12) as zod writes it: the subset the editor reads. */
export interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  pattern?: string;
  format?: string;
}

/** What a file may hold, as input: refinements JSON Schema cannot say are checked by the build. */
const jsonSchemaOf = (schema: z.ZodType): JsonSchema => {
  const generated = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema & {
    $schema?: string;
  };
  delete generated.$schema;
  return generated;
};

/**
 * The schemas of every file the editor writes, by kind. A content type added to site-kit is
 * added here once, and the editor's collections follow.
 */
export function editorSchemas() {
  return {
    config: jsonSchemaOf(configSchema),
    article: jsonSchemaOf(frontMatterSchema),
    about: jsonSchemaOf(aboutSchema),
    statGroup: jsonSchemaOf(statGroupSchema),
  };
}
