/**
 * Colour arithmetic for theme.json on one maintained library, culori: parsing every CSS colour
 * into sRGB, WCAG 2 luminance and contrast, and OKLCH, in which lightness can change while the
 * hue stays the same to the eye. This module only adapts culori to the palette code's needs:
 * colours as `[r, g, b]` tuples, and contrast judged on the 8-bit values a browser paints.
 *
 * Channels are gamma-encoded sRGB in 0…1; `toHex` rounds them to 8 bits a channel, and every
 * contrast the build checks is computed from such rounded values.
 */
import {
  clampChroma,
  converter,
  formatHex,
  interpolate,
  parse,
  wcagContrast,
  wcagLuminance,
  type Oklch as CuloriOklch,
  type Rgb as CuloriRgb,
} from 'culori';

/** Gamma-encoded sRGB, each channel 0…1. */
export type Rgb = readonly [number, number, number];
/** OKLCH: lightness 0…1, chroma (0…~0.4), hue in degrees. */
export type Oklch = readonly [number, number, number];

const toRgbMode = converter('rgb');
const toOklchMode = converter('oklch');
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const culoriRgb = ([r, g, b]: Rgb): CuloriRgb => ({ mode: 'rgb', r, g, b });
/**
 * A colour outside sRGB keeps its lightness and hue and loses chroma until it fits. Colours
 * inside (give or take float noise from the OKLCH round trip) are only clamped, so #008000
 * stays #008000.
 */
const inSrgb = (colour: CuloriOklch): Rgb => {
  const direct = toRgbMode(colour);
  const fits = [direct.r, direct.g, direct.b].every((c) => c >= -1e-6 && c <= 1 + 1e-6);
  const { r, g, b } = fits ? direct : toRgbMode(clampChroma(colour, 'oklch'));
  return [clamp01(r), clamp01(g), clamp01(b)];
};

/**
 * Parses any CSS colour (hex, named, rgb(), hsl(), hwb(), lab(), oklch() …) to sRGB and alpha;
 * undefined for anything else. Colours outside sRGB are mapped into it by reducing chroma.
 */
export function parseColour(value: string): { rgb: Rgb; alpha: number } | undefined {
  const colour = parse(value.trim());
  if (!colour) return undefined;
  const oklch = toOklchMode(colour);
  return { rgb: inSrgb(oklch), alpha: colour.alpha ?? 1 };
}

/** `#rrggbb`, rounded to 8 bits a channel. */
export function toHex(rgb: Rgb): string {
  return formatHex(culoriRgb(rounded(rgb)));
}

/** The 8-bit colour a browser would paint, so checks judge what readers see. */
export function rounded(rgb: Rgb): Rgb {
  return rgb.map((c) => Math.round(clamp01(c) * 255) / 255) as unknown as Rgb;
}

/** Paints a translucent colour over an opaque background. */
export function over(rgb: Rgb, alpha: number, background: Rgb): Rgb {
  return rgb.map((c, i) => c * alpha + (background[i] ?? 0) * (1 - alpha)) as unknown as Rgb;
}

/** WCAG 2 relative luminance. */
export const luminance = (rgb: Rgb): number => wcagLuminance(culoriRgb(rgb));

/** WCAG 2 contrast ratio, 1…21, of two opaque colours, judged as painted (8 bits). */
export const contrast = (a: Rgb, b: Rgb): number =>
  wcagContrast(culoriRgb(rounded(a)), culoriRgb(rounded(b)));

/** sRGB → OKLCH. */
export function toOklch(rgb: Rgb): Oklch {
  const { l, c, h } = toOklchMode(culoriRgb(rgb));
  return [l, c, h ?? 0];
}

/** OKLCH → sRGB, chroma reduced until the colour fits, so a lightness change keeps the hue. */
export const fromOklch = ([l, c, h]: Oklch): Rgb => inSrgb({ mode: 'oklch', l: clamp01(l), c, h });

/** The same hue and chroma at another OKLCH lightness (0…1). */
export function withLightness(rgb: Rgb, lightness: number): Rgb {
  const [, C, h] = toOklch(rgb);
  // A grey's hue is rounding noise: keep it grey.
  return fromOklch([clamp01(lightness), C < 1e-4 ? 0 : C, h]);
}

/** Lightness moved by `delta` (negative: darker). */
export function shiftLightness(rgb: Rgb, delta: number): Rgb {
  return withLightness(rgb, toOklch(rgb)[0] + delta);
}

/** `a` mixed with `amount` (0…1) of `b`, in OKLab (perceptually even, no grey dip). */
export function mix(a: Rgb, b: Rgb, amount: number): Rgb {
  return inSrgb(toOklchMode(interpolate([culoriRgb(a), culoriRgb(b)], 'oklab')(amount)));
}

/**
 * The colour nearest to `rgb` in OKLCH lightness, hue and chroma kept, for which `passes`
 * holds: bisects toward black and toward white and takes the closer success. `passes` is
 * assumed monotonic along each direction (contrast against a fixed colour is). Returns
 * undefined when neither black nor white end passes.
 */
export function nearestPassing(rgb: Rgb, passes: (candidate: Rgb) => boolean): Rgb | undefined {
  const start = toOklch(rgb)[0];
  if (passes(rounded(rgb))) return rounded(rgb);
  const found: { rgb: Rgb; distance: number }[] = [];
  for (const end of [0, 1]) {
    const at = (L: number) => rounded(withLightness(rgb, L));
    if (!passes(at(end))) continue;
    let [fail, pass] = [start, end];
    for (let i = 0; i < 30; i++) {
      const mid = (fail + pass) / 2;
      if (passes(at(mid))) pass = mid;
      else fail = mid;
    }
    found.push({ rgb: at(pass), distance: Math.abs(pass - start) });
  }
  return found.sort((a, b) => a.distance - b.distance)[0]?.rgb;
}
