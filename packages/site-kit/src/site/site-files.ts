import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { extname, isAbsolute, join, posix, relative, sep } from 'node:path';
import {
  imageKinds,
  imageSize,
  kindOfEnding,
  sanitiseSvg,
  sniff,
  type ImageKind,
  type Size,
} from './media.js';
import { messageLang, t, type MessageKey } from '../messages/index.js';

const MB = 1024 * 1024;

/**
 * What a site may publish from its folder. A file named by site.config.json or by an article is
 * published on the portal's own web address, so it must be a picture and nothing else: inside
 * its folder once every link is followed, an ordinary file (not a folder, device or pipe), of
 * an allowed kind by both its name and its content, and not too large.
 */
export interface FileRule {
  /** How messages name the file: `logo "…"`, `image "…"`. */
  label: string;
  /** Relative to the site folder, `/`-separated: `.` or `content`. */
  folder: string;
  /** How messages name that folder. */
  folderName: string;
  /** Where a webmaster should put the file instead. */
  home: string;
  kinds: ImageKind[];
  maxBytes: number;
  /** Markdown writes a URL (percent-encoded, `/` only); site.config.json a file path. */
  url: boolean;
}

/** The logo is also the favicon, so it may be an ICO; 1 MB is far more than any emblem needs. */
export const logoRule: FileRule = {
  label: 'logo',
  folder: '.',
  folderName: 'the site folder',
  home: 'the site folder',
  kinds: ['svg', 'png', 'jpeg', 'gif', 'webp', 'ico'],
  maxBytes: 1 * MB,
  url: false,
};

/** Article and about-page pictures and covers: paths are relative to content/. */
export const imageRule: FileRule = {
  label: 'image',
  folder: 'content',
  folderName: 'content/',
  home: 'content/images/',
  kinds: ['svg', 'png', 'jpeg', 'gif', 'webp'],
  maxBytes: 10 * MB,
  url: true,
};

/** The banner and the WeChat QR code are pictures in the site folder, as the logo is. */
export const bannerRule: FileRule = {
  ...logoRule,
  label: 'banner',
  kinds: ['svg', 'png', 'jpeg', 'webp'],
  maxBytes: 5 * MB,
};
export const wechatRule: FileRule = { ...logoRule, label: 'wechat', kinds: ['svg', 'png', 'jpeg'] };

const labels: Record<string, MessageKey> = {
  logo: 'file.logo',
  banner: 'config.banner',
  wechat: 'config.wechatQr',
};

export interface SiteFile {
  /** Where it is published: the path as written, tidied, relative to the rule's folder. */
  path: string;
  kind: ImageKind;
  /** MIME type. */
  type: string;
  /** The bytes to publish; an SVG is sanitised. */
  data: Buffer;
  size?: Size;
}

export type Checked = { file: SiteFile } | { problem: string };

/**
 * Reads a file a site refers to, checked against `rule`, or says in plain words why it cannot
 * be published. Never follows a link out of the folder and never reads more than the size cap,
 * so `/dev/zero` or a pipe cannot hang the build.
 */
export async function readSiteFile(siteDir: string, written: string, rule: FileRule) {
  const label = t(labels[rule.label] ?? 'file.image');
  const problem = (text: string): Checked => ({
    problem: t('file.problem', { label, written, text }),
  });
  const tidy = tidyPath(written, rule);
  if ('problem' in tidy) return problem(tidy.problem);
  const ending = extname(tidy.path);
  const kind = kindOfEnding(ending);
  const allowed = rule.kinds.map((k) => imageKinds[k].name);
  if (!kind || !rule.kinds.includes(kind)) {
    const list = t('file.or', {
      list: allowed.slice(0, -1).join(', '),
      last: allowed.at(-1) ?? '',
    });
    return problem(t('file.kind', { kinds: aOrAn(list) }));
  }
  const real = await realInside(siteDir, tidy.path, rule);
  if ('problem' in real) return problem(real.problem);
  const read = await readCapped(real.path, rule.maxBytes);
  if ('problem' in read) return problem(read.problem);
  if (read.tooBig) {
    const size = (read.bytes / MB).toFixed(1);
    return problem(t('file.tooBig', { size, label, max: rule.maxBytes / MB }));
  }
  const found = sniff(read.data);
  const named = imageKinds[kind].name;
  if (found !== kind) {
    return problem(
      found && rule.kinds.includes(found)
        ? t('file.misnamed', {
            ending,
            kind: aOrAn(imageKinds[found].name),
            fix: imageKinds[found].endings[0] ?? '',
          })
        : t('file.notPicture', { ending, kind: aOrAn(named) }),
    );
  }
  const data = kind === 'svg' ? await sanitiseSvg(read.data) : read.data;
  if (!data) return problem(t('file.badSvg'));
  const size = imageSize(data);
  const file: SiteFile = { path: tidy.path, kind, type: imageKinds[kind].type, data };
  return { file: size ? { ...file, size } : file } satisfies Checked;
}

