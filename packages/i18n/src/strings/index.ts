import { articleMetaStrings } from './article-meta.js';
import { breadcrumbsStrings } from './breadcrumbs.js';
import { headerStrings } from './header.js';
import { statStrings } from './stat.js';

export { articleMetaStrings, breadcrumbsStrings, headerStrings, statStrings };

/** Every built-in string group, for documentation and for sites that translate them all. */
export const builtInStrings = [breadcrumbsStrings, articleMetaStrings, statStrings, headerStrings];
