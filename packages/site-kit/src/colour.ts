import { parseColour } from './theme/colour.js';

/**
 * Whether a theme value is a colour a browser will accept: one the theme code can read.
 * Deliberately narrow: anything else (a typo, `var()`, a stray `;`) would make the browser drop
 * the declaration silently, and the portal would show the default palette instead of the district's.
 */
export function isColour(value: string): boolean {
  return parseColour(value.trim()) !== undefined;
}
