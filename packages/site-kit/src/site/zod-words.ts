import type { z } from 'zod';
import { kindOf } from './read-text.js';

/** Turns a zod issue into `[path, message]` pairs, worded for a webmaster. */
export function describe(issue: z.core.$ZodIssue, root: unknown): [PropertyKey[], string][] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((k) => [[...path, k], `${pathText([...path, k])} is not a known field`]);
  }
  if (issue.code === 'invalid_value') {
    const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return [[path, `${pathText(path)} must be one of ${values}`]];
  }
  if (issue.code === 'invalid_type' && valueAt(root, path) === undefined) {
    return [[path, `${pathText(path)} is required`]];
  }
  const label = pathText(path);
  if (issue.code === 'invalid_type' && /^Invalid input: expected/.test(issue.message)) {
    // zod's own words ("expected object, received array") are for developers.
    const expected = expectedWords[issue.expected] ?? issue.expected;
    const actual = kindOf(valueAt(root, path));
    return [[path, `${label || 'the file'} must be ${expected}, not ${actual}`]];
  }
  if (!label) return [[path, issue.message]];
  return [
    [
      path,
      /^(is|must|has) /.test(issue.message)
        ? `${label} ${issue.message}`
        : `${label}: ${issue.message}`,
    ],
  ];
}

const expectedWords: Record<string, string> = {
  string: 'text in quotes',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list […]',
  object: 'an object {…}',
  record: 'an object {…}',
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
