#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { buildSite } from './index.js';
import { OutputError } from './write/output.js';
import { SiteError, formatProblem, formatSiteError } from './site/problems.js';
import { describeError } from './system-errors.js';

const usage = `Usage:
  qiaoxin-site build [site folder] [--out <folder>]   build a portal (default: ./ into ./dist)
      [--strict]            for publishing: refuse while a placeholder (待填写) is left
  qiaoxin-site dev [site folder] [--port <n>]         serve it with reload on every change
      [--watch <folder>]…   also rebuild when a package source folder changes

  --out   a new or empty folder, or one a previous build wrote; never the site folder,
          a folder inside it other than dist, or a folder around it
  --debug on an error, print its stack trace too (or set QIAOXIN_DEBUG=1)`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    port: { type: 'string' },
    watch: { type: 'string', multiple: true },
    help: { type: 'boolean' },
    debug: { type: 'boolean' },
    strict: { type: 'boolean' },
  },
});
const [command, dir = '.'] = positionals;

try {
  if (command === 'build') {
    const started = performance.now();
    const { outDir, pages, warnings } = await buildSite(dir, {
      ...(values.out && { outDir: values.out }),
      strict: Boolean(values.strict),
    });
    for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`);
    if (warnings.length)
      console.warn(
        `${warnings.length} placeholder(s) left: fill them in; \`--strict\` refuses to build with them`,
      );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `${pages.length} pages → ${relative(process.cwd(), outDir) || '.'} in ${seconds} s`,
    );
  } else if (command === 'dev') {
    const { startDev } = await import('./dev.js');
    await startDev(dir, { port: Number(values.port ?? 5173), watch: values.watch ?? [] });
  } else {
    console.log(usage);
    process.exitCode = values.help ? 0 : 1;
  }
} catch (error) {
  // One clear line for webmasters, whatever went wrong; the stack only when asked for.
  const debug = values.debug || Boolean(process.env.QIAOXIN_DEBUG);
  if (error instanceof SiteError) console.error(formatSiteError(error));
  else if (error instanceof OutputError) console.error(error.message);
  else console.error(`qiaoxin-site ${command ?? ''}: ${describeError(error)}`);
  if (debug && error instanceof Error) {
    console.error(error.stack);
    if (error.cause instanceof Error) console.error('Caused by:', error.cause.stack);
  }
  process.exitCode = 1;
}
