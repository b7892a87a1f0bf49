import { logSumExp } from './stats.js';
import type { Verdict } from './judge.js';

/**
 * The bets of the latency shift test, whatever the samples look like (latencies one by one, or
 * counts per histogram bucket): a subclass cuts each batch into units and scores each unit at each
 * ratio r (index 0: 1×, the fail test; 1: 1 + tolerance, the pass test; then the interval's grid)
 * as the share of its pairs where the canary is slower than r × the baseline. Bounded bets on the
 * scores (wealth Π(1 ± λ(score − ½)), λ < 2), mixed over a few λ, are e-processes as long as a
 * unit's "up" score has expectation at most ½ when the canary is no more than r times slower, and
 * its "down" score at least ½ when it is at least r times slower.
 */
export abstract class ShiftBets {
  private readonly lambdas = [0.15, 0.4, 1, 1.9];
  private readonly fail: number[];
  private readonly pass: number[];
  /** Shift grid for the confidence interval: each 1 + δ, and the wealth of both one-sided tests. */
  private readonly grid: { ratio: number; up: number[]; down: number[] }[];
  /** The ratios each unit is scored at: 1, 1 + tolerance, then the grid's. */
  protected readonly ratios: number[];
  units = 0;

  constructor(
    readonly tolerance: number,
    options: { interval?: boolean } = {},
  ) {
    this.fail = this.lambdas.map(() => 0);
    this.pass = this.lambdas.map(() => 0);
    this.grid =
      options.interval === false
        ? []
        : // 0.5× to 4× in steps of 2^(1/19) ≈ 3.7%, with 1× itself on the grid (i = 19), so a
          // latency fail (no slower rejected at 1×) always shows an interval above 0.
          Array.from({ length: 58 }, (_, i) => ({
            ratio: 2 ** (-1 + i / 19),
            up: this.lambdas.map(() => 0),
            down: this.lambdas.map(() => 0),
          }));
    this.ratios = [1, 1 + tolerance, ...this.grid.map((g) => g.ratio)];
  }

  /** One unit's scores at each of `ratios`: `up` for the tests that the canary is slower, `down` faster. */
  protected betUnit(up: ArrayLike<number>, down: ArrayLike<number>): void {
    this.units += 1;
    bet(this.fail, this.lambdas, up[0] as number, 1);
    bet(this.pass, this.lambdas, down[1] as number, -1);
    this.grid.forEach((g, i) => {
      bet(g.up, this.lambdas, up[i + 2] as number, 1);
      bet(g.down, this.lambdas, down[i + 2] as number, -1);
    });
  }

  failLogE(): number {
    return logSumExp(this.fail) - Math.log(this.lambdas.length);
  }

  passLogE(): number {
    return logSumExp(this.pass) - Math.log(this.lambdas.length);
  }

  /**
   * The shifts (canary ÷ baseline − 1) not yet rejected at level α by either one-sided test:
   * an anytime-valid interval (null before any data or without the grid). Its ends are the grid
   * points where the rejections start, so it brackets the truth even when the latencies are so
   * tight (a quiet machine, a cache) that every grid point has been rejected on one side or the
   * other: the truth then lies between two neighbouring points.
   */
  interval(alpha: number): { lower: number; upper: number } | null {
    if (!this.grid.length || this.units === 0) return null;
    const limit = Math.log(2 / alpha);
    const logE = (w: number[]) => logSumExp(w) - Math.log(this.lambdas.length);
    const first = this.grid[0] as { ratio: number };
    const last = this.grid[this.grid.length - 1] as { ratio: number };
    // "Slower than r×" rejected upwards: the truth is above r. "Faster than r×" downwards: below.
    const above = this.grid.filter((g) => logE(g.up) >= limit).map((g) => g.ratio);
    const below = this.grid.filter((g) => logE(g.down) >= limit).map((g) => g.ratio);
    const lower = above.length ? Math.max(...above) : first.ratio;
    const upper = below.length ? Math.min(...below) : last.ratio;
    if (lower > upper) return null; // the two sides disagree: nothing to say yet
    return { lower: lower - 1, upper: upper - 1 };
  }

