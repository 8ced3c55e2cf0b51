import type { Article, Site } from './types.js';

/** Today in China, `YYYY-MM-DD`: notices' `until` dates are Chinese calendar days. */
export function todayInChina(now = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** A notice past its `until` day: gone from the home page, still in its section's list. */
export const isExpired = (article: Article, today: string) =>
  article.until !== undefined && article.until < today;

/** Pinned (置顶) while it has not expired: an expired notice is no longer put first. */
export const isPinned = (article: Article, today: string) =>
  article.pinned === true && !isExpired(article, today);

/** The notices sections of a site (`"kind": "notices"`). */
export const noticeSections = (site: Site) => site.categories.filter((c) => c.kind === 'notices');

/** Whether an article belongs to a notices section. */
export function isNotice(site: Site, article: Article): boolean {
  return noticeSections(site).some((c) => c.id === article.category);
}

/** A notices section's items: pinned ones first, each group newest first (as `articles` is). */
export function noticeOrder(articles: Article[], today: string): Article[] {
  return [
    ...articles.filter((a) => isPinned(a, today)),
    ...articles.filter((a) => !isPinned(a, today)),
  ];
}

/** How many notices the home page shows of each notices section. */
export const homeNoticeCount = 6;

/** What the home page shows of a notices section: unexpired, pinned first, at most six. */
export function homeNotices(site: Site, category: string): Article[] {
  const current = site.articles.filter((a) => a.category === category && !isExpired(a, site.today));
  return noticeOrder(current, site.today).slice(0, homeNoticeCount);
}
