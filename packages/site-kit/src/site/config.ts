import { basename } from 'node:path';
import { parseLocated, type Located } from './locate.js';
import type { SiteReader } from './reader.js';
import { configSchema, themeSchema, type SiteConfig, type Theme } from './schemas.js';
import { logoRule, readSiteFile } from './site-files.js';
import { t } from '../messages/index.js';

/** site.config.json and theme.json, each validated against its schema. */
export async function readConfig(reader: SiteReader) {
  const config = await reader.readJson('site.config.json', configSchema, true);
  const theme = (await reader.readJson('theme.json', themeSchema, false)) as Theme | undefined;
  return { config, theme };
}

/**
 * What site.config.json must say beyond its schema: its id is its folder's name, its logo is a
 * picture it may publish, no category twice. Returns the lines of the file and the category ids.
 */
export async function checkConfig(reader: SiteReader, config: SiteConfig | undefined) {
  const { dir, report } = reader;
  const configAt: Located = reader.jsonAt.get('site.config.json') ?? parseLocated('{}');
  if (config && config.id !== basename(dir)) {
    report(
      'site.config.json',
      configAt.lineOf(['id']),
      t('config.idFolder', { id: config.id, folder: basename(dir) }),
    );
  }
  if (config?.logo) {
    const logo = await readSiteFile(dir, config.logo, logoRule);
    if ('problem' in logo) report('site.config.json', configAt.lineOf(['logo']), logo.problem);
  }
  const categoryIds = new Set(config?.categories.map((c) => c.id));
  config?.categories.forEach((c, i) => {
    if (config.categories.findIndex((d) => d.id === c.id) < i) {
      report(
        'site.config.json',
        configAt.lineOf(['categories', i, 'id']),
        t('config.twice', { id: c.id }),
      );
    }
  });
  return { configAt, categoryIds };
}
