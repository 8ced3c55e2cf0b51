/** The report an import ends with, in the webmaster's language: what it did, and what is next. */
import { isAbsolute, relative } from 'node:path';
import { ImportError, importPages, type ImportOptions, type ImportReport } from './run.js';
import type { LeftOutWhy } from './relink.js';
import { t, type MessageKey } from '../messages/index.js';

export function reportLines(report: ImportReport): string[] {
  const lines: string[] = [];
  if (report.dryRun) lines.push(t('import.planHeader'));
  for (const a of report.imported) {
    const verb = report.dryRun
      ? 'import.wouldWrite'
      : a.replaced
        ? 'import.replaced'
        : 'import.wrote';
    lines.push(t(verb, { file: a.file, from: a.from, column: a.column, category: a.category }));
    if (a.missing.length)
      lines.push(
        t('import.notFound', {
          fields: a.missing
            .map((f) => t(`import.field.${f}` as MessageKey))
            .join(t('import.comma')),
        }),
      );
    for (const left of a.leftOut)
      lines.push(t(`import.left.${left.what}`, { url: left.url, why: t(whyKey[left.why]) }));
  }
  for (const path of report.assets)
    lines.push(
      t(report.dryRun ? 'import.wouldCopy' : 'import.copied', { file: `content/${path}` }),
    );
  for (const { from, why } of report.skipped) lines.push(t('import.skipped', { from, why }));
  const counts = {
    imported: report.imported.length,
    skipped: report.skipped.length,
    assets: report.assets.length,
  };
  lines.push(t(report.dryRun ? 'import.summaryDry' : 'import.summary', counts));
  const map = shown(report.mapFile);
  if (report.proposals.size) {
    const file = report.proposalFile && shown(report.proposalFile);
    lines.push(file ? t('import.proposed', { map, file }) : t('import.proposedDry', { map }));
    for (const [column, id] of report.proposals) lines.push(`    "${column}": "${id}"`);
  }
  if (report.newCategories.length && !report.dryRun) {
    lines.push(t('import.addCategories'));
    for (const { id, column } of report.newCategories)
      lines.push(`    { "id": "${id}", "zh": "${column}", "en": "…" }`);
    lines.push(t('import.thenBuild'));
  }
  return lines;
}

/** A path as the webmaster typed it, more or less: relative below the current folder. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

const whyKey: Record<LeftOutWhy, MessageKey> = {
  missing: 'import.leftWhy.missing',
  remote: 'import.leftWhy.remote',
  unsafe: 'import.leftWhy.unsafe',
  notKind: 'import.leftWhy.notKind',
  tooBig: 'import.leftWhy.tooBig',
  noAddress: 'import.leftWhy.noAddress',
};

/** What the CLI runs: the import, then its report on stdout. */
export async function runImport(options: ImportOptions): Promise<void> {
  let report: ImportReport;
  try {
    report = await importPages(options);
  } catch (error) {
    // A folder or map that cannot be used: one line, as every refusal of the CLI.
    if (!(error instanceof ImportError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
  for (const line of reportLines(report)) console.log(line);
}
