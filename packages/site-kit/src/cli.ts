#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { buildSite } from './build/build.js';
import { formatSiteError } from './problems.js';

const usage = `Usage:
  qiaoxin-site build [site folder] [--out <folder>]   build a portal (default: ./ into ./dist)
  qiaoxin-site dev [site folder] [--port <n>]         serve it with reload on every change`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean' } },
});
const [command, dir = '.'] = positionals;

try {
  if (command === 'build') {
    const started = performance.now();
    const { outDir, pages } = await buildSite(dir, values.out ? { outDir: values.out } : {});
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `${pages.length} pages → ${relative(process.cwd(), outDir) || '.'} in ${seconds} s`,
    );
  } else if (command === 'dev') {
    const { startDev } = await import('./dev.js');
    await startDev(dir, { port: Number(values.port ?? 5173) });
  } else {
    console.log(usage);
    process.exitCode = values.help ? 0 : 1;
  }
} catch (error) {
  console.error(formatSiteError(error));
  process.exitCode = 1;
}
