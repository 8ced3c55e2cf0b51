/**
 * Video and attachments in Markdown. A video is a fenced block whose info string is `video`,
 * holding YAML (the same syntax as front matter), so it needs no markdown-it plugin and its
 * mistakes are reported at their lines like front matter's:
 *
 * ```video
 * src: media/talk.mp4
 * poster: media/talk.jpg
 * captions: media/talk.vtt
 * title: 座谈会视频
 * ```
 *
 * An attachment is an ordinary link to a file of content/files/ (`[工作计划](files/plan.pdf)`):
 * any relative link is a file the build publishes, with a content hash in its name.
 */
import type Token from 'markdown-it/lib/token.mjs';
import { escapeAttr, escapeText } from '../html.js';
import { assetKey } from '../site/site-assets.js';
import { parseLocated } from '../site/locate.js';
import { videoSchema, type Video } from '../site/schemas.js';
import type { RenderEnv } from './markdown.js';

/** A file the build published: where it is on the portal, its kind (`pdf`, `mp4`) and size. */
export interface PublishedFile {
  url: string;
  kind: string;
  bytes: number;
}

/** A relative link: no scheme, not site-absolute, not a fragment or query of the page itself. */
export const isFileLink = (url: string): boolean =>
  url !== '' && !/^[a-z][a-z0-9+.-]*:|^[/#?]/i.test(url);

export const isVideo = (token: Token): boolean =>
  token.type === 'fence' && token.info.trim() === 'video';

/**
 * The block's fields when they are valid; the load reports what is wrong with them otherwise.
 * parseLocated guards against nesting and aliases that would overflow or expand the parser.
 */
export function videoOf(text: string): Video | undefined {
  const parsed = videoSchema.safeParse(parseLocated(text).value);
  return parsed.success ? parsed.data : undefined;
}

/** The poster, which is published and checked as every other picture of an article. */
export function videoPoster(text: string): string | undefined {
  const poster = (parseLocated(text).value as { poster?: unknown } | null)?.poster;
  return typeof poster === 'string' ? poster : undefined;
}

const captionLabels = { 'zh-CN': '中文字幕', en: 'English captions' } as const;

/**
 * `<video controls preload="none">`: nothing plays or downloads until the reader presses play
 * (no autoplay), the poster is sized so the page never shifts, captions are on by default.
 */
export function videoHtml(text: string, env: RenderEnv): string {
  const video = videoOf(text);
  if (!video) return '';
  const file = (written: string) =>
    env.publishedFiles?.get(assetKey(written) ?? '')?.url ?? written;
  const poster = env.published?.get(video.poster);
  const size = poster ? ` width="${poster.width}" height="${poster.height}"` : '';
  const lang = video.captionsLang ?? 'zh-CN';
  const track = video.captions
    ? `<track kind="captions" src="${escapeAttr(file(video.captions))}" srclang="${lang}" label="${captionLabels[lang]}" default>`
    : '';
  const tag = `<video controls preload="none" poster="${escapeAttr(poster?.url ?? video.poster)}"${size} src="${escapeAttr(file(video.src))}">${track}</video>`;
  if (!video.title) return `<div class="video">${tag}</div>\n`;
  const title = env.convert ? env.convert(video.title) : video.title;
  return `<figure class="video">${tag}<figcaption>${escapeText(title)}</figcaption></figure>\n`;
}
