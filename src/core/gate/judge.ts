import {
  describeShift,
  LatencyShift,
  type LatencyShiftSummary,
  type ShiftBets,
} from './latency.js';
import { BettingEProcess, Dispersion, errorShare, rateBounds, ratesAbove } from './stats.js';

/** Counts observed for one target over a period. */
export interface Counts {
  requests: number;
  errors: number;
  /** Requests slower than max-latency (HTTP probes only). */
  slow: number;
}

export type Verdict =
  { state: 'continue' } | { state: 'pass'; reason: string } | { state: 'fail'; reason: string };

export interface JudgeSettings {
  /** Chance of a false fail, and separately of a false pass, for this check, however often it looks. */
  alpha: number;
  maxErrorRate: number;
  /** A canary may have up to this many times the baseline's error rate and still pass. */
  tolerance: number;
  minSamples: number;
  /**
   * Share of α this check's fail tests may spend (default 1): a rollout that runs a gate per
   * step gives each step 1 / steps (family.ts). The pass side always uses α.
   */
  failShare?: number;
  /** Judge the share of slow requests (p95 ≤ max-latency ⇔ at most 5% slower than it). */
  latency: boolean;
  maxLatencyMs?: number;
  /**
   * With a baseline and latency samples of both: the canary may be up to this much slower
   * (0.1 = 10%) and still pass; a canary shown slower than the baseline fails.
   */
  maxLatencyIncrease?: number;
}

/** Error-rate ratios the canary-vs-baseline fail test bets on: tuned by bench/health-gate.ts. */
export const RATIO_GRID = { low: 2.5, high: 5, points: 2 };
/**
 * Blocks the canary-vs-baseline tests are judged on: a block closes at the first look after
 * `minMs` with no error in either group (so a clump of errors is not cut in two), or at `maxMs`.
 */
export const BLOCK = { minMs: 2000, maxMs: 4000 };
const SLOW_SHARE = 0.05;
/** Share of a check's false-fail budget α given to the latency comparison (max-latency-increase). */
export const SHIFT_SHARE = 0.25;

/** What a pass says, for reports: the ratio was shown below tolerance, no errors at all, or (no baseline) the guardrails alone. */
export type PassBasis = 'ratio' | 'no-errors' | 'guardrails';

export interface JudgeDiagnostics {
  /** Blocks of the canary-vs-baseline tests so far. */
  blocks: number;
  /** Over-dispersion of the canary's share of errors per block (1 = independent errors, k = clumps of k). */
  dispersion: number | null;
  /** Canary error rate ÷ baseline's, pooled. */
  ratio: number | null;
  /** e-values: fail (canary worse) and pass (ratio below tolerance). */
  failE?: number;
  passE?: number;
  passBasis?: PassBasis;
}

/**
 * Decides one check from counts, soundly at every look.
 *
 * Fail: an e-process reaches 1/α'. The false-alarm budget α is split between the tests that can
 * fail the check (canary vs baseline gets 80% of it, the guardrails the rest), so a healthy
 * check fails with chance at most α however often it looks.
 *
 * Pass: every statement a pass makes is itself tested at α: the guardrails by anytime-valid upper
 * bounds, and with a baseline "canary error rate < tolerance × baseline's" by its own e-process
 * (a canary at or above the tolerance passes with chance at most α).
 *
 * Both canary-vs-baseline tests bet on the canary's share of each block's errors against the share
 * it would have at ratio 1 (fail) or at the tolerance (pass), with bets fixed before the block is
 * seen and sized by the over-dispersion seen so far: they assume only that the canary's expected
 * share of errors in a block is its share of traffic (scaled by the ratio), not that errors are
 * independent, so errors in clumps (a bad pod, a retry storm) cannot manufacture evidence.
 */
export class CountJudge {
  readonly canary: Counts = { requests: 0, errors: 0, slow: 0 };
  readonly baseline: Counts = { requests: 0, errors: 0, slow: 0 };
  /** Canary worse than baseline (fail). */
  readonly ratio?: BettingEProcess;
  /** Canary ratio below tolerance (pass). */
  readonly passTest?: BettingEProcess;
  readonly errorGuard: RateGuard;
  readonly slowGuard?: RateGuard;
  readonly dispersion = new Dispersion();
  /** Canary latency vs baseline latency (max-latency-increase). */
  readonly latencyShift?: ShiftBets;
  private readonly budget: { ratio: number; errors: number; slow: number; shift: number };
  private readonly failRhos: number[];
  private readonly passRhos: number[];
  private block = { canary: zero(), baseline: zero(), startMs: 0 };
  private clockMs = 0;

