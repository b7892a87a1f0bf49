import os from 'node:os';
import path from 'node:path';

/** Waits `ms` or until `signal` aborts; the abort listener goes when the wait ends, so a gate of hours does not pile them up. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** A folder under the runner's temporary directory (RUNNER_TEMP, emptied after each job). */
export function runnerTemp(...parts: string[]): string {
  return path.join(process.env.RUNNER_TEMP || os.tmpdir(), ...parts);
}
