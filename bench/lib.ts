// Small helpers every bench shares: a seeded PRNG, a Markdown table, timing and child processes.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { performance } from 'node:perf_hooks';

const LITTLE_ENDIAN = endianness() === 'LE';

/** mulberry32 (shipped too: the gate shuffles histogram buckets with it). */
import { mulberry32 } from '../src/core/gate/index.js';
export { mulberry32 };

/** Convenience wrapper around mulberry32. */
export class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  /** Log-uniform integer in [min, max]: many small values, a few large ones. */
  logInt(min: number, max: number): number {
    return Math.round(Math.exp(Math.log(min) + this.next() * (Math.log(max) - Math.log(min))));
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }
  /** A fresh seed drawn from this generator, for an independent child generator. */
  seed(): number {
    return Math.floor(this.next() * 4294967296) >>> 0;
  }
  /** Fills `buffer` with pseudo-random bytes (incompressible, deterministic). */
  fill(buffer: Buffer): Buffer {
    const words = Math.floor(buffer.length / 4);
    if (LITTLE_ENDIAN && buffer.byteOffset % 4 === 0) {
      const view = new Uint32Array(buffer.buffer, buffer.byteOffset, words);
      for (let i = 0; i < words; i++) view[i] = (this.next() * 4294967296) >>> 0;
    } else {
      for (let i = 0; i < words; i++) buffer.writeUInt32LE((this.next() * 4294967296) >>> 0, i * 4);
    }
    for (let i = words * 4; i < buffer.length; i++) buffer[i] = (this.next() * 256) >>> 0;
    return buffer;
  }
}

export type Cell = string | number | boolean | null | undefined;

/**
 * A Markdown table (readable as plain text too). Columns of numbers are right-aligned, printed
 * as integers when every value is one, else with two decimals; null/undefined print as n/a.
 */
export function table(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const numeric = headers.map(
    (_, i) =>
      rows.some((row) => typeof row[i] === 'number') &&
      rows.every((row) => typeof row[i] === 'number' || row[i] == null),
  );
  const integral = headers.map((_, i) =>
    rows.every((row) => typeof row[i] !== 'number' || Number.isInteger(row[i])),
  );
  const text = rows.map((row) => headers.map((_, i) => cellText(row[i], integral[i] ? 0 : 2)));
  const widths = headers.map((h, i) =>
    Math.max(3, h.length, ...text.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (numeric[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(headers), rule, ...text.map(line)].join('\n');
}

function cellText(value: Cell, digits: number): string {
  if (value == null) return 'n/a';
  if (typeof value === 'number') return value.toFixed(digits);
  return String(value).replace(/\|/g, '\\|');
}

/** Runs `fn` and returns its result with the wall time it took, in milliseconds. */
export async function measure<T>(fn: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await fn();
  return { result, ms: performance.now() - start };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Rounds to `digits` decimals, for JSON output. */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * CPU time used by the whole machine so far (every process), in seconds, from /proc/stat; null
 * where there is none. (Busy time minus a process's own CPU, over wall time = other load.)
 */
export function systemCpuSeconds(): number | null {
  try {
    const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    // user nice system idle iowait irq softirq steal: everything but idle and iowait, in USER_HZ (100/s).
    const busy = [0, 1, 2, 5, 6, 7].reduce((sum, i) => sum + (fields[i] ?? 0), 0);
    return Number.isFinite(busy) && fields.length >= 8 ? busy / 100 : null;
  } catch {
    return null;
  }
}

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time from spawn to exit, in milliseconds. */
  ms: number;
}

/** Runs a command without a shell, capturing its output; never throws on a non-zero exit. */
export function runChild(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: performance.now() - start,
      });
    });
  });
}

/** The last non-empty line of `text` parsed as JSON (workers report that way). */
export function lastJsonLine<T>(text: string): T {
  const line = text.trimEnd().split('\n').pop() ?? '';
  return JSON.parse(line) as T;
}
