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
  const problem = (text: string): Checked => ({ problem: `${rule.label} "${written}" ${text}` });
  let path = written;
  if (rule.url) {
    try {
      path = decodeURI(written);
    } catch {
      return problem('is not a valid file address (check the % signs in it)');
    }
    if (path.includes('\\')) return problem('must use / between folders, not \\');
  }
  let tidy = posix.normalize(path.replace(/\\/g, '/'));
  // As the build always read it: a logo "/logo.svg" is the site folder's logo.svg.
  if (!rule.url) tidy = tidy.replace(/^\/+/, '');
  if (tidy.startsWith('/') || tidy === '..' || tidy.startsWith('../')) {
    return problem(`is outside ${rule.folderName}: put the file in ${rule.home}`);
  }
  if (tidy.split('/').some((part) => part.startsWith('.') && part !== '.')) {
    return problem('is a hidden file (its name or folder starts with "."): it is never published');
  }
  const ending = extname(tidy);
  const kind = kindOfEnding(ending);
  const allowed = rule.kinds.map((k) => imageKinds[k].name);
  if (!kind || !rule.kinds.includes(kind)) {
    const list = `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1) ?? ''}`;
    return problem(`must be ${aOrAn(list)} file: only pictures are published`);
  }
  const folder = join(siteDir, rule.folder);
  const missing = () =>
    problem(`does not exist${rule.url ? ' (paths are relative to content/)' : ''}`);
  let real: string;
  try {
    real = await realpath(join(folder, tidy));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return missing();
    return problem(`cannot be read (${code ?? String(e)})`);
  }
  // A link may point anywhere; what counts is where it really leads.
  const inside = async (dir: string) => {
    const from = await realpath(dir).catch(() => undefined);
    const rel = from === undefined ? '..' : relative(from, real);
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  };
  if (!(await inside(folder)) || !(await inside(siteDir))) {
    return problem(
      `is a link to a file outside ${rule.folderName}: copy the file itself into ${rule.home}`,
    );
  }
  const read = await readCapped(real, rule.maxBytes);
  if ('problem' in read) return problem(read.problem);
  if (read.tooBig) {
    return problem(
      `is ${(read.bytes / MB).toFixed(1)} MB; the limit for ${rule.label}s is ${rule.maxBytes / MB} MB: make it smaller`,
    );
  }
  const found = sniff(read.data);
  const named = imageKinds[kind].name;
  if (found !== kind) {
    return problem(
      found && rule.kinds.includes(found)
        ? `is named ${ending} but is really ${aOrAn(imageKinds[found].name)} picture: rename it to end in ${imageKinds[found].endings[0] ?? ''}`
        : `is named ${ending} but is not ${aOrAn(named)} picture inside (another kind of file renamed?)`,
    );
  }
  const data = kind === 'svg' ? await sanitiseSvg(read.data) : read.data;
  if (!data) return problem('is not a valid SVG picture');
  const size = imageSize(data);
  const file: SiteFile = { path: tidy, kind, type: imageKinds[kind].type, data };
  return { file: size ? { ...file, size } : file } satisfies Checked;
}

/** "an SVG", "a PNG": the letters are read out by name. */
const aOrAn = (name: string) => `${/^[AEFHILMNORSX]/.test(name) ? 'an' : 'a'} ${name}`;

type Read = { data: Buffer; bytes: number; tooBig: boolean } | { problem: string };

/**
 * Reads at most `max` + 1 bytes. The type and size come from the open file itself, so what is
 * checked is what is read; O_NONBLOCK keeps a pipe from blocking the open, O_NOFOLLOW refuses
 * a link swapped in after realpath.
 */
async function readCapped(real: string, max: number): Promise<Read> {
  const flags = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
  const handle = await open(real, flags).catch((e: NodeJS.ErrnoException) => e);
  if (handle instanceof Error) return { problem: `cannot be read (${handle.code ?? ''})` };
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return { problem: 'is a folder, not a file' };
    if (!stat.isFile()) return { problem: 'is not an ordinary file (it is a device or a pipe)' };
    if (stat.size > max) return { data: Buffer.alloc(0), bytes: stat.size, tooBig: true };
    const buffer = Buffer.alloc(max + 1);
    let bytes = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, bytes, buffer.length - bytes, bytes);
      if (!bytesRead) break;
      bytes += bytesRead;
      if (bytes > max) return { data: Buffer.alloc(0), bytes, tooBig: true };
    }
    return { data: buffer.subarray(0, bytes), bytes, tooBig: false };
  } finally {
    await handle.close();
  }
}
