/**
 * Re-points the pictures and links of one page for its new home: a saved picture or attachment
 * is copied into content/images or content/files, a link to another imported page becomes a
 * site link (/<category>/<slug>/), a link to a page not imported keeps the old site's absolute
 * address, and an address of an unsafe kind (javascript:, data:, file:) is dropped.
 */
import { open, realpath } from 'node:fs/promises';
import { basename, extname, join, sep } from 'node:path';
import { kindOfEnding, sniff } from '../site/media.js';
import type { Locator } from './locate.js';
import type { Relinker } from './to-markdown.js';
import { copyInto } from './write.js';

const MB = 1024 * 1024;
/** The limits the build holds pictures and attachments to (site-files.ts, site-assets.ts). */
const maxImageBytes = 10 * MB;
const maxFileBytes = 50 * MB;

const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Attachments the build publishes, each with the bytes its content starts with. */
const attachmentKinds: Record<string, (d: Buffer) => boolean> = {
  '.pdf': (d) => d.subarray(0, 5).toString('latin1') === '%PDF-',
  '.doc': (d) => d.subarray(0, 8).equals(Buffer.from(ole)),
  '.xls': (d) => d.subarray(0, 8).equals(Buffer.from(ole)),
  '.docx': (d) => d.subarray(0, 2).toString('latin1') === 'PK',
  '.xlsx': (d) => d.subarray(0, 2).toString('latin1') === 'PK',
  '.zip': (d) => d.subarray(0, 2).toString('latin1') === 'PK',
};

export type LeftOut = { what: 'picture' | 'file' | 'link'; url: string; why: LeftOutWhy };
export type LeftOutWhy = 'missing' | 'remote' | 'unsafe' | 'notKind' | 'tooBig' | 'noAddress';

export interface PageLinks {
  relinker: Relinker;
  /** Files copied (or, in a dry run, to be copied), relative to content/. */
  copied: string[];
  leftOut: LeftOut[];
  /** Copies the files the Markdown names and puts their paths in it (Turndown is synchronous). */
  finish: (markdown: string) => Promise<string>;
}

export interface Context {
  folder: string;
  site: string;
  locator: Locator;
  /** Saved pages (relative to the folder) → their site paths, imported now or before. */
  articles: Map<string, string>;
  dryRun: boolean;
  /** Assets met in this run, by their path in the folder: where they went, or why not. */
  copies: Map<string, string | LeftOutWhy>;
}

interface Pending {
  path: string;
  folder: 'images' | 'files';
  url: string;
  what: 'picture' | 'file';
}

export function linksOf(page: string, ctx: Context): PageLinks {
  const copied: string[] = [];
  const leftOut: LeftOut[] = [];
  const pending: Pending[] = [];
  /** A stand-in for a file's new path until it is copied: letters and digits only. */
  const later = (item: Pending) => `qximportfile${pending.push(item) - 1}x`;
  const relinker: Relinker = {
    image(src) {
      const target = ctx.locator.resolve(page, src);
      if (target.kind !== 'local') {
        const why = target.kind === 'web' ? 'remote' : 'unsafe';
        return void leftOut.push({ what: 'picture', url: src, why });
      }
      return later({ path: target.path, folder: 'images', url: src, what: 'picture' });
    },
    link(href) {
      if (href.trim().startsWith('#')) return undefined;
      const target = ctx.locator.resolve(page, href);
      if (target.kind === 'unsafe')
        return void leftOut.push({ what: 'link', url: href, why: 'unsafe' });
      if (target.kind === 'web') return target.href;
      const article = ctx.articles.get(target.path);
      if (article) return article;
      if (attachmentKinds[extname(target.path).toLowerCase()])
        return later({ path: target.path, folder: 'files', url: href, what: 'file' });
      if (target.web) return target.web;
      return void leftOut.push({ what: 'link', url: href, why: 'noAddress' });
    },
  };
  const finish = async (markdown: string) => {
    const found: (string | undefined)[] = [];
    for (const item of pending) {
      const result = ctx.copies.get(item.path) ?? (await copy(ctx, item.path, item.folder, copied));
      ctx.copies.set(item.path, result);
      if (result.includes('/')) found.push(result);
      else {
        found.push(undefined);
        leftOut.push({ what: item.what, url: item.url, why: result as LeftOutWhy });
      }
    }
    const title = String.raw`(?: (?:'[^']*'|"(?:\\.|[^"\\])*"))?`;
    const label = String.raw`(?:\\.|[^\]\\])*`;
    const picture = new RegExp(String.raw`!\[${label}\]\(qximportfile(\d+)x${title}\)`, 'g');
    const file = new RegExp(String.raw`\[(${label})\]\(qximportfile(\d+)x\)`, 'g');
    return markdown
      .replace(picture, (whole, n: string) => {
        const path = found[Number(n)];
        return path ? whole.replace(`qximportfile${n}x`, path) : '';
      })
      .replace(file, (_whole, text: string, n: string) => {
        const path = found[Number(n)];
        return path ? `[${text}](${path})` : text;
      });
  };
  return { relinker, copied, leftOut, finish };
}

async function copy(
  ctx: Context,
  path: string,
  folder: 'images' | 'files',
  copied: string[],
): Promise<string | LeftOutWhy> {
  const data = await readLimited(
    ctx.folder,
    join(ctx.folder, path),
    folder === 'images' ? maxImageBytes : maxFileBytes,
  );
  if (typeof data === 'string') return data;
  const ending = extname(path).toLowerCase();
  if (folder === 'images') {
    const kind = kindOfEnding(ending);
    const real =
      kind === 'svg'
        ? /<svg[\s>]/i.test(data.subarray(0, 4096).toString('utf8'))
        : kind && kind !== 'ico' && sniff(data) === kind;
    if (!real) return 'notKind';
  } else if (!attachmentKinds[ending]?.(data)) return 'notKind';
  const result = await copyInto(ctx.site, data, folder, basename(path), ctx.dryRun);
  if (result.copied) copied.push(result.path);
  return result.path;
}

/** A saved file's bytes, unless it is missing, not a file, or larger than `max`. */
async function readLimited(
  folder: string,
  file: string,
  max: number,
): Promise<Buffer | 'missing' | 'tooBig' | 'unsafe'> {
  // Never read through a symbolic link to outside the saved pages.
  const [top, real] = await Promise.all([realpath(folder), realpath(file).catch(() => undefined)]);
  if (!real) return 'missing';
  if (!real.startsWith(top + sep)) return 'unsafe';
  const handle = await open(real, 'r').catch(() => undefined);
  if (!handle) return 'missing';
  try {
    const info = await handle.stat();
    if (!info.isFile()) return 'missing';
    if (info.size > max) return 'tooBig';
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
