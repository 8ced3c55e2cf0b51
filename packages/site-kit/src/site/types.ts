import type { Rendered } from '../markdown/markdown.js';
import type { Published } from './date.js';
import type { FrontMatter, SiteConfig, StatGroups, Theme } from './schemas.js';

/** The language a page is written in; zh-Hant only in a site's traditional edition. */
export type Lang = 'zh-CN' | 'zh-Hant' | 'en';

export interface Page extends Omit<Rendered, 'images' | 'links'> {
  /** The .md file, relative to the site folder. */
  file: string;
  /** The body as written, below the front matter: each edition renders it (src/markdown/). */
  markdown: string;
  title: string;
  lang: Lang;
  summary?: string;
}

export interface Article extends Page, Omit<FrontMatter, 'lang' | 'published' | 'stats'> {
  slug: string;
  /** Site-relative URL of the Chinese page, e.g. `/llxx/five-year-review/`. */
  path: string;
  published: Published;
  stats: string[];
}

export interface Site {
  /** Absolute path of the site folder. */
  dir: string;
  config: SiteConfig;
  theme: Theme;
  about?: Page;
  /** Newest first. */
  articles: Article[];
  categories: SiteConfig['categories'];
  stats: StatGroups;
  /** Every site-relative page path, in every edition (`/`, `/en/`, `/zh-hant/llxx/`, …). */
  pages: string[];
}

export interface LoadOptions {
  /** Problems name files relative to this folder (e.g. the repo root); default: the site folder. */
  relativeTo?: string;
}
