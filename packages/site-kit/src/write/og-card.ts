import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Locale } from '@qiaoxin/i18n';
import { escapeText } from '../html.js';
import type { Theme } from '../site/schemas.js';
import { derivePalettes } from '../theme/index.js';

/** WeChat and Weibo show PNG or JPEG cards only; 1200×630 is what Open Graph readers expect. */
export const cardSize = { width: 1200, height: 630 } as const;

/**
 * Debian's fonts-noto-cjk (the CI installs it). Loaded by path rather than through the system
 * font list: fontconfig would make resvg read every font on the machine, which is slow.
 */
const fontFiles = ['/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'].filter((f) =>
  existsSync(f),
);
const families: Record<Locale, string> = {
  'zh-CN': 'Noto Sans CJK SC',
  'zh-Hant': 'Noto Sans CJK TC',
  en: 'Noto Sans CJK SC',
};

const resvgVersion = (
  createRequire(import.meta.url)('@resvg/resvg-js/package.json') as { version: string }
).version;

export interface Logo {
  data: Buffer;
  /** MIME type: image/svg+xml, image/png or image/jpeg. */
  type: string;
}

/**
 * The social card of one edition: the emblem on the left, the site's name beside it, on the
 * site's own colours. Without a CJK font the name cannot be drawn, so the card is then the
 * emblem alone, centred, rather than a name in boxes.
 */
export function cardSvg(theme: Theme, name: string, locale: Locale, logo: Logo): string {
  const { width, height } = cardSize;
  const { normal } = derivePalettes(theme);
  const lines = fontFiles.length ? wrap(name, locale === 'en' ? 24 : 10) : [];
  const size = locale === 'en' ? 50 : 68;
  const emblem = 260;
  const emblemX = lines.length ? 110 : (width - emblem) / 2;
  const textTop = height / 2 - ((lines.length - 1) * size * 1.3) / 2;
  const href = `data:${logo.type};base64,${logo.data.toString('base64')}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="${normal.surface.css}"/>
<rect width="${width}" height="36" fill="${normal.primary.css}"/>
<rect y="${height - 36}" width="${width}" height="36" fill="${normal.primary.css}"/>
<image x="${emblemX}" y="${(height - emblem) / 2}" width="${emblem}" height="${emblem}" xlink:href="${href}"/>
${lines
  .map(
    (line, i) =>
      `<text x="430" y="${textTop + i * size * 1.3}" font-family="${families[locale]}" font-weight="700" font-size="${size}" fill="${normal.text.css}" dominant-baseline="central">${escapeText(line)}</text>`,
  )
  .join('\n')}
</svg>`;
}

/**
 * Breaks a name into at most three lines of about `max` characters: English between words,
 * Chinese into lines of even length (七字 + 六字, not 十二字 + 一字). The last says … when cut.
 */
function wrap(name: string, max: number): string[] {
  if (!/\s/.test(name)) {
    const chars = [...name];
    const per = Math.ceil(chars.length / Math.ceil(chars.length / max));
    const lines = Array.from({ length: Math.ceil(chars.length / per) }, (_, i) =>
      chars.slice(i * per, (i + 1) * per).join(''),
    );
    return lines.length > 3 ? [...lines.slice(0, 2), `${lines[2]}…`] : lines;
  }
  const lines: string[] = [];
  for (const word of name.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 3 ? [...lines.slice(0, 2), `${lines[2]}…`] : lines;
}

/**
 * The card as PNG. Rendering with a CJK font takes a noticeable fraction of a second, so cards
 * are kept in a cache under the system's temporary folder, named by a hash of everything that
 * makes them (the SVG, the fonts found, resvg's version): a rebuild of an unchanged site reuses
 * them, and any change makes a new one.
 */
export async function renderCard(svg: string): Promise<Buffer> {
  const key = createHash('sha256')
    .update(`${resvgVersion}\0${fontFiles.join('\0')}\0${svg}`)
    .digest('hex')
    .slice(0, 24);
  const cacheDir = join(tmpdir(), 'qiaoxin-site-cards');
  const cached = join(cacheDir, `${key}.png`);
  const hit = await readFile(cached).catch(() => undefined);
  if (hit) return hit;
  const png = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: families['zh-CN'] },
  })
    .render()
    .asPng();
  // A cache that cannot be written (a read-only /tmp) only costs the next build the render.
  // Written beside and renamed, so a build running at the same time never reads half a file.
  const part = `${cached}.${process.pid}`;
  await mkdir(cacheDir, { recursive: true })
    .then(() => writeFile(part, png))
    .then(() => rename(part, cached))
    .catch(() => undefined);
  return png;
}
