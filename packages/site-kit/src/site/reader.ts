import { join, relative, sep } from 'node:path';
import type { z } from 'zod';
import { splitFrontMatter } from './front-matter.js';
import { parsedPage, type ParseCache } from './parse-cache.js';
import { parsedText } from './page-text.js';
import { parseLocated, type Located } from './locate.js';
import type { Problems } from './problems.js';
import { kindOf, maxJsonBytes, maxMarkdownBytes, readSiteText } from './read-text.js';
import { imageRule, readSiteFile, type Checked } from './site-files.js';
import { describe } from './zod-words.js';
import { videoSchema } from './schemas.js';
import {
  attachmentRule,
  captionsRule,
  readSiteAsset,
  videoRule,
  type AssetRule,
  type CheckedAsset,
} from './site-assets.js';
import type { Problem } from './problems.js';
import { t } from '../messages/index.js';

/** A site-absolute link in a Markdown body, checked once every page of the site is known. */
export interface BodyLink {
  file: string;
  line: number;
  url: string;
}

/** A Markdown file read: its front matter (located, for lines), its body, what the body holds. */
export type PageRead = NonNullable<Awaited<ReturnType<SiteReader['readPage']>>>;

export type SiteReader = ReturnType<typeof siteReader>;

/**
 * What every check of a site folder shares: reading its files with their limits, reporting
 * `file:line: what is wrong` relative to `base`, and what earlier reads found out (located
 * JSON, files that could not be parsed, links to check at the end).
 */
