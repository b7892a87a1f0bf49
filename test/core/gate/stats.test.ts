import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from '../../../src/core/gate/run.js';
import { CountJudge } from '../../../src/core/gate/judge.js';
import { logGamma, RateEProcess, RatioEProcess, rateBounds } from '../../../src/core/gate/stats.js';

/** mulberry32: a small seeded PRNG so these statistical tests are repeatable. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const binomial = (r: () => number, n: number, p: number) => {
  let x = 0;
  for (let i = 0; i < n; i++) if (r() < p) x++;
  return x;
};

describe('logGamma', () => {
  it.each([
    [1, 0],
    [2, 0],
    [5, Math.log(24)],
    [0.5, Math.log(Math.sqrt(Math.PI))],
    [101, 363.73937555556347],
  ])('logΓ(%d)', (x, expected) => expect(logGamma(x)).toBeCloseTo(expected, 9));
});

describe('rateBounds (confidence sequence)', () => {
  it('covers the true rate at every look in at least 1 − α of runs', () => {
    const alpha = 0.05;
    let misses = 0;
    const runs = 300;
    for (let run = 0; run < runs; run++) {
      const r = rng(run + 1);
      let x = 0;
      for (let n = 1; n <= 1500; n++) {
        if (r() < 0.03) x += 1;
        if (n % 10 === 0) {
          const { lower, upper } = rateBounds(x, n, alpha);
          if (0.03 < lower || 0.03 > upper) {
            misses += 1;
            break;
          }
        }
      }
    }
    expect(misses / runs).toBeLessThanOrEqual(alpha);
  });

  it('narrows with data and handles zero events', () => {
    expect(rateBounds(0, 0, 0.01)).toEqual({ lower: 0, upper: 1 });
    const small = rateBounds(0, 100, 0.01);
    const large = rateBounds(0, 10_000, 0.01);
    expect(small.lower).toBe(0);
    expect(large.upper).toBeLessThan(small.upper);
    expect(large.upper).toBeLessThan(0.001);
  });
});

describe('RatioEProcess', () => {
  it('keeps false alarms under α when canary and baseline are alike (A/A, 30 min at 100 req/s)', () => {
    let alarms = 0;
    const runs = 200;
    for (let run = 0; run < runs; run++) {
      const r = rng(1000 + run);
      const e = new RatioEProcess(1.5, 6, 12);
      for (let t = 0; t < 1800; t++) {
        e.update(binomial(r, 10, 0.005), 10, binomial(r, 90, 0.005), 90);
        if (e.logE() >= Math.log(1 / 0.05)) {
          alarms += 1;
          break;
        }
      }
    }
    expect(alarms / runs).toBeLessThanOrEqual(0.05);
  });

  it('detects a 4× worse canary within two minutes in most runs', () => {
    let detected = 0;
    for (let run = 0; run < 50; run++) {
      const r = rng(5000 + run);
      const e = new RatioEProcess(1.5, 6, 12);
      for (let t = 0; t < 120; t++) {
        e.update(binomial(r, 10, 0.02), 10, binomial(r, 90, 0.005), 90);
        if (e.logE() >= Math.log(100)) {
          detected += 1;
          break;
        }
      }
    }
    expect(detected).toBeGreaterThanOrEqual(40);
  });
});

describe('RateEProcess', () => {
  it('crosses fast for a dead service and stays low for a healthy one', () => {
    const dead = new RateEProcess(0.05);
    dead.update(5, 5);
    expect(dead.logE()).toBeGreaterThan(Math.log(100));
    const healthy = new RateEProcess(0.05);
    healthy.update(1, 1000);
    expect(healthy.logE()).toBeLessThan(0);
  });
});

describe('CountJudge', () => {
  const settings = {
    alpha: 0.01,
    maxErrorRate: 0.05,
    tolerance: 1.5,
    minSamples: 100,
    latency: true,
    maxLatencyMs: 200,
  };
  it('waits for min-samples, then passes a clean target', () => {
    const judge = new CountJudge(settings, false);
    judge.add({ requests: 50, errors: 0, slow: 0 });
    expect(judge.verdict().state).toBe('continue');
    judge.add({ requests: 100, errors: 0, slow: 0 });
    expect(judge.verdict().state).toBe('pass');
  });
  it('fails on slow requests even without errors', () => {
    const judge = new CountJudge(settings, false);
    judge.add({ requests: 100, errors: 0, slow: 40 });
    expect(judge.verdict()).toMatchObject({
      state: 'fail',
      reason: expect.stringContaining('p95 latency'),
    });
  });
  it('does not pass a canary clearly worse than its baseline', () => {
    const judge = new CountJudge(settings, true);
    judge.add({ requests: 2000, errors: 40, slow: 0 }, { requests: 2000, errors: 10, slow: 0 });
    expect(judge.verdict().state).not.toBe('pass');
  });
});

describe('LatencyHistogram', () => {
  it('reports quantiles within its 5% bucket width', () => {
    const h = new LatencyHistogram();
    for (let i = 1; i <= 1000; i++) h.add(i);
    expect(h.quantile(0.95)).toBeGreaterThan(950 * 0.95);
    expect(h.quantile(0.95)).toBeLessThan(950 * 1.06);
    expect(new LatencyHistogram().quantile(0.5)).toBeNull();
  });
});
