export {
  loadSite,
  type Article,
  type Lang,
  type LoadOptions,
  type Page,
  type Site,
} from './site/load.js';
export { SiteError, formatSiteError, formatProblem, type Problem } from './site/problems.js';
export { renderMarkdown, type Figure, type Heading, type Rendered } from './markdown/markdown.js';
export { isColour } from './colour.js';
export { escapeAttr, escapeText } from './html.js';
export { parsePublished, type Published } from './site/date.js';
export type { FrontMatter, SiteConfig, Stat, StatGroups, Theme } from './site/schemas.js';
export type { BuildOptions, BuildResult } from './build.js';
import type { BuildOptions, BuildResult } from './build.js';
import { startPortalRuntime } from './portal-runtime.js';

/**
 * Builds a site folder into a static portal (see build.ts). The renderer is loaded only now,
 * after the portals' i18n runtime is in place (portal-runtime.ts).
 */
export async function buildSite(siteDir: string, options?: BuildOptions): Promise<BuildResult> {
  await startPortalRuntime();
  const build = await import('./build.js');
  return build.buildSite(siteDir, options);
}
export { OutputError } from './write/output.js';
