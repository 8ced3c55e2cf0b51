// `@qiaoxin/components/strings.js`: every element's built-in strings group, without defining
// any element. Each group lives beside its element (`src/<element>/strings.ts`), in zh-CN and
// en; zh-Hant is generated from zh-CN at build time (./internal/zh-hant.ts).
import { a11yPanelStrings, a11yToolbarStrings } from './a11y-toolbar/strings.js';
import { articleMetaStrings } from './article-meta/strings.js';
import { attachmentStrings } from './attachment-list/strings.js';
import { articleToolsMoreStrings } from './article-tools/more-strings.js';
import { articleToolsStrings } from './article-tools/strings.js';
import { breadcrumbsStrings } from './breadcrumbs/strings.js';
import { headerStrings } from './bilingual-header/strings.js';
import { linkGroupsStrings } from './link-groups/strings.js';
import { elderModeStrings } from './elder-mode/strings.js';
import { newsListStrings } from './news-list/strings.js';
import { noticeListStrings } from './notice-list/strings.js';
import { paginationStrings } from './pagination/strings.js';
import { photoNewsStrings } from './photo-news/strings.js';
import { searchStrings } from './search/strings.js';
import { sectionHeadingStrings } from './section-heading/strings.js';
import { siteFooterStrings } from './site-footer/strings.js';
import { siteNavStrings } from './site-nav/strings.js';
import { statStrings } from './stat-counter/strings.js';

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
  articleToolsStrings,
  articleToolsMoreStrings,
  a11yToolbarStrings,
  a11yPanelStrings,
  noticeListStrings,
  photoNewsStrings,
  attachmentStrings,
  linkGroupsStrings,
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
  articleToolsStrings,
  articleToolsMoreStrings,
  a11yToolbarStrings,
  a11yPanelStrings,
  noticeListStrings,
  photoNewsStrings,
  attachmentStrings,
  linkGroupsStrings,
];

type Group = (typeof builtInStrings)[number];

/**
 * The zh-Hant strings of every built-in group, keyed by group, with exactly the keys of that
 * group's zh-CN record: the generated module is checked against it when it is compiled.
 */
export type ZhHantStrings = {
  readonly [G in Group as G['group']]: { readonly [K in keyof G['zh-CN']]: string };
};
