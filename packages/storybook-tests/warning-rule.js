// The story checker's rule for `[qiaoxin]` console warnings (check-stories.js applies it).
// Components warn `[qiaoxin] <qx-…>: …` when given bad input. Such a warning in a story is a
// bug, except in a bad-input story that says it warns on purpose with the tag `warns`:
//
//   export const UnsafeHref: Story = { tags: ['warns'], … };
//
// A story tagged `warns` that logs no warning fails too, so the tag cannot outlive the bad input
// it was given for. A Docs page renders all of its component's stories at once and cannot
// tell whose warning it is: it may warn when one of those stories is tagged `warns` (it need
// not warn: an MDX page may show only well-formed stories), and fails on a warning otherwise.
// A missing i18n string (`[qiaoxin] missing i18n string "…"`) is always a bug, tag or not.

/** The tag of a story that logs `[qiaoxin]` warnings on purpose. */
export const warnsTag = 'warns';

/**
 * @typedef {{ id: string, type: string, tags?: string[], importPath?: string,
 *   storiesImports?: string[] }} Entry  an entry of Storybook's index.json
 */

/** Which of the rule's kinds a console warning is, or undefined if not Qiaoxin's. */
export function kindOf(/** @type {string} */ text) {
  if (!text.startsWith('[qiaoxin]')) return undefined;
  return text.startsWith('[qiaoxin] missing i18n string') ? 'missing-string' : 'warning';
}

/** `2 [qiaoxin] console warnings: "…"; "…"`, at most three quoted. */
function summary(/** @type {string[]} */ warnings) {
  const shown = warnings.slice(0, 3).map((w) => `"${w}"`);
  if (warnings.length > 3) shown.push('…');
  const s = warnings.length > 1 ? 's' : '';
  return `${warnings.length} [qiaoxin] console warning${s}: ${shown.join('; ')}`;
}

/**
 * The problems with the `[qiaoxin]` warnings one story or Docs page logged (empty: none).
 * @param {Entry} entry the story or Docs page
 * @param {string[]} warnings its `[qiaoxin]` console warnings, in order
 * @param {Entry[]} entries every entry of index.json, to find a Docs page's stories
 * @returns {string[]}
 */
export function warningProblems(entry, warnings, entries) {
  const missing = warnings.filter((w) => kindOf(w) === 'missing-string');
  const others = warnings.filter((w) => kindOf(w) === 'warning');
  const problems = missing.map((w) => `console warning: ${w}`);
  if (entry.type === 'docs') {
    const files = new Set([entry.importPath, ...(entry.storiesImports ?? [])]);
    const tagged = entries.some(
      (e) => e.type === 'story' && files.has(e.importPath) && e.tags?.includes(warnsTag),
    );
    if (!tagged && others.length) {
      problems.push(`${summary(others)}, and none of this page's stories is tagged '${warnsTag}'`);
    }
  } else if (entry.tags?.includes(warnsTag)) {
    if (others.length === 0) {
      problems.push(
        `tagged '${warnsTag}' but logged no [qiaoxin] warning: give it its bad input again or drop the tag`,
      );
    }
  } else if (others.length) {
    problems.push(
      `${summary(others)} (a bad-input story that warns on purpose is tagged '${warnsTag}')`,
    );
  }
  return problems;
}
