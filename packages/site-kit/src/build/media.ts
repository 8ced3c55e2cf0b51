import { readFile } from 'node:fs/promises';

export interface Size {
  width: number;
  height: number;
}

/**
 * The intrinsic size of an SVG or PNG, so every `<img>` gets `width` and `height` and the
 * page never shifts when it loads. Other formats (and SVGs without a size) give undefined.
 */
export async function imageSize(file: string): Promise<Size | undefined> {
  const data = await readFile(file);
  if (data.subarray(1, 4).toString('latin1') === 'PNG') {
    return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  }
  if (!/\.svg$/i.test(file)) return undefined;
  const tag = /<svg\b[^>]*>/i.exec(data.toString('utf8'))?.[0] ?? '';
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const number = (value?: string) =>
    value && /^[\d.]+(px)?$/.test(value) ? parseFloat(value) : NaN;
  const [, , vw = NaN, vh = NaN] = (attr('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const width = number(attr('width'));
  const height = number(attr('height'));
  const size = { width: width || vw, height: height || vh };
  return size.width > 0 && size.height > 0 ? size : undefined;
}
