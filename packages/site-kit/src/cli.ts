#!/usr/bin/env node
import { relative } from 'node:path';
import { OutputError } from './write/output.js';
import { SiteError, formatProblem, formatSiteError } from './site/problems.js';
import { describeError } from './system-errors.js';
import { setDefaultLang, t } from './messages/index.js';
import { readArgs } from './cli-args.js';

const args = readArgs(process.argv.slice(2));
// Webmasters read these messages: Chinese unless asked for English or on an English system.
setDefaultLang(args.lang);
const { command, dir } = args;

try {
  if (args.problem !== undefined) {
    // A command line that cannot be run: why, on stderr, as the last thing printed.
    console.error(args.problem);
    process.exitCode = 1;
  } else if (command === 'help') {
    console.log(t('cli.usage'));
  } else if (command === 'build') {
    const started = performance.now();
    // Imported only to build: `--help` and a refused command line answer without loading it.
    const { buildSite } = await import('./index.js');
    const { outDir, pages, warnings } = await buildSite(dir, {
      ...(args.out && { outDir: args.out }),
      strict: args.strict,
    });
    for (const warning of warnings)
      console.warn(t('cli.warning', { text: formatProblem(warning) }));
    if (warnings.length) console.warn(t('cli.placeholders', { count: warnings.length }));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const out = relative(process.cwd(), outDir) || '.';
    console.log(t('cli.built', { pages: pages.length, out, seconds }));
  } else if (command === 'dev') {
    const { startDev } = await import('./dev.js');
    await startDev(dir, { port: args.port, watch: args.watch });
  } else if (command === 'admin') {
    const { startAdminCommand } = await import('./admin-command.js');
    await startAdminCommand(dir, { port: args.port, lang: args.lang });
  } else if (command === 'import') {
    const { runImport } = await import('./import/report.js');
    await runImport({
      folder: dir,
      site: args.site,
      ...(args.map !== undefined && { map: args.map }),
      dryRun: args.dryRun,
      force: args.force,
    });
  }
} catch (error) {
  // One clear line for webmasters, whatever went wrong; the stack only when asked for.
  const debug = args.debug || Boolean(process.env.QIAOXIN_DEBUG);
  if (error instanceof SiteError) console.error(formatSiteError(error));
  else if (error instanceof OutputError) console.error(error.message);
  else console.error(`qiaoxin-site ${command ?? ''}: ${describeError(error)}`);
  if (debug && error instanceof Error) {
    console.error(error.stack);
    if (error.cause instanceof Error) console.error('Caused by:', error.cause.stack);
  }
  process.exitCode = 1;
}
