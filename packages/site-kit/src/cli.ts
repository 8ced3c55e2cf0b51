#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { buildSite } from './index.js';
import { OutputError } from './write/output.js';
import { SiteError, formatProblem, formatSiteError } from './site/problems.js';
import { describeError } from './system-errors.js';
import { langFromEnv, parseLang, setDefaultLang, t } from './messages/index.js';

const usage = `Usage:
  qiaoxin-site build [site folder] [--out <folder>]   build a portal (default: ./ into ./dist)
      [--strict]            for publishing: refuse while a placeholder (待填写) is left
  qiaoxin-site dev [site folder] [--port <n>]         serve it with reload on every change
      [--watch <folder>]…   also rebuild when a package source folder changes

  --out   a new or empty folder, or one a previous build wrote; never the site folder,
          a folder inside it other than dist, or a folder around it
  --lang  zh or en: the language of messages (default: the system locale, LANG; Chinese
          unless it is English)
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
    lang: { type: 'string' },
  },
});
// Webmasters read these messages: Chinese unless asked for English or on an English system.
const lang = parseLang(values.lang) ?? langFromEnv();
setDefaultLang(lang);
const [command, dir = '.'] = positionals;

try {
  if (values.lang !== undefined && !parseLang(values.lang)) {
    console.error(t('cli.badLang', { value: values.lang }));
    process.exitCode = 1;
  } else if (command === 'build') {
    const started = performance.now();
    const { outDir, pages, warnings } = await buildSite(dir, {
      ...(values.out && { outDir: values.out }),
      strict: Boolean(values.strict),
    });
    for (const warning of warnings)
      console.warn(t('cli.warning', { text: formatProblem(warning) }));
    if (warnings.length) console.warn(t('cli.placeholders', { count: warnings.length }));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const out = relative(process.cwd(), outDir) || '.';
    console.log(t('cli.built', { pages: pages.length, out, seconds }));
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
