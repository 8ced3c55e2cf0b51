// Runs a command and measures it as a whole: wall time, and the peak of the summed resident
// memory of the process and every descendant (worker threads share their process's memory, but
// the build also starts Pagefind's binary as a child process), sampled from /proc.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** `VmRSS`-style field of /proc/<pid>/status in bytes, or 0 when the process is gone. */
function statusBytes(pid, field) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Children of every thread of `pid` (a child started from a worker thread is listed there). */
function childrenOf(pid) {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean),
    );
  } catch {
    return [];
  }
}

/** The summed RSS of `pid` and its descendants, in bytes. */
export function treeRss(pid) {
  let total = 0;
  const seen = new Set();
  const todo = [String(pid)];
  while (todo.length) {
    const p = todo.pop();
    if (seen.has(p)) continue;
    seen.add(p);
    total += statusBytes(p, 'VmRSS');
    todo.push(...childrenOf(p));
  }
  return total;
}

/** Whether /proc can tell the children of a process (Linux with CONFIG_PROC_CHILDREN). */
export const canMeasure = () => {
  try {
    readFileSync(`/proc/${process.pid}/task/${process.pid}/children`);
    return true;
  } catch {
    return false;
  }
};

const running = new Set();

/**
 * Stops every measured command still running, with its descendants: each runs in its own
 * process group (so a Ctrl-C reaches the bench, which decides), and the group is killed.
 * Resolves once each command has exited: a killed process with many threads takes a moment
 * to go, and the bench must not leave one behind when it exits itself.
 */
export function stopAll() {
  const stopping = [...running].map(
    (child) =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', resolve);
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          resolve(); // already gone
        }
      }),
  );
  return Promise.all(stopping);
}

/**
 * Runs `command args`; resolves with { code, output, seconds, peakRss } where peakRss is the
 * largest summed RSS of the tree seen in samples every `interval` ms. `onStart(pid)` is called
 * once the command is running (exec'd: its /proc/<pid>/cmdline is the command's own).
 */
export function measure(command, args, { cwd, env, interval = 50, onStart } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    running.add(child);
    if (onStart) child.once('spawn', () => onStart(child.pid));
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peakRss = 0;
    const sample = () => {
      if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
    };
    const timer = setInterval(sample, interval);
    sample();
    let seconds = 0;
    child.on('exit', () => {
      seconds = (performance.now() - started) / 1000;
      clearInterval(timer);
    });
    child.on('error', (error) => {
      clearInterval(timer);
      running.delete(child);
      reject(error);
    });
    child.on('close', (code, signal) => {
      running.delete(child);
      resolve({ code: code ?? signal, output, seconds, peakRss });
    });
  });
}
