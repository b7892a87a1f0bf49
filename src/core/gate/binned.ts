import { ShiftBets } from './latency.js';
import { mulberry32 } from './stats.js';

/** Most labels per side one poll is scored on: a larger poll is subsampled at random (never by value). */
const MAX_PER_POLL = 20_000;
/** Bucket bounds this close (relative) are the same bound: Prometheus prints them as decimals. */
const SAME = 1e-9;

/** One poll of a histogram: finite bucket bounds in ms (ascending) and the count in each bucket, the last one above them all. */
export interface Bins {
  edges: number[];
  counts: number[];
}

/**
 * Canary latency against baseline latency from histogram buckets (Prometheus `_bucket` counters),
 * anytime-valid, with no quantile estimated: the same bets as the probes' test (latency.ts) on
 * scores that stay valid when all that is known of a request is its bucket.
 *
 * Each poll brings, for both sides, how many requests ended in each bucket since the last poll.
 * They are expanded into bucket labels, put in a random order (a seeded shuffle: never by value)
 * and cut into units of one canary label with its own baseline labels, as the probes' test does.
 *
 * Ties need care: a pair in overlapping buckets is not known either way, and counting every such
 * pair ½ is not valid (on bounds that do not scale onto each other it can favour one side at a
 * shift of exactly r). What is valid is a tie against one bucket per baseline bucket: r × a
 * baseline latency in bucket j lies at most in bucket M(j), the bucket of r × j's upper bound.
 * Score the canary's bucket i against M(j) (1 above, ½ equal, 0 below): if the canary is at most
 * r times slower, i is stochastically at most the bucket of r × an independent baseline request,
 * which is at most M of that request's bucket, and M(J') against M(J) for two independent
 * baseline requests is ½ by symmetry: the score's expectation is at most ½ whatever the
 * distribution. The pass side mirrors it against m(j), the bucket where r × j begins. At 1× on a
 * shared layout M(j) = m(j) = j (ties are the same bucket: nothing is lost); at r = 1 + tolerance
 * the pass needs buckets about as narrow as the tolerance where the latencies are (the report
 * says when they are not), or it stays inconclusive.
 */
export class BinnedShift extends ShiftBets {
  private readonly random = mulberry32(0x5eed1a7e);
  private readonly tables = new Map<string, { up: Float64Array[]; down: Float64Array[] }>();
  /** Requests per bucket upper bound in ms (Infinity: above the last bound), all polls together. */
  readonly canaryTotals = new Map<number, number>();
  readonly baselineTotals = new Map<number, number>();

  /** One poll: canary and baseline counts per bucket, on the same bounds. */
  addBins(canary: Bins, baseline: Bins): void {
    if (canary.edges.join() !== baseline.edges.join())
      throw new Error('canary and baseline buckets must share their bounds');
    const edges = canary.edges;
    const bounds = [...edges, Infinity];
    bounds.forEach((b, k) => {
      addTo(this.canaryTotals, b, canary.counts[k] ?? 0);
      addTo(this.baselineTotals, b, baseline.counts[k] ?? 0);
    });
    const cs = this.labels(canary.counts);
    const bs = this.labels(baseline.counts);
    const units = Math.min(cs.length, bs.length);
    if (units === 0) return;
    const t = this.table(edges);
    const k = bounds.length;
    const up = new Float64Array(this.ratios.length);
    const down = new Float64Array(this.ratios.length);
    for (let i = 0; i < units; i++) {
      up.fill(0);
      down.fill(0);
      let pairs = 0;
      for (let a = i; a < cs.length; a += units)
        for (let b = i; b < bs.length; b += units) {
          const cell = (cs[a] as number) * k + (bs[b] as number);
          for (let r = 0; r < this.ratios.length; r++) {
            up[r] = (up[r] as number) + ((t.up[r] as Float64Array)[cell] as number);
            down[r] = (down[r] as number) + ((t.down[r] as Float64Array)[cell] as number);
          }
          pairs += 1;
        }
      for (let r = 0; r < this.ratios.length; r++) {
        up[r] = (up[r] as number) / pairs;
        down[r] = (down[r] as number) / pairs;
      }
      this.betUnit(up, down);
    }
  }

  /** Bucket indexes, one per request, in a random order (at most MAX_PER_POLL of them). */
  private labels(counts: readonly number[]): Uint16Array {
    const n = counts.reduce((s, c) => s + c, 0);
    const all = new Uint16Array(n);
    let at = 0;
    counts.forEach((c, k) => {
      all.fill(k, at, at + c);
      at += c;
    });
    // A Fisher–Yates shuffle of the first m places is a uniform random sample, in random order.
    const m = Math.min(n, MAX_PER_POLL);
    for (let i = 0; i < m; i++) {
      const j = i + Math.floor(this.random() * (n - i));
      const v = all[i] as number;
      all[i] = all[j] as number;
      all[j] = v;
    }
    return all.subarray(0, m);
  }

  /** The score of each (canary bucket, baseline bucket) pair at each ratio, per layout. */
  private table(edges: number[]): { up: Float64Array[]; down: Float64Array[] } {
    const key = edges.join();
    let made = this.tables.get(key);
    if (!made) {
      const scores = this.ratios.map((r) => bucketScores(edges, r));
      made = { up: scores.map((s) => s.up), down: scores.map((s) => s.down) };
      this.tables.set(key, made);
    }
    return made;
  }

  /** A side's quantile in ms from its buckets so far (null before any request). */
  quantile(side: 'canary' | 'baseline', q: number): number | null {
    return bucketQuantile(side === 'canary' ? this.canaryTotals : this.baselineTotals, q);
  }

