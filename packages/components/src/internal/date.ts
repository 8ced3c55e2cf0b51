import type { Locale } from '@qiaoxin/i18n';
import { intlLocale } from './format.js';

/** A parsed date: the instant, whether it has a time, and whether it named its offset. */
export interface Stamp {
  date: Date;
  clock: boolean;
  offset: boolean;
  /** For `<time datetime>`: the day, the wall-clock time, or the UTC instant. */
  iso: string;
}

const stampPattern =
  /^([12]\d{3}-\d\d-\d\d)(?:[T ](\d\d:\d\d)(?:(:\d\d)(?:\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?$/i;

/**
 * Reads `YYYY-MM-DD`, `YYYY-MM-DD[T ]HH:mm[:ss]`, optionally with `Z` or `±hh:mm`.
 * Without an offset the value is a wall-clock time, kept as UTC so every viewer sees what
 * the editor wrote; with one it is an instant, shown in China's time zone.
 */
export function parseStamp(value: string): Stamp | undefined {
  const [, day, clock, seconds = ':00', zone] = stampPattern.exec(value.trim()) ?? [];
  const wall = `${day}T${clock ?? '00:00'}${seconds}`;
  // Date rolls 2023-02-31 over into March; a value that does not survive the round trip is impossible.
  if (!day || new Date(`${wall}Z`).toJSON()?.slice(0, 19) !== wall) return undefined;
  const date = new Date(wall + (zone?.toUpperCase() ?? 'Z'));
  const iso = date.toJSON()?.slice(0, clock ? 19 : 10); // null for an offset such as +25:00
  return iso ? { date, clock: !!clock, offset: !!zone, iso: zone ? `${iso}Z` : iso } : undefined;
}

/**
 * Formatters by locale, clock and offset: making one costs about half a millisecond, and a
 * server build formats tens of thousands of dates.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * Writes a stamp as portals do: 2023-06-02 15:38 in Chinese (not Intl's 2023/06/02),
 * "2 Jun 2023, 15:38" in English (en-GB). `clock: false` leaves the time out.
 */
export function formatStamp(stamp: Stamp, locale: Locale): string {
  const { date, clock, offset } = stamp;
  const key = `${locale}${+clock}${+offset}`;
  const id = key + date.getTime();
  let text = written.get(id);
  if (text === undefined) written.set(id, (text = writeStamp(stamp, locale, key)));
  return text;
}

/**
 * Dates already written: a server build shows each article's date on every list that holds
 * it, and writing one took 5 µs, half a second of each rendering thread at 10,000 articles.
 * A page's dates are few, and a site's are as many as its articles.
 */
const written = new Map<string, string>();

function writeStamp({ date, clock, offset }: Stamp, locale: Locale, key: string): string {
  const zh = locale !== 'en'; // both Chinese scripts write dates the same way
  const format =
    formats.get(key) ??
    new Intl.DateTimeFormat(intlLocale(locale, 'date'), {
      timeZone: offset ? 'Asia/Shanghai' : 'UTC',
      year: 'numeric',
      month: zh ? '2-digit' : 'short',
      day: zh ? '2-digit' : 'numeric',
      ...(clock && { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    });
  formats.set(key, format);
  const parts = format.formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return zh
    ? `${part('year')}-${part('month')}-${part('day')}${clock ? ` ${part('hour')}:${part('minute')}` : ''}`
    : parts.map((p) => p.value).join('');
}

const dayPattern =
  /^([12]\d{3}-\d\d-\d\d)(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)?)?$/i;

/**
 * The day of a `YYYY-MM-DD` value, or undefined when it is no real day. A time after it (CMS
 * templates often write one) is ignored: the day is the one written. Lighter than parseStamp,
 * for the blocks that show days only and must each stay within their 3 KB.
 */
export function parseDay(value: string): string | undefined {
  const day = dayPattern.exec(value.trim())?.[1];
  return day && new Date(`${day}T00:00Z`).toJSON()?.slice(0, 10) === day ? day : undefined;
}

/** A day as formatStamp writes it: 2023-06-02 in Chinese, 2 Jun 2023 in English. */
export function formatDay(day: string, locale: Locale): string {
  return locale === 'en'
    ? // Local midnight of that day, so no time zone can move it to the day before.
      new Intl.DateTimeFormat('en-GB', {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
      }).format(new Date(`${day}T00:00`))
    : day;
}
