/**
 * Colour arithmetic for theme.json, small and dependency-free: parsing the CSS colours the
 * theme schema accepts into sRGB, WCAG 2 relative luminance and contrast ratio, and OKLCH
 * (Björn Ottosson's OKLab in polar form), in which lightness can be changed while the hue
 * stays the same to the eye.
 *
 * Channels are gamma-encoded sRGB in 0…1; `toHex` rounds them to the 8-bit values a browser
 * paints, and every contrast the build checks is computed from such rounded values.
 */

/** Gamma-encoded sRGB, each channel 0…1. */
export type Rgb = readonly [number, number, number];
/** OKLCH: lightness 0…1, chroma (0…~0.4), hue in degrees. */
export type Oklch = readonly [number, number, number];

/** CSS named colours (CSS Color 4), as `name:rrggbb`. */
const namedHex = new Map(
  `
  aliceblue:f0f8ff antiquewhite:faebd7 aqua:00ffff aquamarine:7fffd4 azure:f0ffff beige:f5f5dc
  bisque:ffe4c4 black:000000 blanchedalmond:ffebcd blue:0000ff blueviolet:8a2be2 brown:a52a2a
  burlywood:deb887 cadetblue:5f9ea0 chartreuse:7fff00 chocolate:d2691e coral:ff7f50
  cornflowerblue:6495ed cornsilk:fff8dc crimson:dc143c cyan:00ffff darkblue:00008b
  darkcyan:008b8b darkgoldenrod:b8860b darkgray:a9a9a9 darkgreen:006400 darkgrey:a9a9a9
  darkkhaki:bdb76b darkmagenta:8b008b darkolivegreen:556b2f darkorange:ff8c00 darkorchid:9932cc
  darkred:8b0000 darksalmon:e9967a darkseagreen:8fbc8f darkslateblue:483d8b darkslategray:2f4f4f
  darkslategrey:2f4f4f darkturquoise:00ced1 darkviolet:9400d3 deeppink:ff1493 deepskyblue:00bfff
  dimgray:696969 dimgrey:696969 dodgerblue:1e90ff firebrick:b22222 floralwhite:fffaf0
  forestgreen:228b22 fuchsia:ff00ff gainsboro:dcdcdc ghostwhite:f8f8ff gold:ffd700
  goldenrod:daa520 gray:808080 green:008000 greenyellow:adff2f grey:808080 honeydew:f0fff0
  hotpink:ff69b4 indianred:cd5c5c indigo:4b0082 ivory:fffff0 khaki:f0e68c lavender:e6e6fa
  lavenderblush:fff0f5 lawngreen:7cfc00 lemonchiffon:fffacd lightblue:add8e6 lightcoral:f08080
  lightcyan:e0ffff lightgoldenrodyellow:fafad2 lightgray:d3d3d3 lightgreen:90ee90
  lightgrey:d3d3d3 lightpink:ffb6c1 lightsalmon:ffa07a lightseagreen:20b2aa lightskyblue:87cefa
  lightslategray:778899 lightslategrey:778899 lightsteelblue:b0c4de lightyellow:ffffe0
  lime:00ff00 limegreen:32cd32 linen:faf0e6 magenta:ff00ff maroon:800000 mediumaquamarine:66cdaa
  mediumblue:0000cd mediumorchid:ba55d3 mediumpurple:9370db mediumseagreen:3cb371
  mediumslateblue:7b68ee mediumspringgreen:00fa9a mediumturquoise:48d1cc mediumvioletred:c71585
  midnightblue:191970 mintcream:f5fffa mistyrose:ffe4e1 moccasin:ffe4b5 navajowhite:ffdead
  navy:000080 oldlace:fdf5e6 olive:808000 olivedrab:6b8e23 orange:ffa500 orangered:ff4500
  orchid:da70d6 palegoldenrod:eee8aa palegreen:98fb98 paleturquoise:afeeee palevioletred:db7093
  papayawhip:ffefd5 peachpuff:ffdab9 peru:cd853f pink:ffc0cb plum:dda0dd powderblue:b0e0e6
  purple:800080 rebeccapurple:663399 red:ff0000 rosybrown:bc8f8f royalblue:4169e1
  saddlebrown:8b4513 salmon:fa8072 sandybrown:f4a460 seagreen:2e8b57 seashell:fff5ee
  sienna:a0522d silver:c0c0c0 skyblue:87ceeb slateblue:6a5acd slategray:708090 slategrey:708090
  snow:fffafa springgreen:00ff7f steelblue:4682b4 tan:d2b48c teal:008080 thistle:d8bfd8
  tomato:ff6347 turquoise:40e0d0 violet:ee82ee wheat:f5deb3 white:ffffff whitesmoke:f5f5f5
  yellow:ffff00 yellowgreen:9acd32`
    .trim()
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** A number with an optional `%`: `%` maps 100% to `percentScale`; `none` is 0. */
function amount(text: string, percentScale: number): number {
  if (text.toLowerCase() === 'none') return 0;
  return text.endsWith('%') ? (parseFloat(text) / 100) * percentScale : parseFloat(text);
}

/** An angle in degrees from `120`, `120deg`, `2rad`, `100grad` or `0.3turn`. */
function angle(text: string): number {
  const value = parseFloat(text);
  if (/rad$/i.test(text) && !/grad$/i.test(text)) return (value * 180) / Math.PI;
  if (/grad$/i.test(text)) return value * 0.9;
  if (/turn$/i.test(text)) return value * 360;
  return text.toLowerCase() === 'none' ? 0 : value;
}

/**
 * Parses the colours `isColour` accepts (hex, named, rgb(), hsl(), oklch()) to sRGB and alpha.
 * Returns undefined for anything else. OKLCH outside the sRGB gamut is mapped into it by
 * reducing chroma, as browsers do.
 */
export function parseColour(value: string): { rgb: Rgb; alpha: number } | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'transparent') return { rgb: [0, 0, 0], alpha: 0 };
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(v)?.[1] ?? namedHex.get(v);
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const byte = (i: number) => parseInt(full.slice(i * 2, i * 2 + 2), 16) / 255;
    return { rgb: [byte(0), byte(1), byte(2)], alpha: full.length === 8 ? byte(3) : 1 };
  }
  const [, name, args] = /^(rgba?|hsla?|oklch)\((.*)\)$/.exec(v) ?? [];
  if (!name || args === undefined) return undefined;
  const parts = args.trim().split(/\s*[\s,/]\s*/);
  if (parts.length < 3 || parts.length > 4) return undefined;
  const [a = '0', b = '0', c = '0', d = '1'] = parts;
  const alpha = clamp01(amount(d, 1));
  if (name.startsWith('rgb')) {
    return { rgb: [a, b, c].map((x) => clamp01(amount(x, 255) / 255)) as unknown as Rgb, alpha };
  }
  if (name.startsWith('hsl')) {
    return { rgb: hslToRgb(angle(a), amount(b, 100) / 100, amount(c, 100) / 100), alpha };
  }
  return { rgb: fromOklch([amount(a, 1), amount(b, 0.4), angle(c)]), alpha };
}

