import type { Located } from './locate.js';
import type { SiteReader } from './reader.js';
import type { SiteConfig } from './schemas.js';
import { imageRule, readSiteFile } from './site-files.js';
import { t } from '../messages/index.js';

/** The folder of the topic pages (`/topics/<id>/`); no category may take the same URL. */
export const topicsFolder = 'topics';

/**
 * What site.config.json's `topics` must say beyond its schema: each id once, each banner a
 * picture in content/ whose size is known (the home page and the topic page reserve its space,
 * so it never shifts the layout). Returns the topic ids.
 */
export async function checkTopics(
  reader: SiteReader,
  config: SiteConfig | undefined,
  configAt: Located,
): Promise<Set<string>> {
  const { report } = reader;
  const at = (...path: (string | number)[]) => configAt.lineOf(path);
  const topics = config?.topics ?? [];
  const ids = new Set(topics.map((topic) => topic.id));
  config?.categories.forEach((c, i) => {
    if (c.id === topicsFolder)
      report('site.config.json', at('categories', i, 'id'), t('topic.folder'));
  });
  for (const [i, topic] of topics.entries()) {
    if (topics.findIndex((other) => other.id === topic.id) < i) {
      report('site.config.json', at('topics', i, 'id'), t('topic.twice', { id: topic.id }));
    }
    const banner = await readSiteFile(reader.dir, topic.banner, imageRule);
    const line = at('topics', i, 'banner');
    if ('problem' in banner) report('site.config.json', line, banner.problem);
    else if (!banner.file.size) report('site.config.json', line, t('topic.noSize'));
  }
  return ids;
}
