/** Lists an output folder off the main thread (see listing.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { filesInNow } from './listing.js';

parentPort?.postMessage(filesInNow(workerData as string));
