/**
 * The toolbar's settings: what a visitor chose, saved as JSON under one localStorage key and
 * applied as attributes on `<html>`, where tokens.css switches the `--qx-*` tokens. Shared by
 * the small `<qx-a11y-toolbar>`, the panel and `applySavedA11ySettings()`.
 */

/** The localStorage key: JSON such as `{"scale":"1.5","scheme":"yellow-on-black"}`. */
export const a11yKey = 'qx-a11y';

/** Text sizes, as factors of the default (`html[data-qx-scale]`). */
export const scales = ['1', '1.25', '1.5', '1.75', '2'] as const;
/** Colour schemes (`html[data-qx-scheme]`); "high-contrast" is the elder-mode palette. */
export const schemes = ['default', 'high-contrast', 'black-on-yellow', 'yellow-on-black'] as const;
/** Large cursors (`html[data-qx-cursor]`). */
export const cursors = ['black', 'white'] as const;

export type Scale = (typeof scales)[number];
export type Scheme = (typeof schemes)[number];
export type Cursor = (typeof cursors)[number];

/** A missing key is the default: 100 %, the page's colours, the normal pointer, tools off. */
export interface A11ySettings {
  scale?: Scale;
  scheme?: Scheme;
  cursor?: Cursor;
  /** The reading guide that follows the pointer. */
  guide?: boolean;
  /** The caption bar showing the pointed or focused text. */
  captions?: boolean;
}

/** The values each key may take; anything else in storage is nonsense. */
const allowed: Record<keyof A11ySettings, readonly unknown[]> = {
  scale: scales,
  scheme: schemes,
  cursor: cursors,
  guide: [true, false],
  captions: [true, false],
};

/** Settings from their JSON text; unknown keys and values are left out with one `[qiaoxin]` warning. */
export function parseA11ySettings(text: string | null): A11ySettings {
  if (!text) return {};
  const settings: Record<string, unknown> = {};
  const ignored: string[] = [];
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch {
    // Reported below, as any other nonsense.
  }
  if (saved && typeof saved === 'object' && !Array.isArray(saved)) {
    for (const [key, value] of Object.entries(saved)) {
      // Scales are saved as text; a number such as 1.5 is read as "1.5".
      const v = key === 'scale' && typeof value === 'number' ? String(value) : value;
      if (allowed[key as keyof A11ySettings]?.includes(v)) settings[key] = v;
      else ignored.push(`${key}: ${JSON.stringify(value)}`);
    }
  } else ignored.push(text);
  if (ignored.length) {
    console.warn(
      `[qiaoxin] ${a11yKey}: ignoring saved settings it does not know: ${ignored.join(', ')}`,
    );
  }
  return settings as A11ySettings;
}

/** The saved settings; none when nothing is saved or storage is blocked. */
export function readA11ySettings(): A11ySettings {
  try {
    return parseA11ySettings(localStorage.getItem(a11yKey));
  } catch {
    return {};
  }
}

/** Saves the settings (nothing when all are defaults); blocked storage keeps them for this page only. */
export function saveA11ySettings(settings: A11ySettings): void {
  try {
    const text = JSON.stringify(settings);
    if (text === '{}') localStorage.removeItem(a11yKey);
    else localStorage.setItem(a11yKey, text);
  } catch {
    // Private browsing: the choice lasts until the page is left.
  }
}

/** Sets `data-qx-scale`, `data-qx-scheme` and `data-qx-cursor` on `<html>` (removed when unset). */
export function applyA11ySettings(settings: A11ySettings): void {
  const root = document.documentElement;
  for (const key of ['scale', 'scheme', 'cursor'] as const) {
    const value = settings[key];
    if (value) root.setAttribute(`data-qx-${key}`, value);
    else root.removeAttribute(`data-qx-${key}`);
  }
}
