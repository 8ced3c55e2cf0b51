import { articleMetaStrings } from './article-meta.js';
import { breadcrumbsStrings } from './breadcrumbs.js';
import { elderModeStrings } from './elder-mode.js';
import { headerStrings } from './header.js';
import { newsListStrings } from './news-list.js';
import { paginationStrings } from './pagination.js';
import { searchStrings } from './search.js';
import { sectionHeadingStrings } from './section-heading.js';
import { siteFooterStrings } from './site-footer.js';
import { siteNavStrings } from './site-nav.js';
import { statStrings } from './stat.js';

export {
  articleMetaStrings,
  breadcrumbsStrings,
  elderModeStrings,
  headerStrings,
  newsListStrings,
  paginationStrings,
  sectionHeadingStrings,
  siteFooterStrings,
  siteNavStrings,
  statStrings,
  searchStrings,
};

/** Every built-in string group, for documentation and for sites that translate them all. */
export const builtInStrings = [
  breadcrumbsStrings,
  articleMetaStrings,
  statStrings,
  headerStrings,
  siteNavStrings,
  siteFooterStrings,
  newsListStrings,
  paginationStrings,
  elderModeStrings,
  sectionHeadingStrings,
  searchStrings,
];
