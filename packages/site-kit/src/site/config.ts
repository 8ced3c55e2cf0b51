import { basename } from 'node:path';
import { parseLocated, type Located } from './locate.js';
import type { SiteReader } from './reader.js';
import { configSchema, themeSchema, type SiteConfig, type Theme } from './schemas.js';
import { bannerRule, logoRule, readSiteFile, wechatRule, type FileRule } from './site-files.js';
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
  // The pictures site.config.json names: each must be one the site may publish.
  const pictures: [string | undefined, FileRule, string[]][] = [
    [config?.logo, logoRule, ['logo']],
    [config?.banner, bannerRule, ['banner']],
    [config?.footer.wechat?.qr, wechatRule, ['footer', 'wechat', 'qr']],
  ];
  for (const [written, rule, path] of pictures) {
    if (!written) continue;
    const picture = await readSiteFile(dir, written, rule);
    if ('problem' in picture) report('site.config.json', configAt.lineOf(path), picture.problem);
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
