import type { JsonSchema } from '@qiaoxin/site-kit/admin-support';
import { labels, ui } from './words.js';
import type { Lang } from './messages.js';

/** A Decap CMS field definition (the keys this generator writes). */
export type Field = Record<string, unknown> & { name: string; widget: string };

/** What a field's choices depend on in this site: its sections and stat groups. */
export interface SiteFacts {
  categories: { id: string; zh: string; en: string }[];
  statGroups: string[];
}

const word = (pair: [string, string], lang: Lang) => (lang === 'en' ? pair[1] : pair[0]);
const labelOf = (name: string, lang: Lang) => (labels[name] ? word(labels[name], lang) : name);

/** Fields whose meaning a JSON Schema cannot carry: dates, pictures, choices from the site. */
function special(name: string, facts: SiteFacts, lang: Lang): Partial<Field> | undefined {
  switch (name) {
    case 'published':
      // Written as the build reads it: a plain YYYY-MM-DD string.
      return {
        widget: 'datetime',
        format: 'YYYY-MM-DD',
        date_format: 'YYYY-MM-DD',
        time_format: false,
        picker_utc: true,
      };
    case 'cover':
      return { widget: 'image', choose_url: false };
    case 'category':
      return {
        widget: 'select',
        options: facts.categories.map((c) => ({ label: lang === 'en' ? c.en : c.zh, value: c.id })),
      };
    case 'stats':
      return { widget: 'select', multiple: true, options: facts.statGroups };
    case 'file':
      // An attachment: uploaded into content/files/, named relative to content/ (files/x.pdf).
      return {
        widget: 'file',
        choose_url: false,
        media_folder: '/content/files',
        public_folder: 'files',
      };
    case 'summary':
      return { widget: 'text' };
    default:
      return undefined;
  }
}

/**
 * Decap fields from a JSON Schema object (site-kit's zod schemas, via `editorSchemas`): each
 * property becomes a field with its widget, required flag, hint and choices. Top-level fields
 * use the `qx-` widgets the editor registers (the standard widget, with the build's messages
 * shown beside it); their required flag is left to the build's check so its words are the ones
 * shown, and "必填" is said in the hint instead.
 */
export function fieldsOf(
  schema: JsonSchema,
  facts: SiteFacts,
  lang: Lang,
  options: { top?: boolean; only?: string[] } = {},
): Field[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .filter(([name]) => name !== '$schema' && (!options.only || options.only.includes(name)))
    .map(([name, property]) => {
      const field = fieldOf(
        name,
        property,
        facts,
        lang,
        options.top ? undefined : required.has(name),
      );
      if (!options.top) return field;
      const hint = [required.has(name) ? word(ui.required, lang) : '', property.description ?? '']
        .filter(Boolean)
        .join(' · ');
      return { ...field, widget: `qx-${field.widget}`, required: false, ...(hint && { hint }) };
    });
}

function fieldOf(
  name: string,
  schema: JsonSchema,
  facts: SiteFacts,
  lang: Lang,
  required: boolean | undefined,
): Field {
  const base: Field = {
    name,
    label: labelOf(name, lang),
    widget: 'string',
    required: required ?? false,
    ...(schema.description && { hint: schema.description }),
  };
  const own = special(name, facts, lang);
  if (own) return { ...base, ...own };
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (schema.enum) return { ...base, widget: 'select', options: schema.enum.map(String) };
  if (type === 'number' || type === 'integer') {
    return { ...base, widget: 'number', value_type: type === 'integer' ? 'int' : 'float' };
  }
  if (type === 'boolean') return { ...base, widget: 'boolean' };
  if (type === 'array' && schema.items) {
    const items = schema.items;
    if (items.type === 'object') {
      return { ...base, widget: 'list', fields: fieldsOf(items, facts, lang) };
    }
    return { ...base, widget: 'list', field: fieldOf(name, items, facts, lang, true) };
  }
  if (type === 'object' && schema.properties) {
    return { ...base, widget: 'object', collapsed: false, fields: fieldsOf(schema, facts, lang) };
  }
  return base;
}

export { word, ui };
