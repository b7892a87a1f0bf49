// Simulated A/B traffic from users who visit several times, aggregated per user per look: the
// cumulative per-variant totals (units, visits, conversions and the per-user second moments) an
// experiment's analysis sees at each look. Shared by bench/experiment.ts and the core's unit tests.
import { emptyTotals, type VariantTotals } from '../src/core/experiment/index.js';

export interface UserTraffic {
  /** Visits per second, both variants together. */
  visitsPerSecond: number;
  /** Conversion rate per visit of variant A (the population mean). */
  rate: number;
  /** B's conversion rate ÷ A's − 1. */
  lift: number;
  /** Share of users assigned to B. */
  splitB: number;
  /** Visits per user: uniform on 1..maxVisits. */
  maxVisits: number;
  /** Mean gap between a user's visits, seconds (exponential). */
  gapS: number;
  /**
   * Spread of each user's own conversion propensity: the rate times exp(σZ − σ²/2), Z normal.
   * 0 = independent visits; 1 = strongly correlated conversions within a user.
   */
  userSigma: number;
  /** Rate multiplier over time shared by both variants (drift), or none. */
  drift?: (t: number) => number;
  lookS: number;
  horizonS: number;
}

const FIELDS = 6;

/** Cumulative totals at the end of each look: looks[i] = { a, b }. */
export function simulateUsers(
  traffic: UserTraffic,
  next: () => number,
): { a: VariantTotals; b: VariantTotals }[] {
  const looks = Math.ceil(traffic.horizonS / traffic.lookS);
  const delta = new Float64Array(looks * 2 * FIELDS);
  const meanVisits = (traffic.maxVisits + 1) / 2;
  const userGap = meanVisits / traffic.visitsPerSecond;
  const sigma = traffic.userSigma;
  let t = 0;
  for (;;) {
    t += -Math.log(1 - next()) * userGap;
    if (t >= traffic.horizonS) break;
    const variant = next() < traffic.splitB ? 1 : 0;
    const k = 1 + Math.floor(next() * traffic.maxVisits);
    let propensity = traffic.rate * (variant ? 1 + traffic.lift : 1);
    if (sigma > 0) {
      const z = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
      propensity *= Math.exp(sigma * z - (sigma * sigma) / 2);
    }
    let n = 0;
    let y = 0;
    let vt = t;
    for (let v = 0; v < k; v++) {
      if (v > 0) vt += -Math.log(1 - next()) * traffic.gapS;
      if (vt >= traffic.horizonS) break;
      const p = traffic.drift ? propensity * traffic.drift(vt) : propensity;
      const c = next() < p ? 1 : 0;
      const at = (Math.floor(vt / traffic.lookS) * 2 + variant) * FIELDS;
      if (n === 0) delta[at] = (delta[at] as number) + 1;
      delta[at + 1] = (delta[at + 1] as number) + 1;
      delta[at + 2] = (delta[at + 2] as number) + c;
      delta[at + 3] = (delta[at + 3] as number) + 2 * n + 1;
      delta[at + 4] = (delta[at + 4] as number) + 2 * y * c + c;
      delta[at + 5] = (delta[at + 5] as number) + y + c * (n + 1);
      n += 1;
      y += c;
    }
  }
  const out: { a: VariantTotals; b: VariantTotals }[] = [];
  let a = emptyTotals();
  let b = emptyTotals();
  const add = (prev: VariantTotals, at: number): VariantTotals => ({
    units: prev.units + (delta[at] as number),
    trials: prev.trials + (delta[at + 1] as number),
    value: prev.value + (delta[at + 2] as number),
    trialsSq: prev.trialsSq + (delta[at + 3] as number),
    valueSq: prev.valueSq + (delta[at + 4] as number),
    cross: prev.cross + (delta[at + 5] as number),
  });
  for (let i = 0; i < looks; i++) {
    a = add(a, i * 2 * FIELDS);
    b = add(b, (i * 2 + 1) * FIELDS);
    out.push({ a, b });
  }
  return out;
}
