// Loaded into the measured CLI with `node --import`: as the process exits, writes its own peak
// resident memory (VmHWM, which the kernel keeps exactly, unlike sampling) to the file named by
// QIAOXIN_BENCH_VMHWM. Only the main thread: workers get the same --import, and an earlier
// value written from a worker's exit would be overwritten anyway, but must not race with it.
import { readFileSync, writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.QIAOXIN_BENCH_VMHWM;
if (file && isMainThread)
  process.on('exit', () => {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) writeFileSync(file, String(Number(m[1]) * 1024));
  });
