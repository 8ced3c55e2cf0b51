/** Parses pages from the last one back until it meets the build's loader (parse-ahead.ts). */
import { join } from 'node:path';
import { workerData } from 'node:worker_threads';
import { splitFrontMatter } from './front-matter.js';
import { parsedText } from './page-text.js';
import { digestOfText, stampOf } from './parse-cache.js';
import type { AheadSetup, ParsedAhead } from './parse-ahead.js';
import { maxMarkdownBytes, readSiteText } from './read-text.js';

const { dir, files, taken, port } = workerData as AheadSetup;
const flags = new Int32Array(taken);
let batch: ParsedAhead[] = [];
for (let i = files.length - 1; i >= 0; i--) {
  if (Atomics.exchange(flags, i, 1)) break; // the loader has come this far
  const file = files[i] as string;
  const path = join(dir, file);
  // As parse-cache.ts `parsedPage`: the stamp before the text, and pages without problems only
  // (the loader reads the others again and reports their problems).
  const stamp = stampOf(path);
  const read = await readSiteText(path, maxMarkdownBytes);
  if (!('text' in read)) continue;
  const split = splitFrontMatter(read.text);
  if (!('data' in split) || split.data.errors.length) continue;
  const { value, rendered, lead, body, bodyLine, marked } = parsedText(read.text, split);
  const page = { value, rendered, lead, body, bodyLine, marked }; // without its lines (functions)
  batch.push({ file, stamp, digest: digestOfText(file, read.text), page });
  if (batch.length === 16) {
    port.postMessage(batch);
    batch = [];
  }
}
port.postMessage(batch);
port.close();
