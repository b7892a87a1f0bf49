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
 * `points` alternative rates above p0, spaced evenly in log-odds: from `gap` above p0's log-odds
 * to `top` (at least 0.5 further).
 */
export function ratesAbove(p0: number, gap: number, top: number, points: number): number[] {
  const lo = logit(p0) + gap;
  const hi = Math.max(logit(top), lo + 0.5);
  return Array.from({ length: points }, (_, i) =>
    expit(lo + ((hi - lo) * i) / Math.max(1, points - 1)),
  );
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

// ---------------------------------------------------------------------------------------------
// Bounded betting: robust to errors that come in clumps

/**
 * The growth-optimal (Kelly) bet on a batch mean x = j/n against a null mean m0, when the
 * alternative says j ~ Binomial(n, alt). `direction` +1 bets that x runs above m0, −1 below.
 * The bet is capped at 95% of the largest that keeps 1 + λ·direction·(x − m0) ≥ 0 for every x
 * in [0, 1], so no batch, however extreme, can take the wealth to zero or multiply it without
 * bound: one batch can multiply it by at most 1 + 0.95·(1 − m0)/m0 (direction +1).
 */
export function kellyBet(m0: number, alt: number, n: number, direction: 1 | -1): number {
  const cap = 0.95 * (direction > 0 ? 1 / m0 : 1 / (1 - m0));
  if (direction * (alt - m0) <= 0 || n < 1) return 0;
  const key = `${direction}|${m0.toPrecision(4)}|${alt.toPrecision(4)}|${n}`;
  const cached = KELLY_CACHE.get(key);
  if (cached !== undefined) return Math.min(cached, cap);
  // The binomial's mass, over ±8 standard deviations around its mean (all of it for small n).
  const sd = Math.sqrt(n * alt * (1 - alt));
  const lo = Math.max(0, Math.floor(n * alt - 8 * sd - 1));
  const hi = Math.min(n, Math.ceil(n * alt + 8 * sd + 1));
  const d: number[] = [];
  const w: number[] = [];
  const logC = logGamma(n + 1);
  for (let j = lo; j <= hi; j++) {
    const logP =
      logC -
      logGamma(j + 1) -
      logGamma(n - j + 1) +
      (j ? j * Math.log(alt) : 0) +
      (n - j ? (n - j) * Math.log(1 - alt) : 0);
    w.push(Math.exp(logP));
    d.push(direction * (j / n - m0));
  }
  const slope = (lambda: number) => {
    let s = 0;
    for (let i = 0; i < d.length; i++)
      s += ((w[i] as number) * (d[i] as number)) / (1 + lambda * (d[i] as number));
    return s;
  };
  let lambda: number;
  if (slope(cap) >= 0) lambda = cap;
  else {
    let a = 0;
    let b = cap;
    for (let i = 0; i < 40; i++) {
      const mid = (a + b) / 2;
      if (slope(mid) > 0) a = mid;
      else b = mid;
    }
    lambda = a;
  }
  if (KELLY_CACHE.size > 50_000) KELLY_CACHE.clear();
  KELLY_CACHE.set(key, lambda);
  return Math.min(lambda, cap);
}
const KELLY_CACHE = new Map<string, number>();

/**
 * A mixture of betting martingales on batch means: wealth Πₜ(1 + λₜ·direction·(xₜ − m0ₜ)), one
 * per alternative, averaged. Each xₜ lies in [0, 1]; under the null the expected xₜ given the past
 * (and given what the batch's bet was sized from) is at most m0ₜ (direction +1) or at least m0ₜ
 * (−1). Nothing more is assumed: events within a batch may be as dependent as they like (a clump
 * of errors from one bad pod), so long as clumps do not straddle batches. Each λₜ is fixed before
 * xₜ is seen, so every component is a supermartingale under the null and so is their average
 * (Ville's inequality: P(ever ≥ 1/α) ≤ α).
 */
export class BettingEProcess {
  private readonly logW: number[];
  private readonly logWeight: number;
  batches = 0;

  constructor(
    readonly direction: 1 | -1,
    points: number,
  ) {
    this.logW = Array.from({ length: points }, () => 0);
    this.logWeight = -Math.log(points);
  }

  /**
   * One batch: its mean `x`, the null mean `m0`, the alternative means (one per component) and
   * the effective number of independent events the bets are sized for.
   */
  update(x: number, m0: number, alts: readonly number[], effectiveN: number): void {
    this.batches += 1;
    const n = Math.max(1, Math.min(400, Math.round(effectiveN)));
    for (let k = 0; k < this.logW.length; k++) {
      const lambda = kellyBet(m0, alts[k] as number, n, this.direction);
      (this.logW as number[])[k] =
        (this.logW[k] as number) + Math.log(1 + lambda * this.direction * (x - m0));
    }
  }

  logE(): number {
    return logSumExp(this.logW) + this.logWeight;
  }
}

/**
 * Over-dispersion: the mean of Pearson's (observed − expected)² / variance over batches, shrunk
 * towards 1 (independent events) by `prior` pseudo-batches. About 1 when events are independent,
 * about k when they come in clumps of k. Bets are sized for n / dispersion events.
 */
export class Dispersion {
  private sum = 0;
  count = 0;
  constructor(private readonly prior = 3) {}
  add(observed: number, expected: number, variance: number): void {
    if (!(variance > 0)) return;
    this.sum += (observed - expected) ** 2 / variance;
    this.count += 1;
  }
  value(): number {
    return Math.max(1, (this.prior + this.sum) / (this.prior + this.count));
  }
  /** Unshrunk estimate (null before any batch): for reports. */
  raw(): number | null {
    return this.count ? this.sum / this.count : null;
  }
}

/** Canary's share of a batch's errors when its error rate is ρ × the baseline's and its share of requests is s. */
export function errorShare(rho: number, s: number): number {
  return (rho * s) / (rho * s + 1 - s);
}

/** mulberry32: a tiny 32-bit PRNG, the same sequence for the same seed on every machine and run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
