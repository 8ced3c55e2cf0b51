/**
 * Parsing pages ahead of the build's thread: a worker thread parses the pages the parse cache
 * lacks from the last one back while the site loads from the first one on, and the pages it
 * parsed are in the cache by the time the loader gets to them. Loading 10,000 new articles
 * kept one core busy for 3 s or more while the other waited for the pages to render. With the
 * worker (which parses 7,000–8,500 of them) a process that only loads them took 3.64 s instead
 * of 3.87 s (medians of 8 runs each, in turn), for 1.2 s more CPU on the idle core: most of the
 * loader's time is its own work on each page (stats, validation, checks), not parsing.
 *
 * The two meet in the middle: each takes a page by marking it in shared memory, the loader as
 * it comes to it, the worker before parsing it, and the worker stops at the first page the
 * loader has taken. Its pages are handed over through a message port the loader reads
 * synchronously (`receiveMessageOnPort`): its loop never yields to the event loop.
 */
import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
} from 'node:worker_threads';
import type { ParsedPage } from './parse-cache.js';

/** A page the worker parsed: what the cache keeps of it (parse-cache.ts `set`). */
export interface ParsedAhead {
  file: string;
  stamp: string | undefined;
  digest: string;
  page: ParsedPage;
}

export interface AheadSetup {
  dir: string;
  /** Site-relative paths, in the order the loader reads them. */
  files: string[];
  /** One Int32 per file: 1 once the loader or the worker has taken it. */
  taken: SharedArrayBuffer;
  port: MessagePort;
}

/**
 * Fewer pages than this are parsed by the loader alone: a worker takes 0.3 s to start.
 * `QIAOXIN_PARSE_AHEAD_FROM` changes it (the tests parse small sites ahead).
 */
export function aheadFrom(): number {
  const from = Number(process.env.QIAOXIN_PARSE_AHEAD_FROM);
  return Number.isInteger(from) && from > 0 ? from : 256;
}

export interface Ahead {
  /** Hands over what the worker parsed so far, then takes `file` for the loader. */
  take(file: string): void;
  /** How many pages the worker has handed over. */
  readonly delivered: number;
  /** Stops the worker once the load is over (or stopped at a problem): nothing needs its pages. */
  stop(): void;
}

export function parseAhead(
  dir: string,
  files: string[],
  deliver: (parsed: ParsedAhead) => void,
): Ahead {
  const taken = new SharedArrayBuffer(files.length * 4);
  const flags = new Int32Array(taken);
  const index = new Map(files.map((file, i) => [file, i]));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL('./parse-ahead-worker.js', import.meta.url), {
    workerData: { dir, files, taken, port: port2 } satisfies AheadSetup,
    transferList: [port2],
  });
  // Only ever a shortcut: a worker that fails leaves its pages to the loader.
  worker.on('error', () => undefined);
  worker.unref();
  let delivered = 0;
  return {
    take(file) {
      for (let got = receiveMessageOnPort(port1); got; got = receiveMessageOnPort(port1)) {
        for (const parsed of got.message as ParsedAhead[]) deliver(parsed);
        delivered += (got.message as ParsedAhead[]).length;
      }
      const i = index.get(file);
      if (i !== undefined) Atomics.store(flags, i, 1);
    },
    get delivered() {
      return delivered;
    },
    stop: () => void worker.terminate(),
  };
}
