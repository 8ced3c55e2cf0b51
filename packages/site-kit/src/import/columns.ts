/**
 * Old columns (栏目) → the site's category ids. import-map.json says it first
 * (`{ "理论学习": "llxx" }`); then a category of site.config.json with the column's name; else an
 * id is proposed from the name's pinyin initials (理论学习 → llxx, by pinyin-pro) and written
 * for the webmaster to confirm, never used silently as final.
 */
import { readFile } from 'node:fs/promises';
import { pinyin } from 'pinyin-pro';
import { idPattern } from '../site/schemas.js';
import { describeError } from '../system-errors.js';
import { t } from '../messages/index.js';

export interface Category {
  id: string;
  zh: string;
  en: string;
}

export type MapRead = { ids: Map<string, string>; exists: boolean } | { problem: string };

/** import-map.json: column name → category id; a missing file is an empty map. */
export async function readColumnMap(file: string, shown: string): Promise<MapRead> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { ids: new Map(), exists: false };
    return { problem: `${shown}: ${describeError(error, file)}` };
  }
  let value: unknown;
  try {
    value = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { problem: `${shown}: ${t('syntax.json', { detail: (error as Error).message })}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { problem: `${shown}: ${t('import.mapShape')}` };
  const ids = new Map<string, string>();
  for (const [column, id] of Object.entries(value)) {
    if (column === '$schema') continue;
    if (typeof id !== 'string' || !idPattern.test(id))
      return { problem: `${shown}: ${t('import.mapId', { column, id: JSON.stringify(id) })}` };
    ids.set(column.trim(), id);
  }
  return { ids, exists: true };
}

export type Found = { id: string; proposed: boolean };

export class Columns {
  /** Columns no one named, with the id proposed for each. */
  readonly proposals = new Map<string, string>();
  private readonly taken: Set<string>;

  constructor(
    private readonly map: Map<string, string>,
    private readonly categories: Category[],
  ) {
    this.taken = new Set([...map.values(), ...categories.map((c) => c.id)]);
  }

  idOf(column: string): Found {
    const mapped = this.map.get(column);
    if (mapped) return { id: mapped, proposed: false };
    const named = this.categories.find((c) => c.zh === column || c.en === column);
    if (named) return { id: named.id, proposed: false };
    let id = this.proposals.get(column);
    if (!id) {
      id = proposeId(column, this.taken);
      this.taken.add(id);
      this.proposals.set(column, id);
    }
    return { id, proposed: true };
  }

  /** Ids the articles use that site.config.json does not list yet. */
  missing(used: Iterable<string>): string[] {
    const known = new Set(this.categories.map((c) => c.id));
    return [...new Set(used)].filter((id) => !known.has(id)).sort();
  }
}

/**
 * Pinyin initials of the Chinese characters, letters and digits as they are: 理论学习 → llxx,
 * 2023年工作 → 2023ngz. A second column with the same initials gets -2, -3.
 */
export function proposeId(column: string, taken: Set<string>): string {
  const initials = pinyin(column, { pattern: 'first', toneType: 'none', type: 'array' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
  const base = initials || 'column';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
