import { readFile } from 'node:fs/promises';
import type { PageJob } from '../render/pool.js';
import { urlOf } from '../render/routes.js';
import type { Site } from '../site/types.js';
import { partsOf, type SearchablePage } from './search-parts.js';

/** Pages a reader searches for; lists, the site map and the search page only lead to them. */
const searchable = new Set(['home', 'about', 'article']);

/**
 * What the search index reads, and the order to render pages in so it can read them early.
 * `plan` is every page of the build; `ready` settles once a rendered file is written (pool.ts
 * `readiness`). The jobs come in the order the index reads their pages, the
 * pages it does not read last: each part of the index is written, by Pagefind's own process,
 * as soon as its pages are, while the rest are still rendering.
 */
export function searchPlan<Job extends PageJob>(
  site: Site,
  plan: Job[],
  /** The files this build renders, and where each page's HTML is read from. */
  files: { rendered: Set<string>; pathOf: (file: string) => string },
  ready: (file: string) => Promise<void>,
): { index: SearchablePage[]; jobs: Job[] } {
  const { rendered, pathOf } = files;
  const index: SearchablePage[] = plan
    .filter(({ spec }) => searchable.has(spec.route.kind))
    .map(({ locale, spec, file, key }) => ({
      url: urlOf(site, locale, spec.path),
      html: async () => {
        await ready(file);
        return readFile(pathOf(file), 'utf8');
      },
      source: { path: pathOf(file), ready: () => ready(file) },
      locale,
      key,
      ...(spec.route.kind === 'article' && {
        year: Number(spec.route.article.published.day.slice(0, 4)),
      }),
    }));
  const order = new Map<string, number>();
  for (const part of partsOf(index)) for (const page of part.pages) order.set(page.url, order.size);
  const rank = ({ locale, spec }: Job) => order.get(urlOf(site, locale, spec.path)) ?? order.size;
  const jobs = plan.filter((job) => rendered.has(job.file)).sort((a, b) => rank(a) - rank(b));
  return { index, jobs };
}
