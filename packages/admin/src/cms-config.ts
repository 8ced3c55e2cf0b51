import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { editorSchemas } from '@qiaoxin/site-kit/admin-support';
import { fieldsOf, ui, word, type Field, type SiteFacts } from './collections.js';
import type { Lang } from './messages.js';

async function readJson(path: string): Promise<Record<string, unknown>> {
  try {
    const value = JSON.parse(await readFile(path, 'utf8')) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {}; // a broken file is edited as an empty one; the build's check says what is wrong
  }
}

/** The site's sections and stat groups, read afresh for each editor load. */
async function factsOf(siteDir: string) {
  const config = await readJson(join(siteDir, 'site.config.json'));
  const stats = await readJson(join(siteDir, 'content/data/stats.json'));
  const categories = Array.isArray(config.categories)
    ? (config.categories as SiteFacts['categories']).filter((c) => c && typeof c.id === 'string')
    : [];
  const statGroups = Object.keys(stats).filter((k) => k !== '$schema');
  return { categories, statGroups };
}

/** Decap's `body` field: the Markdown of an article or page, pictures into content/images. */
const body = (lang: Lang): Field => ({
  name: 'body',
  label: lang === 'en' ? 'Body' : '正文',
  widget: 'qx-markdown',
  required: false,
  modes: ['rich_text', 'raw'],
});

/**
 * The whole Decap configuration, generated from site-kit's schemas (never written by hand):
 * articles, the about page, the site settings split by topic (one file, site.config.json, so
 * each part keeps the others' keys), and the stat groups. Loaded by the page with
 * `load_config_file: false`.
 */
export async function cmsConfig(siteDir: string, lang: Lang) {
  const schemas = editorSchemas();
  const facts = await factsOf(siteDir);
  const top = (schema: typeof schemas.article, only?: string[]) =>
    fieldsOf(schema, facts, lang, { top: true, ...(only && { only }) });
  const configKeys = Object.keys(schemas.config.properties ?? {});
  const parts = { sections: ['categories'], navigation: ['nav'], footer: ['footer'] };
  const placed = new Set(Object.values(parts).flat());
  const statFields: Field[] = facts.statGroups.map((id) => ({
    name: id,
    label: id,
    widget: 'qx-object',
    collapsed: false,
    fields: fieldsOf(schemas.statGroup, facts, lang),
  }));
  return {
    load_config_file: false,
    backend: { name: 'proxy', proxy_url: '/_admin/api/v1', branch: 'main' },
    locale: lang === 'en' ? 'en' : 'zh_Hans',
    publish_mode: 'simple',
    // Paths in front matter and Markdown are relative to content/ (site-kit's rule).
    media_folder: 'content/images',
    public_folder: 'images',
    collections: [
      {
        name: 'articles',
        label: word(ui.articles, lang),
        label_singular: word(ui.article, lang),
        folder: 'content/articles',
        extension: 'md',
        format: 'frontmatter',
        create: true,
        delete: true,
        // Article file names become URLs and must be [a-z0-9-]: never the (Chinese) title.
        slug: '{{year}}{{month}}{{day}}-{{hour}}{{minute}}{{second}}',
        identifier_field: 'title',
        summary: '{{title}}',
        fields: [...top(schemas.article), body(lang)],
      },
      {
        name: 'pages',
        label: word(ui.pages, lang),
        files: [
          {
            name: 'about',
            label: word(ui.about, lang),
            file: 'content/about.md',
            format: 'frontmatter',
            fields: [...top(schemas.about), body(lang)],
          },
        ],
      },
      {
        name: 'settings',
        label: word(ui.settings, lang),
        editor: { preview: false },
        files: [
          {
            name: 'site',
            label: word(ui.site, lang),
            file: 'site.config.json',
            format: 'json',
            fields: top(
              schemas.config,
              configKeys.filter((k) => !placed.has(k)),
            ),
          },
          ...Object.entries(parts).map(([name, only]) => ({
            name,
            label: word(ui[name as keyof typeof parts], lang),
            file: 'site.config.json',
            format: 'json',
            fields: top(schemas.config, only),
          })),
          // Decap needs at least one field: a site without stat groups has no such entry.
          ...(statFields.length
            ? [
                {
                  name: 'stats',
                  label: word(ui.stats, lang),
                  file: 'content/data/stats.json',
                  format: 'json',
                  fields: statFields,
                },
              ]
            : []),
        ],
      },
    ],
  };
}
