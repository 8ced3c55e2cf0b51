/**
 * The WCAG contrast check of every text/background pair the palette paints, in normal and
 * elder mode (the same pairs packages/tokens/test checks for the default palette), with the
 * nearest passing colour for each theme.json key to blame.
 */
import { contrast, nearestPassing, parseColour, toHex } from './colour.js';
import {
  derivePalettes,
  elderPairs,
  normalPairs,
  type ColourToken,
  type Palettes,
} from './palette.js';

/** One failing pair, blamed on the theme.json key to change. */
export interface ContrastFailure {
  key: string;
  /** `elder mode: link on surface`, in English; the three fields below word it in any language. */
  pair: string;
  mode: 'normal' | 'elder';
  foreground: ColourToken;
  background: ColourToken;
  ratio: number;
  min: number;
  /** The nearest colour (OKLCH lightness only) for `key` with which the theme passes. */
  nearest?: string;
}

function failuresOf(palettes: Palettes): Omit<ContrastFailure, 'nearest'>[] {
  const failures: Omit<ContrastFailure, 'nearest'>[] = [];
  for (const [mode, pairs] of [
    ['normal', normalPairs],
    ['elder', elderPairs],
  ] as const) {
    const palette = palettes[mode];
    for (const [fg, bg, min] of pairs) {
      const [f, b] = [palette[fg], palette[bg]];
      const ratio = contrast(f.rgb, b.rgb);
      if (ratio >= min) continue;
      // The written value is to blame; the foreground if both are written.
      const key = (f.explicit ? f.key : b.explicit ? b.key : (f.key ?? b.key)) ?? '';
      const pair = `${mode === 'elder' ? 'elder mode: ' : ''}${fg} on ${bg}`;
      failures.push({ key, pair, mode, foreground: fg, background: bg, ratio, min });
    }
  }
  return failures;
}

/**
 * Every pair below its WCAG minimum, in normal and elder mode, each with the theme key to
 * change and the nearest passing value for it (that key's lightness changed, hue kept).
 */
export function checkContrast(theme: Readonly<Record<string, string>>): ContrastFailure[] {
  const failures = failuresOf(derivePalettes(theme)).filter((f) => f.key);
  const nearest = new Map<string, string | undefined>();
  for (const { key } of failures) {
    if (nearest.has(key)) continue;
    const parsed = parseColour(theme[key] ?? '');
    const found =
      parsed &&
      nearestPassing(parsed.rgb, (candidate) => {
        const trial = { ...theme, [key]: toHex(candidate) };
        return !failuresOf(derivePalettes(trial)).some((f) => f.key === key);
      });
    nearest.set(key, found && toHex(found));
  }
  return failures.map((f) => {
    const n = nearest.get(f.key);
    return n ? { ...f, nearest: n } : f;
  });
}

/** `2.32` for 2.3234: rounded down, so a ratio shown never seems to pass when it does not. */
export const formatRatio = (ratio: number) => (Math.floor(ratio * 100) / 100).toFixed(2);

/**
 * The failure in English, for programs (create-qiaoxin-site quotes it); a build words it in the
 * webmaster's language from the same fields (site/schemas.ts).
 */
export function describeFailure({ pair, ratio, min, nearest }: ContrastFailure): string {
  return `${pair} is ${formatRatio(ratio)}:1, needs ${min}:1${
    nearest ? ` — nearest passing colour: ${nearest}` : ' — no colour of this hue passes'
  }`;
}
