// Runs a bench as the README gives it, for the bench tests: its output line by line, and the
// processes it may leave behind.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { EventEmitter, once } from 'node:events';
import { createInterface } from 'node:readline';

/**
 * Starts the bench (a script path). Its stdout and stderr are read line by line (readline), so a line is
 * matched only once it is whole: `output()` is every line so far, `waitFor(re)` resolves with
 * the match of the first line (earlier or to come) that `re` matches, and rejects if the bench
 * exits first.
 */
export function startBench(bench, args, env = process.env) {
  const child = spawn(process.execPath, [bench, ...args], { env });
  const lines = [];
  const events = new EventEmitter();
  for (const stream of [child.stdout, child.stderr])
    createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      events.emit('line', line);
    });
  const exited = once(child, 'close').then(([code]) => code);
  const output = () => lines.join('\n');
  return {
    child,
    exited,
    output,
    waitFor: (re) =>
      new Promise((resolve, reject) => {
        const seen = lines.map((line) => re.exec(line)).find(Boolean);
        if (seen) return resolve(seen);
        const onLine = (line) => {
          const m = re.exec(line);
          if (!m) return;
          events.off('line', onLine);
          resolve(m);
        };
        events.on('line', onLine);
        exited.then(() => reject(new Error(`exited before ${re}:\n${output()}`)));
      }),
  };
}

/** Processes whose command line names `path` (the builds name their site folder). */
export const processesNaming = (path) =>
  readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(path);
      } catch {
        return false; // gone meanwhile
      }
    });