  medians(): { canaryMs: number | null; baselineMs: number | null; shift: number | null } {
    const c = bucketQuantile(this.canaryTotals, 0.5);
    const b = bucketQuantile(this.baselineTotals, 0.5);
    return { canaryMs: c, baselineMs: b, shift: c !== null && b ? c / b - 1 : null };
  }

  rows(): { canary: [number | null, number][]; baseline: [number | null, number][] } {
    const rows = (m: Map<number, number>): [number | null, number][] =>
      [...m.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([edge, n]) => [edge === Infinity ? null : Math.round(edge * 10) / 10, n]);
    return { canary: rows(this.canaryTotals), baseline: rows(this.baselineTotals) };
  }

  /** The width of the baseline's median bucket, when it is too wide to show a shift under the tolerance. */
  override note(): string {
    const median = bucketQuantile(this.baselineTotals, 0.5);
    if (median === null) return '';
    const bounds = [...this.baselineTotals.keys()].sort((a, b) => a - b);
    const top = bounds.find((b) => b >= median);
    const below = bounds.filter((b) => b < (top ?? Infinity)).at(-1) ?? 0;
    if (top === undefined || top === Infinity || below === 0) return '';
    const width = top / below - 1;
    if (width <= this.tolerance) return '';
    return `the baseline's median bucket (${fmt(below)}–${fmt(top)} ms) is ${Math.round(width * 100)}% wide: buckets narrower than the ${Math.round(this.tolerance * 100)}% tolerance are needed there to show a canary within it`;
  }
}

/**
 * Each pair's score at ratio r on a layout (finite bounds in ms; K = bounds + 1 buckets), indexed
 * canary bucket × K + baseline bucket. For a baseline request in bucket j, r × its latency lies in
 * r × bucket j, which starts in bucket m(j) and ends in bucket M(j) (the same bucket when the
 * layout scales onto itself at r, as any layout does at 1). `up` (canary slower than r ×) is the
 * canary's bucket against M(j): 1 above it, ½ in it, 0 below; `down` (canary faster) against m(j).
 */
export function bucketScores(
  edges: readonly number[],
  r: number,
): { up: Float64Array; down: Float64Array } {
  const hi = [...edges, Infinity];
  const k = hi.length;
  // The bucket holding v (on a bound within SAME: that bound's bucket), and the one just above v.
  const holding = (v: number) => hi.findIndex((h) => v <= h * (1 + SAME));
  const above = (v: number) => hi.findIndex((h) => h > v * (1 + SAME));
  const half = (i: number, at: number) => (i > at ? 1 : i === at ? 0.5 : 0);
  const up = new Float64Array(k * k);
  const down = new Float64Array(k * k);
  for (let b = 0; b < k; b++) {
    const top = holding(r * (hi[b] as number)); // M(j): r × ∞ is in the last bucket
    const bottom = b === 0 ? 0 : above(r * (hi[b - 1] as number)); // m(j)
    for (let c = 0; c < k; c++) {
      up[c * k + b] = half(c, top === -1 ? k - 1 : top);
      down[c * k + b] = half(c, bottom === -1 ? k - 1 : bottom);
    }
  }
  return { up, down };
}

/**
 * A bucket layout's counts from two polls of cumulative `_bucket` counters (by upper bound in ms,
 * Infinity for +Inf): the bounds both sides have at both polls, and the count in each bucket
 * since the last poll. Null when any counter went down (a reset inside a sum: the poll is skipped).
 */
export function binsBetween(
  canary: { last: Map<number, number>; now: Map<number, number> },
  baseline: { last: Map<number, number>; now: Map<number, number> },
): { canary: Bins; baseline: Bins } | null {
  const maps = [canary.last, canary.now, baseline.last, baseline.now];
  const shared = [...canary.now.keys()]
    .filter((b) => maps.every((m) => m.has(b)))
    .sort((a, b) => a - b);
  if (!shared.includes(Infinity)) return null;
  const side = (s: { last: Map<number, number>; now: Map<number, number> }): Bins | null => {
    const grown = shared.map((b) => (s.now.get(b) as number) - (s.last.get(b) as number));
    if (grown.some((g) => g < 0)) return null;
    // Cumulative: the count in (previous bound, b] is the difference of neighbouring counters;
    // a bucket that went down against the one below (a bucket read mid-scrape) counts 0.
    const counts = grown.map((g, k) =>
      Math.max(0, Math.round(g - (k ? (grown[k - 1] as number) : 0))),
    );
    return { edges: shared.filter((b) => b !== Infinity), counts };
  };
  const c = side(canary);
  const b = side(baseline);
  return c && b ? { canary: c, baseline: b } : null;
}

/** A quantile from counts per bucket upper bound, linear within its bucket (as histogram_quantile does). */
export function bucketQuantile(totals: Map<number, number>, q: number): number | null {
  const bounds = [...totals.keys()].sort((a, b) => a - b);
  const n = bounds.reduce((s, b) => s + (totals.get(b) as number), 0);
  if (!n) return null;
  const target = q * n;
  let seen = 0;
  let lower = 0;
  for (const b of bounds) {
    const here = totals.get(b) as number;
    if (here > 0 && seen + here >= target)
      return b === Infinity ? lower : lower + ((b - lower) * (target - seen)) / here;
    seen += here;
    lower = b;
  }
  return lower;
}

function addTo(m: Map<number, number>, key: number, n: number): void {
  m.set(key, (m.get(key) ?? 0) + n);
}

function fmt(ms: number): string {
  return ms >= 10 ? String(Math.round(ms)) : String(+ms.toPrecision(2));
}
