const pattern = /^(\d{4})-(\d\d)-(\d\d)(?: (\d\d):(\d\d))?$/;

/** A publish date as the editor wrote it, split for sorting and for `<time datetime>`. */
export interface Published {
  /** `YYYY-MM-DD` */
  day: string;
  /** `HH:mm`, when given */
  time?: string;
  /** `YYYY-MM-DDTHH:mm` (or the day alone): sortable and valid for `datetime`. */
  iso: string;
}

/**
 * The same rules as `qx-article-meta` and `qx-news-item` (components' `parseStamp`), narrowed
 * to the two forms the contract allows: `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`, a wall-clock time
 * in China. The date must exist: Date rolls 2023-02-31 into March, so a value that does not
 * survive the round trip is refused.
 */
export function parsePublished(value: string): Published | undefined {
  const m = pattern.exec(value);
  if (!m) return undefined;
  const [, y = '', mo = '', d = '', h = '00', mi = '00'] = m;
  const date = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi));
  const iso = `${y}-${mo}-${d}T${h}:${mi}`;
  if (date.getUTCFullYear() !== +y || date.toISOString().slice(0, 16) !== iso) return undefined;
  const day = `${y}-${mo}-${d}`;
  return m[4] ? { day, time: `${h}:${mi}`, iso } : { day, iso: day };
}
