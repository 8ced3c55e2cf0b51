// How a bench reports its figures: the median of its runs, and a table against the targets.

/**
 * The median of `values` (the mean of the middle two for an even count).
 * @param {number[]} values
 */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

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
