/**
 * Prints a bench's figures as a table under `title`: one row per figure, each `[label, value,
 * target?, verdict?]`, labels left and values right-aligned, indented by two spaces.
 * @param {string} title
 * @param {string[][]} rows
 */
export function printTable(title, rows) {
  const w = Math.max(...rows.map((r) => r[0].length));
  const v = Math.max(...rows.map((r) => r[1].length));
  console.log(`\n${title}`);
  for (const [label, value, target = '', met = ''] of rows)
    console.log(
      `  ${label.padEnd(w)}  ${value.padStart(v)}  ${target.padEnd(8)}  ${met}`.trimEnd(),
    );
}