  /**
   * `makeShift` makes the latency comparison (max-latency-increase) from the tolerance: latencies one
   * by one (HTTP probes) unless the check reads them otherwise (histogram buckets).
   */
  constructor(
    readonly settings: JudgeSettings,
    readonly hasBaseline: boolean,
    makeShift: (tolerance: number) => ShiftBets = (t) => new LatencyShift(t),
  ) {
    if (!(settings.tolerance > 1))
      throw new Error(`tolerance must be above 1 (got ${settings.tolerance})`);
    this.failRhos = checkRatioGrid(RATIO_GRID);
    // The pass test bets on a canary as good as the baseline, or a bit better.
    this.passRhos = [1, 1 / Math.sqrt(settings.tolerance)];
    if (hasBaseline) {
      this.ratio = new BettingEProcess(1, this.failRhos.length);
      this.passTest = new BettingEProcess(-1, this.passRhos.length);
    }
    this.errorGuard = new RateGuard(settings.maxErrorRate);
    if (settings.latency) this.slowGuard = new RateGuard(SLOW_SHARE);
    if (hasBaseline && settings.maxLatencyIncrease !== undefined)
      this.latencyShift = makeShift(settings.maxLatencyIncrease);
    const a = settings.alpha * (settings.failShare ?? 1);
    // The comparison with the baseline is what finds subtle regressions: it gets most of the
    // budget. The guardrails catch gross failures, which cross any threshold within seconds.
    const shift = this.latencyShift ? SHIFT_SHARE : 0;
    if (hasBaseline)
      this.budget = settings.latency
        ? { ratio: (0.8 - shift) * a, errors: 0.1 * a, slow: 0.1 * a, shift: shift * a }
        : { ratio: (0.9 - shift) * a, errors: 0.1 * a, slow: 0, shift: shift * a };
    else
      this.budget = settings.latency
        ? { ratio: 0, errors: 0.5 * a, slow: 0.5 * a, shift: 0 }
        : { ratio: 0, errors: a, slow: 0, shift: 0 };
  }

  /**
   * Adds one batch (one look's worth) of counts. `atMs` is the time of the look since the
   * start; without it each call counts as one second.
   */
  add(canary: Counts, baseline?: Counts, atMs?: number): void {
    this.clockMs = atMs ?? this.clockMs + 1000;
    add(this.canary, canary);
    if (baseline) add(this.baseline, baseline);
    this.errorGuard.update(canary.errors, canary.requests);
    this.slowGuard?.update(canary.slow, canary.requests);
    if (!this.ratio || !baseline) return;
    add(this.block.canary, canary);
    add(this.block.baseline, baseline);
    const age = this.clockMs - this.block.startMs;
    const quiet = canary.errors + baseline.errors === 0;
    if ((age >= BLOCK.minMs && quiet) || age >= BLOCK.maxMs) this.closeBlock();
  }

  /** Latencies (ms; timeouts as Infinity) of canary and baseline over the same period, in the order sent. */
  addLatencies(canary: readonly number[], baseline: readonly number[]): void {
    if (this.latencyShift instanceof LatencyShift) this.latencyShift.add(canary, baseline);
  }

  /** The latency comparison in words and figures (undefined without max-latency-increase). */
  latencySummary(): LatencyShiftSummary | undefined {
    return this.latencyShift ? describeShift(this.latencyShift, this.settings.alpha) : undefined;
  }

  private closeBlock(): void {
    const { canary: c, baseline: b } = this.block;
    this.block = { canary: zero(), baseline: zero(), startMs: this.clockMs };
    const errors = c.errors + b.errors;
    if (c.requests <= 0 || b.requests <= 0 || errors === 0) return;
    const s = c.requests / (c.requests + b.requests);
    const x = c.errors / errors;
    // Bets are sized from the dispersion seen before this block: fixed before it is seen.
    const effective = errors / this.dispersion.value();
    const failNull = s;
    this.ratio?.update(
      x,
      failNull,
      this.failRhos.map((r) => errorShare(r, s)),
      effective,
    );
    this.passTest?.update(
      x,
      errorShare(this.settings.tolerance, s),
      this.passRhos.map((r) => errorShare(r, s)),
      effective,
    );
    // Then the block joins the dispersion estimate, against the pooled ratio before it. Before
    // any error there is no ratio to hold it against: guessing 1 would count a worse canary's
    // first block (tens of errors in one vendor bucket) as huge over-dispersion and shrink every
    // later bet, so the first block with errors only seeds the ratio.
    const before = this.canary.errors + this.baseline.errors - errors;
    const rho = this.pooledRatio(c, b);
    if (before === 0 || rho === null) return;
    const pi = errorShare(rho, s);
    this.dispersion.add(c.errors, errors * pi, errors * pi * (1 - pi));
  }

