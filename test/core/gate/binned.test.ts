import { describe, expect, it } from 'vitest';
import {
  BinnedShift,
  binsBetween,
  bucketQuantile,
  bucketScores,
  type Bins,
} from '../../../src/core/gate/binned.js';
import { mulberry32 } from '../../../bench/lib.js';
import { PrometheusClient } from '../../../src/core/gate/prometheus.js';
import { startSeriesQueryApi, type ExportedSeries } from '../../../lab/prometheus.js';

/** Prometheus client libraries' default buckets (seconds), in ms. */
const DEFAULT_MS = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000];
/** Exponential buckets 5% apart from 10 ms to about 5 s. */
const FINE_MS = Array.from({ length: 128 }, (_, i) => 10 * 1.05 ** i);

/** The bucket of a latency; one a rounding error above a bound counts on it (exact arithmetic: r × (e ÷ r) is e). */
function bucketOf(edges: readonly number[], ms: number): number {
  let [lo, hi] = [0, edges.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms <= (edges[mid] as number) * (1 + 1e-12)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** One poll of `n` latencies per side: log-normal median 100 ms, σ 0.5, 1% 10× slower. */
function poll(random: () => number, edges: number[], n: number, scale: number): Bins {
  const counts = Array.from({ length: edges.length + 1 }, () => 0);
  for (let i = 0; i < n; i++) {
    const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const ms = 100 * scale * Math.exp(0.5 * z) * (random() < 0.01 ? 10 : 1);
    counts[bucketOf(edges, ms)]! += 1;
  }
  return { edges, counts };
}

/** Polls of 100 canary and 300 baseline requests; the first decision. */
function decide(seed: number, edges: number[], shift: number, polls: number, alpha: number) {
  const random = mulberry32(seed);
  const test = new BinnedShift(0.1, { interval: false });
  for (let p = 0; p < polls; p++) {
    test.addBins(poll(random, edges, 100, 1 + shift), poll(random, edges, 300, 1));
    if (test.failLogE() >= Math.log(1 / alpha)) return 'fail';
    if (test.passLogE() >= Math.log(1 / alpha)) return 'pass';
  }
  return 'continue';
}

const bound = (alpha: number, runs: number) => alpha + 2 * Math.sqrt((alpha * (1 - alpha)) / runs);

describe('BinnedShift: latency from histogram buckets', () => {
  it('scores every pair on the safe side: exactly at the shift, E[up] ≤ ½ ≤ E[down] for any layout and distribution', () => {
    // Exact expectations (no sampling) over random layouts, random discrete latencies (atoms
    // on bounds and on bounds ÷ r included, where ties bite), canary = r × baseline.
    const random = mulberry32(16);
    for (let trial = 0; trial < 400; trial++) {
      const r = [1, 1.1, 1.25, 2 ** (1 / 4)][trial % 4] as number;
      const layout =
        trial % 3 === 0
          ? Array.from({ length: 12 }, (_, i) => 10 * 2 ** (i / 4)) // bounds that scale onto each other at 2^(1/4)
          : Array.from({ length: 2 + Math.floor(random() * 10) }, () => 1 + random() * 999);
      const edges = [...new Set(layout)].sort((a, b) => a - b);
      const atoms = Array.from({ length: 1 + Math.floor(random() * 4) }, () => {
        const pick = random();
        const e = edges[Math.floor(random() * edges.length)] as number;
        return pick < 0.3 ? e : pick < 0.6 ? e / r : 0.5 + random() * 1500;
      });
      const weights = atoms.map(() => random());
      const total = weights.reduce((a, b) => a + b, 0);
      const { up, down } = bucketScores(edges, r);
      const k = edges.length + 1;
      let eUp = 0;
      let eDown = 0;
      atoms.forEach((c, i) =>
        atoms.forEach((b, j) => {
          const w = ((weights[i] as number) * (weights[j] as number)) / total / total;
          const cell = bucketOf(edges, r * c) * k + bucketOf(edges, b);
          eUp += w * (up[cell] as number);
          eDown += w * (down[cell] as number);
        }),
      );
      expect(eUp, `trial ${trial}`).toBeLessThanOrEqual(0.5 + 1e-12);
      expect(eDown, `trial ${trial}`).toBeGreaterThanOrEqual(0.5 - 1e-12);
    }
  });

  it('counts a tie against the one bucket where r × the baseline bucket ends (up) or begins (down)', () => {
    const { up, down } = bucketScores([10, 20, 40], 1);
    expect([up[1 * 4 + 1], down[1 * 4 + 1]]).toEqual([0.5, 0.5]); // same bucket
    expect([up[2 * 4 + 1], down[2 * 4 + 1]]).toEqual([1, 1]); // canary's bucket above
    const scaled = bucketScores([10, 20, 40], 2); // 2 × (10, 20] is (20, 40]: M = m
    expect([scaled.up[2 * 4 + 1], scaled.down[2 * 4 + 1]]).toEqual([0.5, 0.5]);
    // 1.5 × (10, 20] = (15, 30]: begins in (10, 20], ends in (20, 40].
    const partial = bucketScores([10, 20, 40], 1.5);
    expect([partial.up[1 * 4 + 1], partial.down[1 * 4 + 1]]).toEqual([0, 0.5]);
    expect([partial.up[2 * 4 + 1], partial.down[2 * 4 + 1]]).toEqual([0.5, 1]);
    expect([partial.up[3 * 4 + 3], partial.down[0 * 4 + 0]]).toEqual([0.5, 0.5]);
  });

  it('keeps false fails under α on equal distributions, with coarse default buckets and fine ones', () => {
    const runs = 120;
    for (const edges of [DEFAULT_MS, FINE_MS]) {
      let fails = 0;
      for (let run = 0; run < runs; run++)
        if (decide(100 + run, edges, 0, 40, 0.05) === 'fail') fails++;
      expect(fails / runs).toBeLessThanOrEqual(bound(0.05, runs));
    }
  });

  it('keeps false passes under α for a canary exactly at the tolerance (+10%)', () => {
    const runs = 120;
    let passes = 0;
    for (let run = 0; run < runs; run++)
      if (decide(900 + run, FINE_MS, 0.1, 60, 0.05) === 'pass') passes++;
    expect(passes / runs).toBeLessThanOrEqual(bound(0.05, runs));
  });

  it('fails +30% on default buckets, passes equal latencies on fine ones, and says when buckets are too coarse', () => {
    expect(decide(1, DEFAULT_MS, 0.3, 40, 0.01)).toBe('fail');
    expect(decide(2, FINE_MS, 0, 40, 0.01)).toBe('pass');
    expect(decide(3, DEFAULT_MS, 0, 40, 0.01)).toBe('continue');
    const coarse = new BinnedShift(0.1);
    const random = mulberry32(4);
    for (let p = 0; p < 5; p++)
      coarse.addBins(poll(random, DEFAULT_MS, 150, 1), poll(random, DEFAULT_MS, 1350, 1));
    expect(coarse.note()).toMatch(/median bucket \((50–100|100–250) ms\) is (100|150)% wide/);
    const m = coarse.medians();
    expect(m.baselineMs).toBeGreaterThan(80);
    expect(m.baselineMs).toBeLessThan(120);
  });

  it('reads cumulative bucket counters: increases per bucket, shared bounds, resets skipped', () => {
    const map = (entries: [number, number][]) => new Map(entries);
    const got = binsBetween(
      {
        last: map([
          [10, 1],
          [20, 3],
          [Infinity, 4],
        ]),
        now: map([
          [10, 5],
          [20, 9],
          [Infinity, 12],
        ]),
      },
      {
        last: map([
          [10, 0],
          [15, 0],
          [20, 0],
          [Infinity, 0],
        ]),
        now: map([
          [10, 2],
          [15, 3],
          [20, 4],
          [Infinity, 4],
        ]),
      },
    );
    expect(got).toEqual({
      canary: { edges: [10, 20], counts: [4, 2, 2] },
      baseline: { edges: [10, 20], counts: [2, 2, 0] },
    });
    const reset = binsBetween(
      {
        last: map([
          [10, 5],
          [Infinity, 9],
        ]),
        now: map([
          [10, 1],
          [Infinity, 2],
        ]),
      },
      {
        last: map([
          [10, 0],
          [Infinity, 0],
        ]),
        now: map([
          [10, 1],
          [Infinity, 1],
        ]),
      },
    );
    expect(reset).toBeNull();
    expect(
      bucketQuantile(
        map([
          [10, 2],
          [20, 2],
        ]),
        0.5,
      ),
    ).toBe(10);
    expect(
      bucketQuantile(
        map([
          [10, 0],
          [20, 4],
        ]),
        0.5,
      ),
    ).toBe(15);
  });

  it('reads buckets through the Prometheus API summed per le, in ms, and refuses series without le', async () => {
    const series: ExportedSeries[] = [
      { name: 'd_bucket', labels: { pod: 'a', le: '0.1' }, value: 3 },
      { name: 'd_bucket', labels: { pod: 'b', le: '0.1' }, value: 4 },
      { name: 'd_bucket', labels: { pod: 'a', le: '+Inf' }, value: 5 },
      { name: 'd_bucket', labels: { pod: 'b', le: '+Inf' }, value: 6 },
      { name: 'requests', labels: { pod: 'a' }, value: 5 },
    ];
    const api = await startSeriesQueryApi(() => series);
    try {
      const client = new PrometheusClient(new URL(api.url));
      expect(await client.buckets('d_bucket')).toEqual(
        new Map([
          [100, 7],
          [Infinity, 11],
        ]),
      );
      expect(await client.buckets('sum by (le) (d_bucket{pod="a"})')).toEqual(
        new Map([
          [100, 3],
          [Infinity, 5],
        ]),
      );
      expect(await client.buckets('d_bucket{pod="c"}')).toBeNull(); // no data yet
      await expect(client.buckets('requests')).rejects.toThrow(
        /^Prometheus rejected the query 'requests': it gives series without an le label/,
      );
    } finally {
      await api.close();
    }
  });
});