export function siteReader(dir: string, base: string, problems: Problems, cache?: ParseCache) {
  const name = (file: string) => relative(base, join(dir, file)).split(sep).join('/');
  const report = (file: string, line: number | undefined, message: string) =>
    problems.add(name(file), line, message);

  /** Located texts of the JSON files read, so later checks can name lines without rereading. */
  const jsonAt = new Map<string, Located>();
  /** Files that exist but could not be parsed: what they hold is unknown, not empty. */
  const unreadable = new Set<string>();
  const links: BodyLink[] = [];
  /** What is built but worth fixing (a video without captions), with its file and line. */
  const warnings: Problem[] = [];

  /** Reads a JSON file; reports size, syntax and schema problems at their lines. */
  async function readJson<S extends z.ZodType>(file: string, schema: S, required: boolean) {
    const read = await readSiteText(join(dir, file), maxJsonBytes);
    if ('problem' in read) {
      if (required || !read.missing) report(file, undefined, read.problem);
      if (!read.missing) unreadable.add(file);
      return undefined;
    }
    if (!read.text.trim()) {
      report(file, undefined, t('json.empty'));
      return void unreadable.add(file);
    }
    const parsed = parseLocated(read.text);
    for (const e of parsed.errors)
      report(file, e.line, e.explained ? e.message : t('syntax.json', { detail: e.message }));
    if (parsed.errors.length) return void unreadable.add(file);
    jsonAt.set(file, parsed);
    if (!isRecord(parsed.value)) {
      // zod would say "expected object, received array": say it in words, at the first line.
      report(file, 1, t('json.notObject', { kind: kindOf(parsed.value) }));
      return void unreadable.add(file);
    }
    return validate(file, parsed, parsed.value, schema);
  }

  function validate<S extends z.ZodType>(file: string, at: Located, value: unknown, schema: S) {
    const result = schema.safeParse(value);
    if (result.success) return result.data as z.infer<S>;
    for (const issue of result.error.issues) {
      for (const [path, message] of describe(issue, value)) report(file, at.lineOf(path), message);
    }
    return undefined;
  }

  /** `validate` for a page read by `readPage`; one the cache has seen valid is not checked again. */
  function validatePage<S extends z.ZodType>(
    file: string,
    page: PageRead,
    schema: S,
    kind: string,
  ) {
    const check = () => validate(file, page.data, page.value, schema);
    return cache ? cache.derived(kind, page.digest, check) : check();
  }

  /** Reads a Markdown page; checks its pictures now and keeps its site links for later. */
  const readPage = async (file: string) => {
    const path = join(dir, file);
    const read = async () => {
      const got = await readSiteText(path, maxMarkdownBytes);
      if ('problem' in got) return void report(file, undefined, got.problem);
      return got.text;
    };
    const found = await parsedPage(cache, file, path, read, (text) => parse(file, text));
    if (!found) return undefined;
    const { data, rendered, lead, body, bodyLine, marked } = found.page;
    const bodyLines = body.split(/\r?\n/); // once per page: splitting per link was quadratic
    for (const image of rendered.images) {
      const line = bodyLine + lineOfUrl(bodyLines, image);
      await checkImage(file, line, image.url);
    }
    for (const link of rendered.files) {
      const line = bodyLine + lineOfUrl(bodyLines, link);
      await checkAsset(file, line, link.url, attachmentRule);
    }
    for (const video of rendered.videos) await checkVideo(file, bodyLine + video.line, video.text);
    for (const link of rendered.links) {
      if (link.url.startsWith('/'))
        links.push({ file, line: bodyLine + lineOfUrl(bodyLines, link), url: link.url });
    }
    return { data, value: data.value ?? {}, rendered, lead, body, marked, digest: found.digest };
  };

  /** Front matter and body of a page not in the cache; undefined after reporting its syntax. */
  const parse = (file: string, text: string) => {
    const split = splitFrontMatter(text);
    if (!('data' in split)) return void report(file, split.line, split.message);
    for (const e of split.data.errors)
      report(file, e.line, e.explained ? e.message : t('syntax.yaml', { detail: e.message }));
    if (split.data.errors.length) return undefined;
    return parsedText(text, split);
  };

  // Each picture is read once however often it is used; the build reads it again to publish it.
  const images = new Map<string, Promise<Checked>>();
  const checkImage = async (file: string, line: Line, url: string) => {
    // Remote and site-absolute URLs are the webmaster's business; relative ones are published,
    // so they must be pictures inside content/ (see site-files.ts).
    if (/^[a-z][a-z0-9+.-]*:|^\/|^#/i.test(url)) return;
    if (!images.has(url)) images.set(url, readSiteFile(dir, url, imageRule));
    const image = await images.get(url);
    if (image && 'problem' in image) report(file, lineNow(line), image.problem);
  };

  // Attachments, videos and captions, likewise read once each (see site-assets.ts).
  const assets = new Map<string, Promise<CheckedAsset>>();
  const checkAsset = async (
    file: string,
    line: Line,
    written: string,
    rule: AssetRule,
    /** A Markdown URL (percent-encoded) rather than a front-matter path. */
    url = true,
  ) => {
    const key = `${rule.label} ${url} ${written}`;
    if (!assets.has(key)) assets.set(key, readSiteAsset(dir, written, rule, url));
    const asset = await assets.get(key);
    if (asset && 'problem' in asset) report(file, lineNow(line), asset.problem);
  };

  /** A ```video block (markdown/media.ts) whose fence is on `line`; its poster is an image. */
  const checkVideo = async (file: string, line: number, text: string) => {
    const at = parseLocated(text, line + 1, { yaml: true });
    for (const e of at.errors)
      report(file, e.line, e.explained ? e.message : t('syntax.video', { detail: e.message }));
    if (at.errors.length) return;
    if (!isRecord(at.value)) return report(file, line, t('video.notFields'));
    const video = validate(file, at, at.value, videoSchema);
    if (!video) return;
    await checkAsset(file, at.lineOf(['src']), video.src, videoRule);
    if (video.captions)
      await checkAsset(file, at.lineOf(['captions']), video.captions, captionsRule);
    else
      warnings.push({ file: name(file), line, message: t('video.noCaptions', { src: video.src }) });
  };

  return {
    dir,
    name,
    report,
    jsonAt,
    unreadable,
    links,
    warnings,
    readJson,
    validate,
    validatePage,
    readPage,
    checkImage,
    checkAsset,
  };
}

/** A line, or how to find it: finding one may mean parsing the front matter again. */
type Line = number | (() => number);
const lineNow = (line: Line) => (typeof line === 'number' ? line : line());

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** markdown-it knows a paragraph's first line only; find the line inside it that has the URL. */
function lineOfUrl(lines: string[], { url, line }: { url: string; line: number }): number {
  for (let i = line; i < lines.length; i++) if (lines[i]?.includes(url)) return i;
  return line;
}