  /** Canary error rate ÷ baseline's over everything before `less` (a block just closed). */
  private pooledRatio(lessC?: Counts, lessB?: Counts): number | null {
    const ce = this.canary.errors - (lessC?.errors ?? 0);
    const cn = this.canary.requests - (lessC?.requests ?? 0);
    const be = this.baseline.errors - (lessB?.errors ?? 0);
    const bn = this.baseline.requests - (lessB?.requests ?? 0);
    if (cn <= 0 || bn <= 0) return null;
    // Half an error added to each side keeps it finite and near 1 with little data.
    return ((ce + 0.5) / cn / ((be + 0.5) / bn)) as number;
  }

  diagnostics(): JudgeDiagnostics {
    return {
      blocks: this.ratio?.batches ?? 0,
      dispersion: this.dispersion.raw(),
      ratio: this.hasBaseline ? this.pooledRatio() : null,
      ...(this.ratio ? { failE: Math.exp(this.ratio.logE()) } : {}),
      ...(this.passTest ? { passE: Math.exp(this.passTest.logE()) } : {}),
    };
  }

  /** Over-dispersion, in words, for reasons. */
  private clumping(): string {
    const d = this.dispersion.raw();
    if (d === null || d < 2) return '';
    return `; errors come in clumps (over-dispersion ${d.toFixed(1)}×), which the test allows for`;
  }

  /**
   * The decision so far. With `final` (the gate's time is up): a check where neither side has had
   * a single error passes on that basis. Never earlier: no errors yet may only mean too few
   * requests for a low rate, or errors that come in clumps and have not come yet, and a pass then
   * would say nothing about the ratio (a 1.5× canary with clumped errors was passed that way).
   */
  verdict(options: { final?: boolean } = {}): Verdict & { basis?: PassBasis } {
    const c = this.canary;
    const b = this.baseline;
    const s = this.settings;
    if (this.ratio && this.ratio.logE() >= Math.log(1 / this.budget.ratio)) {
      return {
        state: 'fail',
        reason: `canary error rate ${pct(c.errors, c.requests)} is higher than the baseline's ${pct(b.errors, b.requests)} (about ${(this.pooledRatio() ?? 1).toFixed(1)}×; e-value ${fmtE(this.ratio.logE())} ≥ ${fmtE(Math.log(1 / this.budget.ratio))}${this.clumping()})`,
      };
    }
    const ls = this.latencyShift;
    if (ls && ls.failLogE() >= Math.log(1 / this.budget.shift)) {
      return {
        state: 'fail',
        reason: `latency: ${describeShift(ls, s.alpha).words}: slower than the baseline (e-value ${fmtE(ls.failLogE())} ≥ ${fmtE(Math.log(1 / this.budget.shift))}; max-latency-increase ${Math.round(ls.tolerance * 100)}%)`,
      };
    }
    if (this.errorGuard.logE() >= Math.log(1 / this.budget.errors)) {
      return {
        state: 'fail',
        reason: `error rate ${pct(c.errors, c.requests)} is above max-error-rate ${(s.maxErrorRate * 100).toFixed(2)}% (${c.errors} of ${c.requests})`,
      };
    }
    if (this.slowGuard && this.slowGuard.logE() >= Math.log(1 / this.budget.slow)) {
      return {
        state: 'fail',
        reason: `p95 latency is above max-latency ${s.maxLatencyMs}ms (${c.slow} of ${c.requests} requests slower)`,
      };
    }
    if (c.requests < s.minSamples || (this.hasBaseline && b.requests < s.minSamples))
      return { state: 'continue' };
    const errorUpper = rateBounds(c.errors, c.requests, s.alpha).upper;
    if (errorUpper > s.maxErrorRate) return { state: 'continue' };
    if (this.slowGuard && rateBounds(c.slow, c.requests, s.alpha).upper > SLOW_SHARE)
      return { state: 'continue' };
    if (ls && ls.passLogE() < Math.log(1 / s.alpha)) return { state: 'continue' };
    const latencyWords = ls
      ? `; latency: ${describeShift(ls, s.alpha).words}, within the ${Math.round(ls.tolerance * 100)}% max-latency-increase`
      : '';
    const under = `(≤ ${(errorUpper * 100).toFixed(2)}% with ${pctConf(s.alpha)} confidence)`;
    if (this.passTest) {
      if (c.errors === 0 && b.errors === 0) {
        if (!options.final) return { state: 'continue' };
        return {
          state: 'pass',
          basis: 'no-errors',
          reason: `no errors in the canary or the baseline for the whole time (${c.requests} and ${b.requests} requests): nothing to compare; canary error rate ${under} is under max-error-rate ${(s.maxErrorRate * 100).toFixed(2)}%${latencyWords}`,
        };
      }
      if (this.passTest.logE() < Math.log(1 / s.alpha)) return { state: 'continue' };
      return {
        state: 'pass',
        basis: 'ratio',
        reason: `canary error rate ${pct(c.errors, c.requests)} is within ${s.tolerance}× the baseline's ${pct(b.errors, b.requests)} (about ${(this.pooledRatio() ?? 1).toFixed(2)}×; e-value ${fmtE(this.passTest.logE())} ≥ ${fmtE(Math.log(1 / s.alpha))} against ${s.tolerance}× or worse${this.clumping()})${latencyWords}`,
      };
    }
    return {
      state: 'pass',
      basis: 'guardrails',
      reason: `error rate ${pct(c.errors, c.requests)} ${under} is under max-error-rate ${(s.maxErrorRate * 100).toFixed(2)}%`,
    };
  }
}

