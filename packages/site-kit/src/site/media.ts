import { createHash } from 'node:crypto';
import type { DOMPurify } from 'dompurify';
import { imageSize as measure } from 'image-size';
import type { JSDOM } from 'jsdom';

export interface Size {
  width: number;
  height: number;
}

/** The kinds of picture a portal publishes. */
export type ImageKind = 'png' | 'jpeg' | 'gif' | 'webp' | 'svg' | 'ico';

/** What each kind is called for a webmaster, its file name endings and its MIME type. */
export const imageKinds: Record<ImageKind, { name: string; endings: string[]; type: string }> = {
  png: { name: 'PNG', endings: ['.png'], type: 'image/png' },
  jpeg: { name: 'JPEG', endings: ['.jpg', '.jpeg'], type: 'image/jpeg' },
  gif: { name: 'GIF', endings: ['.gif'], type: 'image/gif' },
  webp: { name: 'WebP', endings: ['.webp'], type: 'image/webp' },
  svg: { name: 'SVG', endings: ['.svg'], type: 'image/svg+xml' },
  ico: { name: 'ICO', endings: ['.ico'], type: 'image/x-icon' },
};

/** The kind a file name ending promises, e.g. `.JPG` → jpeg. */
export function kindOfEnding(ending: string): ImageKind | undefined {
  const lower = ending.toLowerCase();
  return (Object.keys(imageKinds) as ImageKind[]).find((k) =>
    imageKinds[k].endings.includes(lower),
  );
}

const ascii = (text: string) => Buffer.from(text, 'latin1');
/**
 * The magic bytes of each raster kind, as WHATWG MIME sniffing matches them. Written out rather
 * than taken from image-size's detector because that one accepts an `<svg` tag anywhere in a
 * file, so an HTML page holding an inline SVG would pass as an SVG image.
 */
const signatures: [ImageKind, (data: Buffer) => boolean][] = [
  ['png', (d) => d.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]))],
  ['jpeg', (d) => d.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))],
  ['gif', (d) => /^GIF8[79]a/.test(d.subarray(0, 6).toString('latin1'))],
  [
    'webp',
    (d) => d.subarray(0, 4).equals(ascii('RIFF')) && d.subarray(8, 14).equals(ascii('WEBPVP')),
  ],
  ['ico', (d) => d.subarray(0, 4).equals(Buffer.from([0, 0, 1, 0]))],
  ['svg', (d) => svgStart.test(d.subarray(0, 4096).toString('utf8'))],
];

/**
 * An SVG document: before its `<svg>` root only a byte-order mark, white space, the XML
 * declaration, comments and a DOCTYPE may come. An HTML page (even one holding an SVG) does not
 * match, so it cannot be published as a picture.
 */
const svgStart =
  /^\uFEFF?\s*(?:<\?xml\b[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE\s+svg\b[^>[]*(?:\[[\s\S]*?\])?\s*>)\s*)*<svg[\s/>]/i;

/** What a file's content says it is, whatever its name says. */
export function sniff(data: Buffer): ImageKind | undefined {
  return signatures.find(([, test]) => test(data))?.[0];
}

/**
 * SVGs sanitised in this process, by a digest of their bytes: the result in base64, '' for an
 * SVG that had none. A rebuild in the same process (the dev server's), or one primed from the
 * previous build's manifest when its code is the same (write/build-cache.ts), does not load
 * jsdom again for SVGs it has seen: importing it took half a second of every build.
 */
const sanitised = new Map<string, string>();
/** The keys of those this process sanitised itself, not took from elsewhere. */
const madeHere = new Set<string>();

export const sanitisedSvgs = {
  entries: (): Record<string, string> => Object.fromEntries(sanitised),
  made: (): Record<string, string> =>
    Object.fromEntries([...madeHere].map((key) => [key, sanitised.get(key) ?? ''])),
  prime(entries: Record<string, unknown>) {
    for (const [key, value] of Object.entries(entries))
      if (typeof value === 'string') sanitised.set(key, value);
  },
};

/** `sanitiseNow`, once for each SVG (see `sanitised`). */
export async function sanitiseSvg(data: Buffer): Promise<Buffer | undefined> {
  const key = createHash('sha256').update(data).digest('base64url');
  let result = sanitised.get(key);
  if (result === undefined) {
    result = (await sanitiseNow(data))?.toString('base64') ?? '';
    sanitised.set(key, result);
    madeHere.add(key);
  }
  return result ? Buffer.from(result, 'base64') : undefined;
}

let purifier: { purify: DOMPurify; window: JSDOM['window'] } | undefined;

/**
 * An SVG with nothing that can run: no scripts, event handlers, `javascript:` links,
 * foreignObject HTML, or `<use>` of other files. DOMPurify with its SVG profile does the work
 * on a jsdom DOM: the DOM its authors test it on and recommend (they warn other light DOMs are
 * not safe with it). Only the root `<svg>` element is kept, written out as XML so it is still a
 * well-formed SVG file. Undefined when no `<svg>` survives.
 */
async function sanitiseNow(data: Buffer): Promise<Buffer | undefined> {
  // Loaded on first use: jsdom takes about a second to import, and most sites have few SVGs.
  if (!purifier) {
    const [{ JSDOM }, { default: createDOMPurify }] = await Promise.all([
      import('jsdom'),
      import('dompurify'),
    ]);
    const { window } = new JSDOM('');
    purifier = { purify: createDOMPurify(window), window };
  }
  const { purify, window } = purifier;
  const fragment = purify.sanitize(data.toString('utf8'), {
    USE_PROFILES: { svg: true, svgFilters: true },
    // `role="img"` tells screen readers an SVG is one picture; it runs nothing.
    ADD_ATTR: ['role'],
    RETURN_DOM_FRAGMENT: true,
  });
  const root = [...fragment.children].find((e) => e.localName === 'svg');
  if (!root) return undefined;
  const xml = new window.XMLSerializer().serializeToString(root);
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`, 'utf8');
}

/**
 * The intrinsic size of a picture (read with image-size), so every `<img>` gets `width` and
 * `height` and the page never shifts when it loads. Undefined for an SVG without a size or a
 * damaged file.
 */
export function imageSize(data: Buffer): Size | undefined {
  try {
    const { width, height } = measure(data);
    return width > 0 && height > 0 ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}