/** Where a file lives, for the checks every published file shares (see `tidyPath`). */
export type Place = Pick<FileRule, 'folder' | 'folderName' | 'home' | 'url'>;
type Found<T> = T | { problem: string };

/**
 * The path as written, decoded (a Markdown URL) and tidied, relative to the rule's folder; a
 * path out of the folder, with a backslash or through a hidden file is refused.
 */
export function tidyPath(written: string, rule: Place): Found<{ path: string }> {
  const folderName = rule.folder === '.' ? t('file.siteFolder') : rule.folderName;
  const home = rule.folder === '.' ? t('file.siteFolder') : rule.home;
  let path = written;
  if (rule.url) {
    try {
      path = decodeURI(written);
    } catch {
      return { problem: t('file.badAddress') };
    }
    if (path.includes('\\')) return { problem: t('file.backslash') };
  }
  let tidy = posix.normalize(path.replace(/\\/g, '/'));
  // As the build always read it: a logo "/logo.svg" is the site folder's logo.svg.
  if (!rule.url) tidy = tidy.replace(/^\/+/, '');
  if (tidy.startsWith('/') || tidy === '..' || tidy.startsWith('../')) {
    return { problem: t('file.outside', { folder: folderName, home }) };
  }
  if (tidy.split('/').some((part) => part.startsWith('.') && part !== '.')) {
    return { problem: t('file.hidden') };
  }
  return { path: tidy };
}

/** The real path of a tidied file, which must exist inside its folder once links are followed. */
export async function realInside(
  siteDir: string,
  tidy: string,
  rule: Place,
): Promise<Found<{ path: string }>> {
  const folderName = rule.folder === '.' ? t('file.siteFolder') : rule.folderName;
  const home = rule.folder === '.' ? t('file.siteFolder') : rule.home;
  const folder = join(siteDir, rule.folder);
  let real: string;
  try {
    real = await realpath(join(folder, tidy));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      return { problem: t(rule.url ? 'file.missingUrl' : 'file.missing') };
    return { problem: t('file.cannotRead', { reason: code ?? String(e) }) };
  }
  // A link may point anywhere; what counts is where it really leads.
  const inside = async (dir: string) => {
    const from = await realpath(dir).catch(() => undefined);
    const rel = from === undefined ? '..' : relative(from, real);
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  };
  if (!(await inside(folder)) || !(await inside(siteDir))) {
    return { problem: t('file.linkOutside', { folder: folderName, home }) };
  }
  return { path: real };
}

/** "an SVG", "a PNG": the letters are read out by name. */
const aOrAn = (name: string) =>
  messageLang() === 'en' ? `${/^[AEFHILMNORSX]/.test(name) ? 'an' : 'a'} ${name}` : name;

export type Read = { data: Buffer; bytes: number; tooBig: boolean } | { problem: string };

/**
 * Reads at most `max` + 1 bytes. The type and size come from the open file itself, so what is
 * checked is what is read; O_NONBLOCK keeps a pipe from blocking the open, O_NOFOLLOW refuses
 * a link swapped in after realpath.
 */
export async function readCapped(real: string, max: number): Promise<Read> {
  const flags = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
  const handle = await open(real, flags).catch((e: NodeJS.ErrnoException) => e);
  if (handle instanceof Error)
    return { problem: t('file.cannotRead', { reason: handle.code ?? '' }) };
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return { problem: t('file.folder') };
    if (!stat.isFile()) return { problem: t('file.device') };
    if (stat.size > max) return { data: Buffer.alloc(0), bytes: stat.size, tooBig: true };
    // No larger than the file: a 200 MB cap must not cost 200 MB for a 2 MB file. A file that
    // grows while it is read fills the buffer and is refused as changed.
    const buffer = Buffer.alloc(Math.min(max, stat.size) + 1);
    let bytes = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, bytes, buffer.length - bytes, bytes);
      if (!bytesRead) break;
      bytes += bytesRead;
      if (bytes > max) return { data: Buffer.alloc(0), bytes, tooBig: true };
      if (bytes === buffer.length) return { problem: t('file.cannotRead', { reason: 'EAGAIN' }) };
    }
    return { data: buffer.subarray(0, bytes), bytes, tooBig: false };
  } finally {
    await handle.close();
  }
}
