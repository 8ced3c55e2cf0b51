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
import { usePortalRuntime } from './portal-runtime.js';

/**
 * Builds a site folder into a static portal (see build.ts). The renderer is loaded only now,
 * after the portals' i18n runtime is in place (portal-runtime.ts).
 */
export async function buildSite(siteDir: string, options?: BuildOptions): Promise<BuildResult> {
  // Once the hook is in place, every import is resolved through Node's loader thread, a round
  // trip each: the build's 700 modules took 0.7 s to load instead of 0.4 s. What never imports
  // i18next (the site loader, and the libraries below, none of which knows of it) is loaded
  // first; the elements, the renderer and @qiaoxin/i18n come after the hook.
  await Promise.all([import('./site/load.js'), ...hookFree.map((name) => import(name))]);
  usePortalRuntime();
  const build = await import('./build.js');
  return build.buildSite(siteDir, options);
}
export { OutputError } from './write/output.js';

const hookFree = [
  'lit',
  '@lit-labs/ssr',
  'qrcode',
  'lightningcss',
  'tinypool',
  'pagefind',
  'feed',
  'opencc-js/cn2t',
  '@resvg/resvg-js',
];
