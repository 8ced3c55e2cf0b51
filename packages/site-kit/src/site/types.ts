import type { ParseCache } from './parse-cache.js';
import type { Rendered } from '../markdown/markdown.js';
import type { Published } from './date.js';
import type { FrontMatter, SiteConfig, StatGroups, Theme } from './schemas.js';
import type { MessageLang } from '../messages/index.js';
import type { Problem } from './problems.js';

/** The language a page is written in; zh-Hant only in a site's traditional edition. */
export type Lang = 'zh-CN' | 'zh-Hant' | 'en';

/** A file of content/files/ shown under a page: 「附件：名称（PDF，1.2 MB）」. */
export interface Attachment {
  /** The link's text, or the name front matter gives it. */
  name: string;
  /** As written: a Markdown URL (`fromBody`) or a front-matter path. */
  file: string;
  fromBody: boolean;
  /** Tidied, relative to content/: what the build publishes it by (see `assetKey`). */
  path: string;
}

export interface Page extends Pick<Rendered, 'headings' | 'figures'> {
  /** The .md file, relative to the site folder. */
  file: string;
  /** The body as written, below the front matter: each edition renders it (src/markdown/). */
  markdown: string;
  /**
   * The start of the body's text (its first 160 characters, headings left out), which the
   * page's description and feed item are cut from when it has no summary.
   */
  lead: string;
  title: string;
  lang: Lang;
  summary?: string;
  /** Linked from the body, then those only front matter names; each file once. */
  attachments: Attachment[];
}

export interface Article
  extends Page, Omit<FrontMatter, 'lang' | 'published' | 'stats' | 'attachments'> {
  slug: string;
  /** Site-relative URL of the Chinese page, e.g. `/llxx/five-year-review/`. */
  path: string;
  published: Published;
  stats: string[];
  /**
   * Of the .md file's path and text, which make the whole article: the build keys its pages
   * with it (write/build-cache.ts) rather than with the article's JSON, thousands of times
   * cheaper to compare.
   */
  digest: string;
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
  /** 专题专栏, as site.config.json lists them (empty when it lists none). */
  topics: Topic[];
  /**
   * The build's date in China (`YYYY-MM-DD`): a notice whose `until` is before it has left the
   * home page. A static page keeps what it showed until the next build.
   */
  today: string;
  stats: StatGroups;
  /** Every site-relative page path, in every edition (`/`, `/en/`, `/zh-hant/llxx/`, …). */
  pages: string[];
  /** What builds but should be fixed (a video without captions); placeholders are apart. */
  warnings: Problem[];
}

export type Topic = NonNullable<SiteConfig['topics']>[number];

export interface LoadOptions {
  /** The date notices expire against, `YYYY-MM-DD`; default today in China (Asia/Shanghai). */
  today?: string;
  /** Problems name files relative to this folder (e.g. the repo root); default: the site folder. */
  relativeTo?: string;
  /** The language of the problems' messages; default English (see messages/index.ts). */
  lang?: MessageLang;
  /** Pages parsed by an earlier build (see parse-cache.ts); without it, every page is parsed. */
  parsed?: ParseCache;
}
