/**
 * Anytime-valid sequential statistics for health decisions.
 *
 * Every test here is an e-process: a non-negative process whose expectation is at most 1 while
 * the null hypothesis holds, however the data are looked at. By Ville's inequality the chance
 * that it ever reaches 1/α is at most α, so the gate may look after every batch of samples and
 * stop the moment the evidence is strong enough, without inflating false alarms (the flaw of
 * re-running a fixed-sample test at every look, as Kayenta does).
 */

/** log(Σ exp(x)) without overflow. */
export function logSumExp(values: number[]): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  for (const v of values) sum += Math.exp(v - max);
  return max + Math.log(sum);
}

/** Grid of `points` values spaced evenly on a log scale from `low` to `high`. */
export function logGrid(low: number, high: number, points: number): number[] {
  if (points === 1) return [Math.sqrt(low * high)];
  const step = Math.log(high / low) / (points - 1);
  return Array.from({ length: points }, (_, i) => low * Math.exp(step * i));
}

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
    const lo = logit(p0) + 0.2;
    const hi = Math.max(logit(0.999), lo + 0.5);
    this.ps = Array.from({ length: points }, (_, i) =>
      expit(lo + ((hi - lo) * i) / Math.max(1, points - 1)),
    );
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

export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

export function expit(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** log Γ(x) by Lanczos (g = 7, n = 9); accurate to ~1e-13 for x > 0. */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (c[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/**
 * Anytime-valid confidence sequence for a Bernoulli rate from x events in n trials: the set of
 * p where the beta-binomial mixture martingale (Beta(½, ½) prior) is below 1/α. It holds at
 * every n at once, so bounds may be read after every batch.
 */
export function rateBounds(x: number, n: number, alpha: number): { lower: number; upper: number } {
  if (n === 0) return { lower: 0, upper: 1 };
  const a = 0.5;
  const b = 0.5;
  const logMix = logBeta(a + x, b + n - x) - logBeta(a, b);
  const threshold = Math.log(1 / alpha);
  const logM = (p: number) =>
    logMix - (x > 0 ? x * Math.log(p) : 0) - (n - x > 0 ? (n - x) * Math.log(1 - p) : 0);
  const phat = x / n;
  const solve = (inside: number, outside: number) => {
    let lo = inside;
    let hi = outside;
    for (let i = 0; i < 60; i++) {
      const mid = (lo + hi) / 2;
      if (logM(mid) < threshold) lo = mid;
      else hi = mid;
    }
    return lo;
  };
  const upper = phat >= 1 ? 1 : logM(1 - 1e-12) < threshold ? 1 : solve(phat, 1 - 1e-12);
  const lower = phat <= 0 ? 0 : logM(1e-12) < threshold ? 0 : solve(phat, 1e-12);
  return { lower, upper };
}
