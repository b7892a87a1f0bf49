import { RateEProcess, RatioEProcess, rateBounds } from './stats.js';

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
  alpha: number;
  maxErrorRate: number;
  /** A canary may have up to this many times the baseline's error rate and still pass. */
  tolerance: number;
  minSamples: number;
  /** Judge the share of slow requests (p95 ≤ max-latency ⇔ at most 5% slower than it). */
  latency: boolean;
  maxLatencyMs?: number;
}

/** Error-rate ratios the canary-vs-baseline mixture bets on: tuned by bench/health-gate.ts. */
export const RATIO_GRID = { low: 2, high: 5, points: 3 };
const SLOW_SHARE = 0.05;

/**
 * Decides one check from counts, soundly at every look. Failing needs an e-process to reach
 * 1/α'; the false-alarm budget α is split between the tests that can fail the check
 * (canary vs baseline gets 90–95% of it), so the check as a whole keeps α however often it looks.
 * Passing needs min-samples, anytime-valid upper bounds under the guardrails, and with a
 * baseline a canary upper bound within `tolerance` × the baseline's.
 */
export class CountJudge {
  readonly canary: Counts = { requests: 0, errors: 0, slow: 0 };
  readonly baseline: Counts = { requests: 0, errors: 0, slow: 0 };
  readonly ratio?: RatioEProcess;
  readonly errorGuard: RateEProcess;
  readonly slowGuard?: RateEProcess;
  private readonly budget: { ratio: number; errors: number; slow: number };

  constructor(
    readonly settings: JudgeSettings,
    readonly hasBaseline: boolean,
  ) {
    if (hasBaseline)
      this.ratio = new RatioEProcess(RATIO_GRID.low, RATIO_GRID.high, RATIO_GRID.points);
    this.errorGuard = new RateEProcess(settings.maxErrorRate);
    if (settings.latency) this.slowGuard = new RateEProcess(SLOW_SHARE);
    const a = settings.alpha;
    // The comparison with the baseline is what finds subtle regressions: it gets most of the
    // budget. The guardrails catch gross failures, which cross any threshold within seconds.
    if (hasBaseline)
      this.budget = settings.latency
        ? { ratio: 0.9 * a, errors: 0.05 * a, slow: 0.05 * a }
        : { ratio: 0.95 * a, errors: 0.05 * a, slow: 0 };
    else
      this.budget = settings.latency
        ? { ratio: 0, errors: 0.5 * a, slow: 0.5 * a }
        : { ratio: 0, errors: a, slow: 0 };
  }

  add(canary: Counts, baseline?: Counts): void {
    add(this.canary, canary);
    if (baseline) add(this.baseline, baseline);
    this.errorGuard.update(canary.errors, canary.requests);
    this.slowGuard?.update(canary.slow, canary.requests);
    if (this.ratio && baseline)
      this.ratio.update(canary.errors, canary.requests, baseline.errors, baseline.requests);
  }

  verdict(): Verdict {
    const c = this.canary;
    const s = this.settings;
    if (this.ratio && this.ratio.logE() >= Math.log(1 / this.budget.ratio)) {
      return {
        state: 'fail',
        reason: `canary error rate ${pct(c.errors, c.requests)} is higher than the baseline's ${pct(this.baseline.errors, this.baseline.requests)} (about ${this.ratio.bestRatio().toFixed(1)}×; e-value ${fmtE(this.ratio.logE())} ≥ ${fmtE(Math.log(1 / this.budget.ratio))})`,
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
    if (c.requests < s.minSamples || (this.hasBaseline && this.baseline.requests < s.minSamples))
      return { state: 'continue' };
    const errorUpper = rateBounds(c.errors, c.requests, s.alpha).upper;
    if (errorUpper > s.maxErrorRate) return { state: 'continue' };
    if (this.slowGuard && rateBounds(c.slow, c.requests, s.alpha).upper > SLOW_SHARE)
      return { state: 'continue' };
    if (this.hasBaseline) {
      const baselineUpper = rateBounds(this.baseline.errors, this.baseline.requests, s.alpha).upper;
      if (errorUpper > s.tolerance * baselineUpper) return { state: 'continue' };
      return {
        state: 'pass',
        reason: `canary error rate ${pct(c.errors, c.requests)} (≤ ${(errorUpper * 100).toFixed(2)}% with ${pctConf(s.alpha)} confidence) is within ${s.tolerance}× the baseline's ${pct(this.baseline.errors, this.baseline.requests)}`,
      };
    }
    return {
      state: 'pass',
      reason: `error rate ${pct(c.errors, c.requests)} (≤ ${(errorUpper * 100).toFixed(2)}% with ${pctConf(s.alpha)} confidence) is under max-error-rate ${(s.maxErrorRate * 100).toFixed(2)}%`,
    };
  }
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
