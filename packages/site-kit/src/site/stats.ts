import { isRecord, type SiteReader } from './reader.js';
import { statsSchema } from './schemas.js';

const statsFile = 'content/data/stats.json';

/**
 * content/data/stats.json, and the check of every reference to one of its groups (from the home
 * page in site.config.json, from articles' front matter).
 */
export async function readStats(reader: SiteReader) {
  const stats = (await reader.readJson(statsFile, statsSchema, false)) ?? {};
  // An invalid stats.json is reported once; its group names still count, so references
  // to them are not reported a second time.
  const statsAt = reader.jsonAt.get(statsFile);
  const groups = new Set(
    Object.keys(isRecord(statsAt?.value) ? statsAt.value : stats).filter((k) => k !== '$schema'),
  );
  const groupNames = [...groups].join(', ') || 'none';
  const checkStats = (file: string, ids: string[] | undefined, line: (i: number) => number) =>
    ids?.forEach((g, i) => {
      // Groups of a stats.json that could not be parsed are unknown: it is reported itself.
      if (!groups.has(g) && !reader.unreadable.has(statsFile)) {
        reader.report(
          file,
          line(i),
          `stats: "${g}" is not a group in content/data/stats.json (${groupNames})`,
        );
      }
    });
  return { stats, checkStats };
}

export type CheckStats = Awaited<ReturnType<typeof readStats>>['checkStats'];
