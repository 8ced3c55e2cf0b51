import { createHash } from 'node:crypto';
import { extname, posix } from 'node:path';
import { readCapped, realInside, tidyPath, type Place } from './site-files.js';
import { t, type MessageKey } from '../messages/index.js';

const MB = 1024 * 1024;

/** The attachment kinds `<qx-attachment>` names (its `type` attribute). */
export type AttachmentType = 'pdf' | 'doc' | 'docx' | 'xls' | 'xlsx' | 'ppt' | 'pptx' | 'zip';

const zip = (d: Buffer) => d.subarray(0, 2).toString('latin1') === 'PK';
/** Word 97–2003, Excel and PowerPoint files are OLE compound files, all with this header. */
const ole = (d: Buffer) =>
  d.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));

/**
 * What each kind of published file is, by its ending: what the content must start with (so a
 * page or a program renamed `.pdf` is not published as a document) and its MIME type. Office
 * Open XML files (.docx …) are ZIP archives, so their content is checked as one.
 */
const kinds: Record<string, { test: (d: Buffer) => boolean; type: string; name: string }> = {
  '.pdf': {
    test: (d) => d.subarray(0, 5).toString('latin1') === '%PDF-',
    type: 'application/pdf',
    name: 'PDF',
  },
  '.doc': { test: ole, type: 'application/msword', name: 'Word (.doc)' },
  '.docx': {
    test: zip,
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    name: 'Word (.docx)',
  },
  '.xls': { test: ole, type: 'application/vnd.ms-excel', name: 'Excel (.xls)' },
  '.xlsx': {
    test: zip,
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    name: 'Excel (.xlsx)',
  },
  '.ppt': { test: ole, type: 'application/vnd.ms-powerpoint', name: 'PowerPoint (.ppt)' },
  '.pptx': {
    test: zip,
    type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    name: 'PowerPoint (.pptx)',
  },
  '.zip': { test: zip, type: 'application/zip', name: 'ZIP' },
  // ISO media (MP4) has an `ftyp` box first; WebM is Matroska, with the EBML magic number.
  '.mp4': {
    test: (d) => d.subarray(4, 8).toString('latin1') === 'ftyp',
    type: 'video/mp4',
    name: 'MP4',
  },
  '.webm': {
    test: (d) => d.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3])),
    type: 'video/webm',
    name: 'WebM',
  },
  // WebVTT: an optional byte-order mark, then "WEBVTT" alone or followed by a space or tab.
  '.vtt': {
    test: (d) => /^(\uFEFF)?WEBVTT([ \t\r\n]|$)/.test(d.subarray(0, 16).toString('utf8')),
    type: 'text/vtt',
    name: 'WebVTT',
  },
};

/** Attachments, videos and captions: which folder of content/ they live in, kinds and limit. */
export interface AssetRule extends Place {
  label: MessageKey;
  /** The folder inside content/ the file must be in, with a trailing `/`. */
  within: string;
  endings: string[];
  maxBytes: number;
}

const place = (within: string): Place => ({
  folder: 'content',
  folderName: `content/${within}`,
  home: `content/${within}`,
  url: true,
});

export const attachmentRule: AssetRule = {
  ...place('files/'),
  label: 'asset.attachment',
  within: 'files/',
  endings: ['.pdf', '.doc', '.docx', '.xls', '.xlsx', '.ppt', '.pptx', '.zip'],
  maxBytes: 50 * MB,
};

export const videoRule: AssetRule = {
  ...place('media/'),
  label: 'asset.video',
  within: 'media/',
  endings: ['.mp4', '.webm'],
  maxBytes: 200 * MB,
};

export const captionsRule: AssetRule = {
  ...place('media/'),
  label: 'asset.captions',
  within: 'media/',
  endings: ['.vtt'],
  maxBytes: 1 * MB,
};

/** A file checked for publishing: where it came from and where it goes. */
export interface SiteAsset {
  /** Relative to content/, tidied: the key pages look it up by (see `assetKey`). */
  path: string;
  /** Relative to the output: the same folder, the name with a content hash, `files/a.1f2e3d4c5b.pdf`. */
  published: string;
  /** The kind by its ending, without the dot: `pdf`, `docx`, `mp4`, `vtt`. */
  kind: string;
  type: string;
  bytes: number;
  data: Buffer;
}

export type CheckedAsset = { asset: SiteAsset } | { problem: string };

/**
 * The key an attachment, video or captions file is published under: its tidied path inside
 * content/, so `files/计划.pdf` and markdown-it's `files/%E8%AE%A1%E5%88%92.pdf` are one file.
 * Undefined when the path cannot be published (the load reports why).
 */
export function assetKey(written: string, url = true): string | undefined {
  const tidy = tidyPath(written, { ...place(''), url });
  return 'problem' in tidy ? undefined : tidy.path;
}

/**
 * Reads a file an article publishes (an attachment, a video, its captions), checked as pictures
 * are (inside its folder once links are followed, an ordinary file, not too large) and also: in
 * content/files/ or content/media/, of an allowed kind by its ending, with content of that kind.
 */
export async function readSiteAsset(
  siteDir: string,
  written: string,
  rule: AssetRule,
  url = true,
): Promise<CheckedAsset> {
  const label = t(rule.label);
  const problem = (text: string) => ({ problem: t('file.problem', { label, written, text }) });
  const tidy = tidyPath(written, { ...rule, url });
  if ('problem' in tidy) return problem(tidy.problem);
  if (!tidy.path.startsWith(rule.within)) return problem(t('asset.outside', { home: rule.home }));
  const ending = extname(tidy.path).toLowerCase();
  const kind = kinds[ending];
  if (!kind || !rule.endings.includes(ending))
    return problem(t('asset.kind', { kinds: rule.endings.join(' ') }));
  const real = await realInside(siteDir, tidy.path, { ...rule, url });
  if ('problem' in real) return problem(real.problem);
  const read = await readCapped(real.path, rule.maxBytes);
  if ('problem' in read) return problem(read.problem);
  if (read.tooBig) {
    const size = (read.bytes / MB).toFixed(1);
    return problem(t('file.tooBig', { size, label, max: rule.maxBytes / MB }));
  }
  if (!kind.test(read.data)) return problem(t('asset.content', { ending, kind: kind.name }));
  const hash = createHash('sha256').update(read.data).digest('hex').slice(0, 10);
  const { dir, name } = posix.parse(tidy.path);
  return {
    asset: {
      path: tidy.path,
      published: posix.join(dir, `${name}.${hash}${ending}`),
      kind: ending.slice(1),
      type: kind.type,
      bytes: read.bytes,
      data: read.data,
    },
  };
}
