// Defines every Qiaoxin element. To load only what a page uses, import the element's own
// entry instead, e.g. `@qiaoxin/components/breadcrumbs.js`.
export * from './breadcrumbs.js';
export * from './article-meta.js';
export * from './stat-counter.js';
export * from './stat-group.js';
export * from './bilingual-header.js';
export * from './site-nav.js';
export * from './site-footer.js';
export * from './elder-mode.js';
export * from './section-heading.js';
export * from './figure.js';
export * from './news-list.js';
export * from './pagination.js';
export * from './search.js';
export * from './strings.js';
export * from './article-tools.js';
export * from './a11y-toolbar.js';
export * from './notice-list.js';
export * from './photo-news.js';
export * from './attachment-list.js';
export * from './topic-banner.js';
export * from './link-groups.js';