  /** The medians in ms, and the shift of the medians (canary p50 ÷ baseline p50 − 1). */
  abstract medians(): { canaryMs: number | null; baselineMs: number | null; shift: number | null };

  /** Both distributions as [upper edge in ms (null: timed out, or above the last bucket), count] rows. */
  abstract rows(): { canary: [number | null, number][]; baseline: [number | null, number][] };

  /** What limits the test, in words, when something does (coarse buckets); '' otherwise. */
  note(): string {
    return '';
  }
}

/**
 * Canary latency against baseline latency, anytime-valid and robust to heavy tails.
 *
 * Each batch (one look) brings canary and baseline latencies taken over the same period (HTTP
 * probes of both sent on the same schedule). The batch is cut into units, each one canary sample
 * with its own baseline samples (disjoint, assigned by position, never by value). A unit's score
 * at shift δ is the share of its pairs where the canary sample is slower than (1 + δ) × the
 * baseline sample (ties count half). If the canary is no more than (1 + δ) times slower in
 * distribution, the score's expectation is at most ½ whatever the distribution (heavy tails, a
 * shared slow warm-up, drift of both together); if it is at least (1 + δ) times slower, at least
 * ½: fail when "canary no slower" (δ = 0) is rejected, pass when "canary slower by the tolerance
 * or more" (δ = tolerance) is. Timeouts are +∞: slower than anything.
 */
export class LatencyShift extends ShiftBets {
  readonly canaryHistogram = new LogHistogram();
  readonly baselineHistogram = new LogHistogram();

  /** One batch of latencies in ms (timeouts as Infinity), each list in the order sent. */
  add(canary: readonly number[], baseline: readonly number[]): void {
    for (const v of canary) this.canaryHistogram.add(v);
    for (const v of baseline) this.baselineHistogram.add(v);
    const units = Math.min(canary.length, baseline.length);
    if (units === 0) return;
    const scores = this.ratios.map(() => 0);
    // Unit i: canary samples i, i + units, …; baseline samples likewise.
    for (let i = 0; i < units; i++) {
      const cs: number[] = [];
      const bs: number[] = [];
      for (let j = i; j < canary.length; j += units) cs.push(canary[j] as number);
      for (let j = i; j < baseline.length; j += units) bs.push(baseline[j] as number);
      this.ratios.forEach((r, k) => (scores[k] = score(cs, bs, r)));
      this.betUnit(scores, scores);
    }
  }

  medians(): { canaryMs: number | null; baselineMs: number | null; shift: number | null } {
    const c = this.canaryHistogram.quantile(0.5);
    const b = this.baselineHistogram.quantile(0.5);
    return { canaryMs: c, baselineMs: b, shift: c !== null && b ? c / b - 1 : null };
  }

  rows(): { canary: [number | null, number][]; baseline: [number | null, number][] } {
    return { canary: this.canaryHistogram.rows(), baseline: this.baselineHistogram.rows() };
  }
}

/** Share of pairs with canary > ratio × baseline, ties counting half. */
function score(cs: readonly number[], bs: readonly number[], ratio: number): number {
  let s = 0;
  for (const c of cs)
    for (const b of bs) {
      const scaled = b === Infinity ? Infinity : b * ratio;
      s += c > scaled ? 1 : c === scaled ? 0.5 : 0;
    }
  return s / (cs.length * bs.length);
}

function bet(wealth: number[], lambdas: readonly number[], x: number, direction: 1 | -1): void {
  for (let k = 0; k < lambdas.length; k++)
    wealth[k] =
      (wealth[k] as number) + Math.log(1 + (lambdas[k] as number) * direction * (x - 0.5));
}

/**
 * Latencies in log-spaced buckets (`growth` − 1 wide, 10% by default, from `floor` ms), Infinity
 * (a timeout) in its own: constant memory however many, for quantiles and charts.
 */
