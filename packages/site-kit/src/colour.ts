import { parseColour } from './theme/colour.js';
import { checkTokenValue } from './theme/values.js';

/**
 * Whether a theme value is a colour a browser will accept: one the theme code can read (for the
 * contrast check) and that CSS's own grammar calls a `<color>` (the theme code's reader is
 * lenient about what follows a number; the stylesheet must not be).
 * Deliberately narrow: anything else (a typo, `var()`, a stray `;`) would make the browser drop
 * the declaration silently, and the portal would show the default palette instead of the district's.
 */
export function isColour(value: string): boolean {
  return (
    parseColour(value.trim()) !== undefined &&
    !('problem' in checkTokenValue('--qx-color-primary', value))
  );
}
