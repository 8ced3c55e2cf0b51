/**
 * From the few brand colours a webmaster writes in theme.json, the full colour palette the
 * components use, for normal and for elder mode, and its CSS. The WCAG check of the pairs it
 * paints is in contrast.ts.
 */
// A JSON import rather than createRequire, so this module also runs in the browser (Storybook's
// theme toolbar derives district palettes with it).
import tokenList from '@qiaoxin/tokens/tokens.json' with { type: 'json' };
import contrastPairs from '@qiaoxin/tokens/contrast-pairs.json' with { type: 'json' };
import {
  contrast,
  mix,
  nearestPassing,
  over,
  parseColour,
  shiftLightness,
  toHex,
  type Rgb,
} from './colour.js';
import { declarationOf } from './values.js';

/** The brand colours theme.json may name; only `primary` is needed for a palette. */
export const brandKeys = ['primary', 'accent', 'text', 'surface'] as const;
export type BrandKey = (typeof brandKeys)[number];

/** Every colour token the components and the portal stylesheet use. */
export const colourTokens = [
  'primary',
  'primary-hover',
  'on-primary',
  'text',
  'text-muted',
  'surface',
  'surface-subtle',
  'border',
  'divider',
  'link',
  'link-hover',
  'focus',
] as const;
export type ColourToken = (typeof colourTokens)[number];

/** One token's colour: the CSS text to emit, the opaque colour painted, and who set it. */
export interface Swatch {
  css: string;
  rgb: Rgb;
  /** The theme.json key that set it or that it was derived from (for error messages). */
  key?: string;
  /** Written in theme.json as is (not derived): a failure is then that value's fault. */
  explicit?: boolean;
}
export type Palette = Record<ColourToken, Swatch>;

/** [foreground, background, minimum ratio] as the components pair them. */
type Pair = readonly [ColourToken, ColourToken, number];

/**
 * Which colour is painted on which and the WCAG contrast each pair needs, in normal and elder
 * mode: @qiaoxin/tokens' contrast-pairs.json, the one table the token tests, Storybook and
 * create-qiaoxin-site read too.
 */
const table = (contrastPairs as { pairs: ContrastPair[] }).pairs;
interface ContrastPair {
  foreground: ColourToken;
  background: ColourToken;
  normal: number;
  elder: number;
}
export const normalPairs: readonly Pair[] = table.map((p) => [
  p.foreground,
  p.background,
  p.normal,
]);
/** Elder mode (适老化) asks AAA: 7:1 for body text, 4.5:1 for large text. */
export const elderPairs: readonly Pair[] = table.map((p) => [p.foreground, p.background, p.elder]);

/** The tokens package's own palette: `mode` undefined for normal, 'elder' for elder mode. */
const tokenColour = (name: ColourToken, mode?: 'elder'): Rgb => {
  const find = (m?: string) =>
    (tokenList as { name: string; value: string; mode?: string }[]).find(
      (t) => t.name === `--qx-color-${name}` && t.mode === m,
    )?.value;
  const value = (mode && find(mode)) ?? find();
  const parsed = value ? parseColour(value) : undefined;
  if (!parsed) throw new Error(`site-kit: @qiaoxin/tokens has no colour --qx-color-${name}`);
  return parsed.rgb;
};

const white: Rgb = [1, 1, 1];
const nearBlack: Rgb = [0x11 / 255, 0x11 / 255, 0x11 / 255];

/**
 * `rgb` as is if it reaches `min` on every background, otherwise the nearest colour of the
 * same hue (OKLCH lightness only) that does; black or white when no lightness does.
 */
function fit(rgb: Rgb, backgrounds: Rgb[], min: number): Rgb {
  const passes = (c: Rgb) => backgrounds.every((bg) => contrast(c, bg) >= min);
  return (
    nearestPassing(rgb, passes) ??
    ([white, nearBlack].find(passes) ||
      (backgrounds.every((bg) => contrast(white, bg) > contrast(nearBlack, bg))
        ? white
        : nearBlack))
  );
}

/** White on the primary if it reaches `min`, else whichever of white and near-black is stronger. */
function onColour(background: Rgb, min: number): Rgb {
  if (contrast(white, background) >= min) return white;
  return contrast(white, background) >= contrast(nearBlack, background) ? white : nearBlack;
}

/** A theme value as an opaque colour: translucent values are judged over the surface. */
function opaque(value: string, background: Rgb): Rgb | undefined {
  const parsed = parseColour(value);
  return parsed && over(parsed.rgb, parsed.alpha, background);
}

export interface Palettes {
  normal: Palette;
  elder: Palette;
  /**
   * Whether the palettes are derived from brand colours (then both are written to the
   * stylesheet) or are the tokens' own defaults with the theme's --qx-* overrides.
   */
  derived: boolean;
}

/** The theme key a brand colour comes from: the brand name, or the matching --qx-* override. */
const legacyKey: Record<BrandKey, string> = {
  primary: '--qx-color-primary',
  accent: '--qx-color-link',
  text: '--qx-color-text',
  surface: '--qx-color-surface',
};

/**
 * Derives both palettes from a validated theme. Derived colours are chosen to pass every pair;
 * explicit values (the brand primary, text and surface, and --qx-color-* overrides in normal
 * mode) are used as written, so a failing pair is always a written value's fault.
 */
