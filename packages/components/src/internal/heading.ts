import { unsafeStatic, type StaticValue } from 'lit/static-html.js';

/** A heading level 1–6 as a number, or undefined for anything else ("7", "h2", "2.5", NaN). */
export const parseLevel = (value: unknown): number | undefined =>
  /^[1-6]$/.test(String(value).trim()) ? Number(value) : undefined;

/** The heading element for `level` (Lit cannot bind a tag name): h1–h6, h2 when invalid. */
export const headingTag = (level: unknown): StaticValue =>
  unsafeStatic(`h${parseLevel(level) ?? 2}`);
