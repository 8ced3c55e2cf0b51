/**
 * The visible patterns of Chinese government article pages, read from one short line of text
 * each (never from a whole page): the 「您的当前位置：首页 > 栏目 > 正文」 trail, the
 * 「发布时间：… 作者：… 来源：… 浏览次数：…」 line, a closing 「（来源：…）」 note, and dates in
 * the forms such sites print them.
 */
import { parsePublished } from '../site/date.js';

/** Spaces of every kind (including the full-width and no-break ones) as one ASCII space. */
export const squash = (text: string) => text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

/** A date as printed: 2023-06-02 15:38[:00], 2023/6/2, 2023.06.02, 2023年6月2日 15时38分. */
const datePattern =
  /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})\s*[:：时]\s*(\d{1,2}))?/;

export type DateRead = { published: string } | { bad: string } | undefined;

/**
 * The front matter's `published` (`YYYY-MM-DD` or `YYYY-MM-DD HH:mm`) from a printed date; a
 * time of 00:00 is taken as no time, since 《指引》's PubDate writes 00:00 for a date alone.
 * `bad` when the text holds a date that does not exist (2023-02-30) or no date at all.
 */
export function readDate(text: string | undefined): DateRead {
  if (text === undefined || !squash(text)) return undefined;
  const m = datePattern.exec(text);
  if (!m) return { bad: squash(text) };
  const [, y = '', mo = '', d = '', h, mi] = m;
  const pad = (n: string) => n.padStart(2, '0');
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  const time = h !== undefined && mi !== undefined ? `${pad(h)}:${pad(mi)}` : undefined;
  const published = time && time !== '00:00' ? `${day} ${time}` : day;
  return parsePublished(published) ? { published } : { bad: m[0] };
}

/** The labels of a 发布时间 line, each with the field it fills (undefined: shown, not kept). */
const labels: [RegExp, 'date' | 'author' | 'source' | undefined][] = [
  [/^(发布时间|发布日期|发表时间|发文日期|成文日期|更新时间|日期|时间)$/, 'date'],
  [/^(作者|撰稿人|撰稿)$/, 'author'],
  [/^(来源|信息来源|文章来源|稿件来源|来源单位)$/, 'source'],
  [/^(浏览次数|点击数|点击次数|阅读次数|浏览量|访问量|责任编辑|编辑|字号|分享到)$/, undefined],
];
const labelWords = labels.map(([re]) => re.source.slice(2, -2)).join('|');
const labelPattern = new RegExp(`(${labelWords})\\s*[:：]`, 'g');

export interface InfoLine {
  date?: string;
  author?: string;
  source?: string;
}

/** The fields of a 「发布时间：… 作者：… 来源：…」 line; undefined when it has no date label. */
export function readInfoLine(line: string): InfoLine | undefined {
  const text = squash(line);
  const found = [...text.matchAll(labelPattern)];
  const info: InfoLine = {};
  found.forEach((m, i) => {
    const field = labels.find(([re]) => re.test(m[1] ?? ''))?.[1];
    const end = found[i + 1]?.index ?? text.length;
    // Separators some sites print between the fields: | 丨 / 【】 [].
    const value = text
      .slice((m.index ?? 0) + m[0].length, end)
      .replace(/[|丨【】[\]]+/g, ' ')
      .trim();
    if (field && value && info[field] === undefined) info[field] = value;
  });
  return info.date !== undefined && datePattern.test(info.date) ? info : undefined;
}

const trailLabel =
  /^(您的?当前(所在)?位置|当前位置|您现在的位置|现在的位置|所在位置|位置)\s*[:：]\s*/;
const trailSeparator = /\s*(?:>>|>|»|›|→|＞|\/)\s*/;
const homeWords = /^(首页|网站首页|主页|本站首页|home)$/i;
const endWords = /^(正文|详情|内容|正文内容|文章内容|阅读文章|文章详情|详细内容|信息详情)$/;

/** Whether a line is a 「您的当前位置：…」 trail. */
export const isTrailLine = (line: string) => trailLabel.test(squash(line));

/**
 * The column an article sits in, from the items of its trail (「首页 > 理论学习 > 正文」 or
 * the items of a breadcrumb list): the last item but the home page, 正文 and the title itself.
 */
export function columnOfTrail(items: string[], title?: string): string | undefined {
  const kept = items
    .map(squash)
    .filter((item) => item && !homeWords.test(item) && !endWords.test(item) && item !== title);
  return kept.at(-1);
}

/** The items of a trail written as one line of text. */
export function trailItems(line: string): string[] {
  return squash(line).replace(trailLabel, '').split(trailSeparator);
}

/** A closing source note: 「（来源：重庆日报）」 or with ASCII brackets and colon. */
export const isSourceNote = (line: string) =>
  /^[（(]\s*(来源|稿件来源|文章来源|信息来源|转自|转载自)\s*[:：][^()（）]{1,80}[)）]$/.test(
    squash(line),
  );

/** A subtitle printed under the title or after it: 「——重庆市侨联五年工作综述」. */
export const isSubtitle = (line: string) => /^[—－-]{1,2}\S/.test(squash(line));

/** A title that carries its subtitle: 「正题 ——副题」 → both parts. */
export function splitTitle(title: string): { title: string; subtitle?: string } {
  const m = /^(.+?)\s*(——\S.*)$/.exec(squash(title));
  return m?.[1] && m[2] ? { title: m[1], subtitle: m[2] } : { title: squash(title) };
}

/** Keywords as such sites write them: separated by commas, semicolons, 、 or spaces. */
export const keywordsOf = (text: string) =>
  squash(text)
    .split(/[,，;；、\s]+/)
    .filter(Boolean);