function hslToRgb(h: number, s: number, l: number): Rgb {
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const a = clamp01(s) * Math.min(l, 1 - l);
    return clamp01(l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  };
  return [f(0), f(8), f(4)];
}

/** `#rrggbb`, rounded to 8 bits a channel. */
export function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((c) =>
      Math.round(clamp01(c) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The 8-bit colour a browser would paint, so checks judge what readers see. */
export function rounded(rgb: Rgb): Rgb {
  return rgb.map((c) => Math.round(clamp01(c) * 255) / 255) as unknown as Rgb;
}

/** Paints a translucent colour over an opaque background. */
export function over(rgb: Rgb, alpha: number, background: Rgb): Rgb {
  return rgb.map((c, i) => c * alpha + (background[i] ?? 0) * (1 - alpha)) as unknown as Rgb;
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number) => (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);

/** WCAG 2 relative luminance. */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map(toLinear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1…21, of two opaque colours, judged as painted (8 bits). */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(rounded(a)), luminance(rounded(b))].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}

/** sRGB → OKLCH (via linear sRGB, LMS and OKLab). */
export function toOklch(rgb: Rgb): Oklch {
  const [r, g, b] = rgb.map(toLinear) as [number, number, number];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const B = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  const hue = (Math.atan2(B, A) * 180) / Math.PI;
  return [L, Math.hypot(A, B), hue < 0 ? hue + 360 : hue];
}

/** OKLCH → linear sRGB, possibly out of gamut. */
function oklchToLinear([L, C, h]: Oklch): [number, number, number] {
  const A = C * Math.cos((h * Math.PI) / 180);
  const B = C * Math.sin((h * Math.PI) / 180);
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
}

/**
 * OKLCH → sRGB. A colour outside sRGB keeps its lightness and hue and loses chroma until it
 * fits (a bisection on chroma), which is how a lightness change stays "the same colour".
 */
export function fromOklch([L, C, h]: Oklch): Rgb {
  const inGamut = (c: number) => oklchToLinear([L, c, h]).every((x) => x >= -1e-6 && x <= 1 + 1e-6);
  let chroma = C;
  if (!inGamut(chroma)) {
    let [lo, hi] = [0, C];
    for (let i = 0; i < 24; i++) {
      const mid = (lo + hi) / 2;
      if (inGamut(mid)) lo = mid;
      else hi = mid;
    }
    chroma = lo;
  }
  return oklchToLinear([clamp01(L), chroma, h]).map((c) =>
    clamp01(fromLinear(clamp01(c))),
  ) as unknown as Rgb;
}

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
  const lab = (rgb: Rgb) => {
    const [L, C, h] = toOklch(rgb);
    return [L, C * Math.cos((h * Math.PI) / 180), C * Math.sin((h * Math.PI) / 180)];
  };
  const [x, y] = [lab(a), lab(b)];
  const [L, A, B] = x.map((v, i) => v + ((y[i] ?? 0) - v) * amount) as [number, number, number];
  return fromOklch([L, Math.hypot(A, B), (Math.atan2(B, A) * 180) / Math.PI]);
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
