import { logGrid, logSumExp, ratesAbove } from '../src/core/gate/stats.js';

// The per-error likelihood-ratio tests the gate used before it bet on blocks of traffic: valid
// only when errors are independent, so a clump of errors multiplies every step. Kept here, not in
// src/, as the baseline the unit tests and benchmarks hold the shipped tests against (a clump of
// 20 errors gave them 55% false alarms).

/**
 * Canary against baseline on error counts. Conditional on how many errors the two groups had in
 * a batch, the number that came from the canary is binomial with probability
 * π = ρ·s / (ρ·s + 1 − s), where s is the canary's share of the batch's requests and ρ the ratio
 * of error rates. Under "canary no worse than baseline" (ρ ≤ 1) the likelihood ratio of any ρₖ > 1
 * is a supermartingale (exactly so: the true conditional law is hypergeometric, which the
 * binomial dominates in convex order), and so is their average: a mixture SPRT over a grid of
 * ρ values spaced evenly in log ρ. The unknown baseline rate drops out.
 */
export class RatioEProcess {
  private readonly rhos: number[];
  private readonly logLR: number[];
  private readonly logWeight: number;
  errors = { canary: 0, baseline: 0 };

  /** `low`–`high`: the error-rate ratios the mixture bets on (ρ > 1 tests "worse"; ρ < 1 "better"). */
  constructor(low: number, high: number, points = 24) {
    this.rhos = logGrid(low, high, points);
    this.logLR = this.rhos.map(() => 0);
    this.logWeight = -Math.log(points);
  }

  /** Adds one batch: errors and requests of each group over the same period. */
  update(
    canaryErrors: number,
    canaryRequests: number,
    baselineErrors: number,
    baselineRequests: number,
  ): void {
    this.errors.canary += canaryErrors;
    this.errors.baseline += baselineErrors;
    if (canaryRequests <= 0 || baselineRequests <= 0 || canaryErrors + baselineErrors === 0) return;
    const share = canaryRequests / (canaryRequests + baselineRequests);
    for (let k = 0; k < this.rhos.length; k++) {
      const rho = this.rhos[k] as number;
      const pi = (rho * share) / (rho * share + 1 - share);
      (this.logLR as number[])[k] =
        (this.logLR[k] as number) +
        canaryErrors * Math.log(pi / share) +
        baselineErrors * Math.log((1 - pi) / (1 - share));
    }
  }

  /** log of the e-value: the evidence against the null so far. */
  logE(): number {
    return logSumExp(this.logLR) + this.logWeight;
  }

  /** The ratio the data favour most among the grid (for reports). */
  bestRatio(): number {
    let best = 0;
    for (let k = 1; k < this.logLR.length; k++)
      if ((this.logLR[k] as number) > (this.logLR[best] as number)) best = k;
    return this.rhos[best] as number;
  }
}

/**
 * One rate against a fixed bound: H0 is "p ≤ p0" (e.g. error rate ≤ max-error-rate, or share of
 * slow requests ≤ 5%, which is "p95 ≤ max-latency"). A mixture over alternatives above p0,
 * spaced evenly in log-odds, each a Bernoulli likelihood ratio: a supermartingale under H0.
 */
export class RateEProcess {
  private readonly ps: number[];
  private readonly logLR: number[];
  private readonly logWeight: number;
  n = 0;
  x = 0;

  constructor(
    readonly p0: number,
    points = 16,
  ) {
    this.ps = ratesAbove(p0, 0.2, 0.999, points);
    this.logLR = this.ps.map(() => 0);
    this.logWeight = -Math.log(points);
  }

  update(events: number, trials: number): void {
    this.n += trials;
    this.x += events;
    const p0 = this.p0;
    for (let k = 0; k < this.ps.length; k++) {
      const p = this.ps[k] as number;
      (this.logLR as number[])[k] =
        (this.logLR[k] as number) +
        events * Math.log(p / p0) +
        (trials - events) * Math.log((1 - p) / (1 - p0));
    }
  }

  logE(): number {
    return logSumExp(this.logLR) + this.logWeight;
  }
}
