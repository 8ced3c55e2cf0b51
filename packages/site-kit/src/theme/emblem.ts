import { escapeText } from '../html.js';

/**
 * The emblem a site without a logo gets, as header logo and favicon: a disc in the primary
 * colour with one character in the colour that reads on it, the first character of the
 * site's short Chinese name (侨 when there is none).
 */
export function emblemSvg(character: string, fill: string, ink: string): string {
  const glyph = [...character.trim()][0] ?? '侨';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
<circle cx="32" cy="32" r="31" fill="${fill}"/>
<circle cx="32" cy="32" r="26.5" fill="none" stroke="${ink}" stroke-width="1.5" opacity=".6"/>
<text x="32" y="33" fill="${ink}" font-family="'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif" font-size="30" font-weight="700" text-anchor="middle" dominant-baseline="central">${escapeText(glyph)}</text>
</svg>
`;
}