export class LogHistogram {
  readonly counts = new Map<number, number>();
  total = 0;
  constructor(
    private readonly floor = 0.1,
    private readonly growth = 1.1,
  ) {}
  add(ms: number): void {
    const bucket =
      ms === Infinity
        ? Infinity
        : Math.max(
            0,
            Math.ceil(Math.log(Math.max(ms, this.floor) / this.floor) / Math.log(this.growth)),
          );
    this.counts.set(bucket, (this.counts.get(bucket) ?? 0) + 1);
    this.total += 1;
  }
  /** A bucket's upper edge in ms. */
  edge(bucket: number): number {
    return bucket === Infinity ? Infinity : this.floor * this.growth ** bucket;
  }
  /** [upper edge in ms (null: timed out), count] rows, fastest first. */
  rows(): [number | null, number][] {
    return [...this.counts.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([bucket, count]) => {
        const edge = this.edge(bucket);
        return [edge === Infinity ? null : Math.round(edge * 10) / 10, count];
      });
  }
  quantile(q: number): number | null {
    if (!this.total) return null;
    const target = Math.ceil(q * this.total);
    let seen = 0;
    for (const bucket of [...this.counts.keys()].sort((a, b) => a - b)) {
      seen += this.counts.get(bucket) as number;
      if (seen >= target) return this.edge(bucket);
    }
    return null;
  }
}

/** The HTTP checks' latencies: 5% buckets from 0.01 ms, for each side's p95. */
export class LatencyHistogram extends LogHistogram {
  constructor() {
    super(0.01, 1.05);
  }
}

export interface LatencyShiftSummary {
  canaryP50Ms: number | null;
  baselineP50Ms: number | null;
  shift: number | null;
  interval: { lower: number; upper: number } | null;
  tolerance: number;
  failE: number;
  passE: number;
  units: number;
  /** In words, e.g. "canary p50 131 ms vs baseline 100 ms (+31%, 95% interval +24% to +38%)". */
  words: string;
  /** What limits the comparison (buckets too coarse for the tolerance), when something does. */
  note?: string;
}

const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(Math.round(x * 100))}%`;

export function describeShift(shift: ShiftBets, alpha: number): LatencyShiftSummary {
  const m = shift.medians();
  const ci = shift.interval(alpha);
  const ms = (v: number | null) =>
    v === null ? 'n/a' : v === Infinity ? 'timeout' : `${Math.round(v)} ms`;
  const conf = `${+((1 - alpha) * 100).toFixed(2)}%`;
  const words =
    `canary p50 ${ms(m.canaryMs)} vs baseline ${ms(m.baselineMs)}` +
    (m.shift === null || !Number.isFinite(m.shift)
      ? ''
      : ` (${signed(m.shift)}${ci ? `, ${conf} interval ${signed(ci.lower)} to ${ci.upper >= 7 ? 'beyond +700%' : signed(ci.upper)}` : ''})`);
  return {
    canaryP50Ms: m.canaryMs,
    baselineP50Ms: m.baselineMs,
    shift: m.shift,
    interval: ci,
    tolerance: shift.tolerance,
    failE: Math.exp(shift.failLogE()),
    passE: Math.exp(shift.passLogE()),
    units: shift.units,
    words,
    ...(shift.note() ? { note: shift.note() } : {}),
  };
}

/** The latency comparison's own verdict at its share of α (fail) and at α (pass). */
export function latencyVerdict(
  shift: ShiftBets,
  failAlpha: number,
  passAlpha: number,
  reportAlpha: number,
): Verdict {
  const d = describeShift(shift, reportAlpha);
  const tol = `${Math.round(shift.tolerance * 100)}% tolerance`;
  if (shift.failLogE() >= Math.log(1 / failAlpha))
    return { state: 'fail', reason: `latency: ${d.words}, slower than the baseline (${tol})` };
  if (shift.passLogE() >= Math.log(1 / passAlpha))
    return { state: 'pass', reason: `latency: ${d.words}, within the ${tol}` };
  return { state: 'continue' };
}
