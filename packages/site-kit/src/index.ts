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
export { buildSite, type BuildOptions, type BuildResult } from './build.js';
export { OutputError } from './write/output.js';
