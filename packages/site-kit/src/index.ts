export {
  loadSite,
  type Article,
  type Lang,
  type LoadOptions,
  type Page,
  type Site,
} from './load.js';
export { SiteError, formatSiteError, formatProblem, type Problem } from './problems.js';
export { renderMarkdown, type Figure, type Heading, type Rendered } from './markdown.js';
export { isColour } from './colour.js';
export { parsePublished, type Published } from './date.js';
export type { FrontMatter, SiteConfig, Stat, StatGroups, Theme } from './schemas.js';
export { buildSite, type BuildOptions, type BuildResult } from './build/build.js';
export { OutputError } from './build/output.js';