export function derivePalettes(theme: Readonly<Record<string, string>>): Palettes {
  const brandKey = (name: BrandKey) =>
    theme[name] !== undefined
      ? name
      : theme[legacyKey[name]] !== undefined
        ? legacyKey[name]
        : undefined;
  const keys = Object.fromEntries(brandKeys.map((b) => [b, brandKey(b)])) as Record<
    BrandKey,
    string | undefined
  >;
  const brand = (name: BrandKey, background: Rgb) => {
    const key = keys[name];
    return key ? opaque(theme[key] ?? '', background) : undefined;
  };
  const surface = brand('surface', white) ?? tokenColour('surface');
  const primary = brand('primary', surface);
  const swatch = (rgb: Rgb, key?: string, explicit = false): Swatch => ({
    css: toHex(rgb),
    rgb,
    ...(key && { key }),
    ...(explicit && { explicit }),
  });
  const derived = primary !== undefined;

  let normal: Palette;
  let elder: Palette;
  if (!primary) {
    // No brand colours: the tokens' palettes, which pass on their own.
    const defaults = (mode?: 'elder') =>
      Object.fromEntries(colourTokens.map((t) => [t, swatch(tokenColour(t, mode))])) as Palette;
    normal = defaults();
    elder = defaults('elder');
  } else {
    const accent = brand('accent', surface);
    const text = brand('text', surface);
    const [p, a, t, s] = [keys.primary, keys.accent, keys.text, keys.surface];
    const subtle = mix(surface, primary, 0.06); // a faint tint of the primary
    const make = (mode: 'normal' | 'elder'): Palette => {
      const body = mode === 'elder' ? 7 : 4.5;
      const backgrounds = [surface, subtle];
      // Elder mode darkens the primary until it reaches AAA on the surfaces.
      const prim = mode === 'elder' ? fit(primary, backgrounds, 7) : primary;
      const onPrim = onColour(prim, body);
      // Hover moves away from the text on it: darker under white, lighter under black.
      const hoverStep = contrast(onPrim, white) < 1.5 ? -0.08 : 0.08;
      const hover = fit(shiftLightness(prim, hoverStep), [onPrim], body);
      const textColour = text
        ? mode === 'elder'
          ? fit(text, backgrounds, 7)
          : text
        : fit(tokenColour('text', mode === 'elder' ? 'elder' : undefined), backgrounds, body);
      const muted = text
        ? fit(mix(textColour, surface, mode === 'elder' ? 0.15 : 0.3), backgrounds, body)
        : fit(tokenColour('text-muted', mode === 'elder' ? 'elder' : undefined), backgrounds, body);
      const link = fit(accent ?? primary, backgrounds, body);
      const linkHover = accent
        ? fit(primary, backgrounds, body)
        : fit(shiftLightness(link, -0.08), backgrounds, body);
      const elderToken = (name: ColourToken) =>
        tokenColour(name, mode === 'elder' ? 'elder' : undefined);
      return {
        primary: swatch(prim, p, mode === 'normal'),
        'primary-hover': swatch(hover, p),
        'on-primary': swatch(onPrim, p),
        text: swatch(textColour, t, mode === 'normal' && !!text),
        'text-muted': swatch(muted, t),
        surface: swatch(surface, s, !!s),
        'surface-subtle': swatch(subtle, p),
        border: swatch(fit(elderToken('border'), backgrounds, 3), s),
        divider: swatch(
          s ? mix(surface, textColour, mode === 'elder' ? 0.4 : 0.12) : elderToken('divider'),
          s,
        ),
        link: swatch(link, a ?? p),
        'link-hover': swatch(linkHover, p),
        // The focus ring follows the links' hue, strong enough on both surfaces.
        focus: swatch(fit(link, backgrounds, 3), a ?? p),
      };
    };
    normal = make('normal');
    elder = make('elder');
  }

  // Expert --qx-color-* overrides win in normal mode, as written.
  const surfaceRgb = normal.surface.rgb;
  for (const token of colourTokens) {
    const key = `--qx-color-${token}`;
    const value = theme[key];
    if (value === undefined || (derived && keys.primary === key)) continue;
    const rgb = opaque(value, token === 'surface' ? white : surfaceRgb);
    if (rgb) normal[token] = { css: value, rgb, key, explicit: true };
  }
  if (!derived) {
    // Without brand colours, the tokens' elder block still leaves the overrides of tokens it
    // does not set (surface, surface-subtle) in force.
    for (const token of ['surface', 'surface-subtle'] as const) elder[token] = normal[token];
  }
  return { normal, elder, derived };
}

/**
 * The `:root` and `:root[data-qx-elder]` blocks for the site stylesheet. Every declaration is
 * a checked token name and css-tree's serialisation of its value (theme/values.ts), never a
 * theme.json text as written: a value that is not one CSS value of its token's type throws.
 * `root` is the selector of the document element: Storybook passes `:root:root` so its theme
 * wins over the tokens' own blocks whatever order the stylesheets load in.
 */
export function paletteCss(theme: Readonly<Record<string, string>>, root = ':root'): string {
  const { normal, elder, derived } = derivePalettes(theme);
  const declarations = (palette: Palette) =>
    colourTokens.map((t) => declarationOf(`--qx-color-${t}`, palette[t].css));
  // Overrides that are not palette colours (radii, other --qx-* tokens), typed by their token.
  const others = Object.entries(theme)
    .filter(
      ([k]) =>
        k.startsWith('--qx-') && !(derived && colourTokens.some((t) => k === `--qx-color-${t}`)),
    )
    .map(([k, v]) => declarationOf(k, v));
  const normalBlock = [...(derived ? declarations(normal) : []), ...others];
  return [
    normalBlock.length ? `${root}{${normalBlock.join(';')}}` : '',
    derived ? `${root}[data-qx-elder]{${declarations(elder).join(';')}}` : '',
  ].join('\n');
}
