import { sanitiseSvg, sniff } from '@qiaoxin/site-kit/admin-support';
import { say, type Lang } from './messages.js';

const MB = 1024 * 1024;
/** Pictures are shown on every phone that opens an article: 5 MB is already generous. */
export const maxImageBytes = 5 * MB;
/** Attachments (a PDF notice, a spreadsheet) may be larger. */
export const maxFileBytes = 20 * MB;

type Content = 'png' | 'jpeg' | 'webp' | 'svg' | 'pdf' | 'zip' | 'ole';

/** Each allowed ending and what the file's first bytes must then be. */
const endings: Record<string, { content: Content; image: boolean }> = {
  png: { content: 'png', image: true },
  jpg: { content: 'jpeg', image: true },
  jpeg: { content: 'jpeg', image: true },
  webp: { content: 'webp', image: true },
  svg: { content: 'svg', image: true },
  pdf: { content: 'pdf', image: false },
  // Office Open XML files are ZIP archives; the older formats are OLE compound files.
  docx: { content: 'zip', image: false },
  xlsx: { content: 'zip', image: false },
  pptx: { content: 'zip', image: false },
  zip: { content: 'zip', image: false },
  doc: { content: 'ole', image: false },
  xls: { content: 'ole', image: false },
  ppt: { content: 'ole', image: false },
};

const starts = (data: Buffer, bytes: number[]) => bytes.every((b, i) => data[i] === b);

/** What the content says it is: site-kit's picture sniffing, plus the document signatures. */
function contentOf(data: Buffer): Content | undefined {
  const image = sniff(data);
  if (image === 'png' || image === 'jpeg' || image === 'webp' || image === 'svg') return image;
  if (starts(data, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (starts(data, [0x50, 0x4b, 0x03, 0x04]) || starts(data, [0x50, 0x4b, 0x05, 0x06]))
    return 'zip';
  if (starts(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  return undefined;
}

/**
 * An upload as it may be written, or why not: its ending must be allowed, its content must be
 * what the ending says (a script renamed .png is refused), it must be under the size limit,
 * and an SVG is written only as DOMPurify left it (site-kit's `sanitiseSvg`, the build's own).
 */
export async function checkUpload(
  name: string,
  data: Buffer,
  lang: Lang,
): Promise<{ data: Buffer } | { problem: string }> {
  const ending = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const rule = endings[ending];
  if (!rule) return { problem: say(lang, 'badType', { name }) };
  const max = rule.image ? maxImageBytes : maxFileBytes;
  if (data.length > max) {
    const size = (data.length / MB).toFixed(1);
    return { problem: say(lang, 'tooLarge', { name, size, max: max / MB }) };
  }
  if (contentOf(data) !== rule.content) {
    return { problem: say(lang, 'notWhatItSays', { name, ending: ending.toUpperCase() }) };
  }
  if (rule.content !== 'svg') return { data };
  const clean = await sanitiseSvg(data);
  return clean ? { data: clean } : { problem: say(lang, 'badSvg', { name }) };
}
