/** Lists an output folder off the main thread (see listing.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { filesIn } from './listing.js';

parentPort?.postMessage(await filesIn(workerData as string));
