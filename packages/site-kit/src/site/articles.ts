import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { Rendered } from '../markdown/markdown.js';
import { parsePublished, type Published } from './date.js';
import type { PageRead, SiteReader } from './reader.js';
import { listArticles } from './read-text.js';
import { aboutSchema, frontMatterSchema, type FrontMatter } from './schemas.js';
import type { CheckStats } from './stats.js';
import { assetKey, attachmentRule } from './site-assets.js';
import type { Article, Attachment, Page } from './types.js';
import { t } from '../messages/index.js';

const aboutFile = 'content/about.md';

/**
 * What the loader found in each page's text: the pictures and videos of its body, so the build
 * publishes them without parsing 10,000 bodies a second time, and whether it holds the
 * placeholder mark, so placeholders.ts rereads only the pages that do. A page made otherwise
 * is parsed, or read, then.
 */
export const pagesRead = new WeakMap<Page, ReadFacts>();
type ReadFacts = Pick<Rendered, 'images' | 'videos'> & { marked: boolean };
const remember = (page: Page, { rendered: { images, videos }, marked }: PageRead) =>
  pagesRead.set(page, { images, videos, marked });

/** content/about.md, when the site has one: `exists` even when it is broken. */
export async function readAbout(reader: SiteReader) {
  const exists = await access(join(reader.dir, aboutFile)).then(
    () => true,
    () => false,
  );
  if (!exists) return { exists };
  const page = await reader.readPage(aboutFile);
  const fm = page && reader.validatePage(aboutFile, page, aboutSchema, 'about');
  if (!page || !fm) return { exists };
  const about: Page = {
    file: aboutFile,
    ...pick(page),
    attachments: attachmentsOf(page),
    title: fm.title,
    lang: fm.lang ?? 'zh-CN',
    ...(fm.summary && { summary: fm.summary }),
  };
  remember(about, page);
  return { exists, about };
}

/**
 * Every article in content/articles, newest first, and the slugs of the broken ones (`tentative`:
 * links to them are not reported a second time).
 */
export async function readArticles(
  reader: SiteReader,
  categoryIds: Set<string>,
  checkStats: CheckStats,
  /** Whether site.config.json could be read: without it, no category is known to be wrong. */
  configured: boolean,
  /** The site's topic ids, and the ids of its notices sections (see checkKinds). */
  known: Known = { topicIds: new Set(), noticeIds: new Set() },
) {
  const { report, name } = reader;
  const articles: Article[] = [];
  const tentative: string[] = [];
  const slugFiles = new Map<string, string>();
  const listed = await listArticles(join(reader.dir, 'content/articles'));
  for (const { entry, problem } of listed.skipped)
    report(`content/articles/${entry}`, undefined, problem);
  for (const { entry, slug } of listed.articles) {
    const file = `content/articles/${entry}`;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) {
      report(file, undefined, t('check.slugName'));
    }
    // /<section>/2023/ is the section's yearly archive (render/routes.ts).
    if (/^\d{4}$/.test(slug)) report(file, undefined, t('check.slugYear', { slug }));
    const twin = slugFiles.get(slug);
    if (twin) {
      report(file, undefined, t('check.sameUrl', { slug, other: name(twin) }));
      continue;
    }
    slugFiles.set(slug, file);
    const page = await reader.readPage(file);
    const fm = page && reader.validatePage(file, page, frontMatterSchema, 'article');
    // A broken article is reported once; links to it are not reported as well. Only broken
    // ones: a working article's links must name its real category.
    if (!page || !fm || !categoryIds.has(fm.category)) tentative.push(slug);
    if (!page || !fm) continue;
    if (configured && !categoryIds.has(fm.category)) {
      report(
        file,
        page.data.lineOf(['category']),
        t('check.category', { value: fm.category, list: [...categoryIds].join(', ') }),
      );
    }
    if (fm.cover) await reader.checkImage(file, () => page.data.lineOf(['cover']), fm.cover);
    if (configured) checkKinds(reader, file, page, fm, known);
    checkStats(file, fm.stats, (i) => page.data.lineOf(['stats', i]));
    for (const [i, a] of (fm.attachments ?? []).entries()) {
      const line = () => page.data.lineOf(['attachments', i, 'file']);
      await reader.checkAsset(file, line, a.file, attachmentRule, false);
    }
    const { lang, published, stats: groups = [], attachments, ...rest } = fm;
    const article: Article = {
      ...rest,
      ...pick(page),
      attachments: attachmentsOf(page, attachments),
      file,
      slug,
      path: `/${fm.category}/${slug}/`,
      lang: lang ?? 'zh-CN',
      published: parsePublished(published) as Published, // the schema has checked it
      stats: groups,
      digest: page.digest,
    };
    remember(article, page);
    articles.push(article);
  }
  articles.sort((a, b) =>
    a.published.iso < b.published.iso ? 1 : a.published.iso > b.published.iso ? -1 : 0,
  );
  return { articles, tentative };
}

/**
 * The files listed under a page: those its body links to (named by the link's text), in
 * order, then those only its front matter names. Front matter names a linked file too, when
 * it lists it. Each file once, however often it is linked.
 */
function attachmentsOf(page: PageRead, listed: { name: string; file: string }[] = []) {
  const found = new Map<string, Attachment>();
  for (const { url, name } of page.rendered.files) {
    const path = assetKey(url);
    if (path && !found.has(path))
      found.set(path, {
        name: name || (path.split('/').pop() ?? path),
        file: url,
        fromBody: true,
        path,
      });
  }
  for (const { name, file } of listed) {
    const path = assetKey(file, false);
    if (!path) continue;
    const linked = found.get(path);
    found.set(path, linked ? { ...linked, name } : { name, file, fromBody: false, path });
  }
  return [...found.values()];
}

interface Known {
  topicIds: Set<string>;
  noticeIds: Set<string>;
}

/**
 * An article's topics must be the site's; `pinned` and `until` mean something in a notices
 * section only, so elsewhere they are a mistake the webmaster should hear about.
 */
function checkKinds(
  { report }: SiteReader,
  file: string,
  page: PageRead,
  fm: FrontMatter,
  { topicIds, noticeIds }: Known,
) {
  fm.topics?.forEach((topic, i) => {
    if (topicIds.has(topic)) return;
    const list = [...topicIds].join(', ') || t('check.none');
    report(file, page.data.lineOf(['topics', i]), t('topic.unknown', { value: topic, list }));
  });
  if (noticeIds.has(fm.category)) return;
  for (const field of ['pinned', 'until'] as const) {
    if (fm[field] === undefined) continue;
    const line = page.data.lineOf([field]);
    report(file, line, t('notice.only', { field, category: fm.category }));
  }
}

/** What a page keeps of its Markdown: the body itself and what the page shows around it. */
function pick({
  rendered,
  lead,
  body,
}: PageRead): Pick<Page, 'lead' | 'headings' | 'figures' | 'markdown'> {
  const { headings, figures } = rendered;
  return { lead, headings, figures, markdown: body };
}
