import type { z } from 'zod';
import { kindOf } from './read-text.js';
import { messageLang, t, type MessageKey } from '../messages/index.js';

/** Turns a zod issue into `[path, message]` pairs, worded for a webmaster. */
export function describe(issue: z.core.$ZodIssue, root: unknown): [PropertyKey[], string][] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((k) => [
      [...path, k],
      t('field.unknown', { path: pathText([...path, k]) }),
    ]);
  }
  if (issue.code === 'invalid_value') {
    const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return [[path, t('field.oneOf', { path: pathText(path), values })]];
  }
  if (issue.code === 'invalid_type' && valueAt(root, path) === undefined) {
    return [[path, t('field.required', { path: pathText(path) })]];
  }
  const label = pathText(path);
  if (issue.code === 'invalid_type' && /^Invalid input: expected/.test(issue.message)) {
    // zod's own words ("expected object, received array") are for developers.
    const words = expectedWords[issue.expected];
    const expected = words ? t(words) : issue.expected;
    const actual = kindOf(valueAt(root, path));
    return [[path, t('field.type', { path: label || t('field.theFile'), expected, actual })]];
  }
  if (!label) return [[path, issue.message]];
  return [[path, joined(label, issue.message)]];
}

/**
 * `published: "…" is not a real date`, `nav must not be empty`; in Chinese a full-width colon
 * before a quoted value (`published：“…”不是…`) and a space before anything else.
 */
function joined(label: string, message: string): string {
  if (messageLang() === 'zh')
    return message.startsWith('“') ? `${label}：${message}` : `${label} ${message}`;
  return /^(is|must|has) /.test(message) ? `${label} ${message}` : `${label}: ${message}`;
}

const expectedWords: Record<string, MessageKey> = {
  string: 'kind.string',
  number: 'kind.number',
  boolean: 'kind.boolean',
  array: 'kind.array',
  object: 'kind.object',
  record: 'kind.object',
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}

/** `nav[2].href`, `name.en`, `--qx-color-primary` */
export function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
    .join('');
}
