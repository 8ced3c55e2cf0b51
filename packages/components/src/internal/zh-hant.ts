/**
 * Loads the zh-Hant strings of every built-in group. The elements' string groups give it as
 * their `loadZhHant`: @qiaoxin/i18n calls it once, when a page or an element first needs
 * zh-Hant. A dynamic import, so bundlers give the strings a chunk of their own that zh-CN and
 * en pages never download (each element has a 3 KB budget); that module imports nothing, so
 * the chunk shares no code with the elements'.
 *
 * ./zh-hant.generated.ts is written by scripts/zh-hant.js at build time: OpenCC cn→tw of each
 * zh-CN string, except those in ./zh-hant-overrides.ts.
 */
export const loadZhHant = (): Promise<{ default: object }> => import('./zh-hant.generated.js');