/**
 * One rate against a fixed bound, H0 "p ≤ p0" (error rate ≤ max-error-rate, or share of slow
 * requests ≤ 5%, i.e. p95 ≤ max-latency): bounded bets on each look's share of events, sized by
 * the over-dispersion seen so far, mixed over alternatives above p0 spaced evenly in log-odds.
 * Each look can multiply the evidence by at most 1/p0, so a single burst cannot fail a check.
 */
export class RateGuard {
  private readonly test: BettingEProcess;
  private readonly alts: number[];
  readonly dispersion = new Dispersion();
  n = 0;
  x = 0;
  constructor(
    readonly p0: number,
    points = 6,
  ) {
    this.alts = ratesAbove(p0, 0.5, 0.95, points);
    this.test = new BettingEProcess(1, points);
  }
  update(events: number, trials: number): void {
    if (trials <= 0) return;
    this.test.update(events / trials, this.p0, this.alts, trials / this.dispersion.value());
    const p = (this.x + 0.5) / (this.n + 1);
    this.dispersion.add(events, trials * p, trials * p * (1 - p));
    this.n += trials;
    this.x += events;
  }
  logE(): number {
    return this.test.logE();
  }
}

/**
 * The ratios the fail test bets on, checked: every one must be above 1. A ratio at or below 1
 * bets that the canary is no worse, which is the null itself, and a grid reaching below 1 would
 * let "canary as good as baseline" build evidence of being worse.
 */
export function checkRatioGrid(grid: { low: number; high: number; points: number }): number[] {
  const { low, high, points } = grid;
  if (!(low > 1) || !(high >= low) || !Number.isInteger(points) || points < 1)
    throw new Error(
      `ratio grid ${low}–${high} × ${points} is invalid: every ratio the fail test bets on must be above 1, high ≥ low, and points a whole number ≥ 1`,
    );
  return ratioGrid(low, high, points);
}

function ratioGrid(low: number, high: number, points: number): number[] {
  if (points === 1) return [Math.sqrt(low * high)];
  const step = Math.log(high / low) / (points - 1);
  return Array.from({ length: points }, (_, i) => low * Math.exp(step * i));
}

function zero(): Counts {
  return { requests: 0, errors: 0, slow: 0 };
}

function add(into: Counts, from: Counts): void {
  into.requests += from.requests;
  into.errors += from.errors;
  into.slow += from.slow;
}

export function pct(errors: number, requests: number): string {
  return requests ? `${((errors / requests) * 100).toFixed(2)}%` : 'n/a';
}

function pctConf(alpha: number): string {
  return `${+((1 - alpha) * 100).toFixed(2)}%`;
}

function fmtE(logE: number): string {
  const e = Math.exp(logE);
  return e >= 1000 ? e.toExponential(1) : e.toFixed(1);
}
