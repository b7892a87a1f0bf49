// A deterministic traffic model for metric providers: per-bucket counts of requests and errors of
// a canary and a baseline, the same numbers whichever provider's stand-in serves them.

/** What a metric series of the model is: a side's errors or requests, or a gauge. */
export type Measure = 'errors' | 'requests' | 'gauge';
export type Side = 'canary' | 'baseline';

export interface TrafficModel {
  /** Requests per second across both sides. */
  rps: number;
  /** The canary's share of requests. */
  canaryShare: number;
  baselineErrorRate: number;
  /** The canary's error rate, or a function of time (ms since the epoch) for a change mid-run. */
  canaryErrorRate: number | ((at: number) => number);
  /** A gauge's value per side (e.g. a p99 latency), or a function of time. */
  gauge?: number | ((at: number, side: Side) => number);
  /** Groups (`by {host}`): requests are split evenly; errors of `badGroup` alone use the canary's rate. */
  groups?: string[];
  badGroup?: string;
  /** No data at all before this time (ms since the epoch): the vendor has not ingested it yet. */
  dataFrom?: number;
  seed: number;
}

/** mulberry32 of a hash of the parts: the same draw for the same bucket on every call. */
function uniform(...parts: (string | number)[]): number {
  let h = 2166136261;
  for (const ch of parts.join('|')) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  let t = (h + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Poisson(λ) by inversion, or its normal approximation for large λ. */
function poisson(lambda: number, u: number, v: number): number {
  if (lambda > 50) {
    const z = Math.sqrt(-2 * Math.log(Math.max(u, 1e-12))) * Math.cos(2 * Math.PI * v);
    return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * z));
  }
  let k = 0;
  let p = Math.exp(-lambda);
  let cdf = p;
  while (u > cdf && k < 1000) {
    k += 1;
    p *= lambda / k;
    cdf += p;
  }
  return k;
}

/** Binomial(n, p) from Poisson thinning: errors among n requests (n·p small, as error counts are). */
function binomial(n: number, p: number, u: number, v: number): number {
  return Math.min(n, poisson(n * p, u, v));
}

/** One bucket's value of a side's measure, for one group ('' = all groups summed). */
export function bucketValue(
  model: TrafficModel,
  side: Side,
  measure: Measure,
  at: number,
  widthMs: number,
  group = '',
): number | null {
  if (model.dataFrom !== undefined && at < model.dataFrom) return null;
  const groups = group ? [group] : (model.groups ?? ['']);
  if (measure === 'gauge') {
    const g = model.gauge ?? 0;
    return typeof g === 'number' ? g : g(at, side);
  }
  let total = 0;
  for (const g of groups) {
    const share = (side === 'canary' ? model.canaryShare : 1 - model.canaryShare) / groups.length;
    const lambda = (model.rps * share * widthMs) / 1000;
    const requests = poisson(
      lambda,
      uniform(model.seed, side, 'n', g, at),
      uniform(model.seed, side, 'n2', g, at),
    );
    if (measure === 'requests') {
      total += requests;
      continue;
    }
    const bad = side === 'canary' && (model.badGroup === undefined || model.badGroup === g);
    const rate = bad
      ? typeof model.canaryErrorRate === 'number'
        ? model.canaryErrorRate
        : model.canaryErrorRate(at)
      : model.baselineErrorRate;
    total += binomial(
      requests,
      rate,
      uniform(model.seed, side, 'e', g, at),
      uniform(model.seed, side, 'e2', g, at),
    );
  }
  return total;
}

/**
 * Points of one side's measure over [from, to) in buckets of widthMs, one list per group when
 * `grouped`, as a vendor shows them at `now`: buckets end by now, except the newest, which holds
 * only what has arrived so far (a vendor revises it upward as late data comes in).
 */
export function modelSeries(
  model: TrafficModel,
  side: Side,
  measure: Measure,
  range: { from: number; to: number; widthMs: number; now?: number },
  grouped: boolean,
): { group?: string; points: [number, number][] }[] {
  const { from, to, widthMs } = range;
  const now = range.now ?? Date.now();
  const groups = grouped && model.groups ? model.groups : [''];
  return groups.map((group) => {
    const points: [number, number][] = [];
    for (let at = Math.floor(from / widthMs) * widthMs; at < Math.min(to, now); at += widthMs) {
      const value = bucketValue(model, side, measure, at, widthMs, group);
      if (value === null) continue;
      const arrived = Math.min(1, (now - at) / widthMs);
      points.push([at, measure === 'gauge' ? value : Math.floor(value * arrived)]);
    }
    return { ...(group ? { group } : {}), points };
  });
}
