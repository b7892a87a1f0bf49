import { describe, expect, it } from 'vitest';
import { LatencyShift } from '../../../src/core/gate/latency.js';
import { logNormalLatency } from '../../../lab/services.js';

/** Feeds `seconds` of 10 canary and 90 baseline latencies; returns the first decision. */
function decide(seed: number, shift: number, seconds: number, alpha: number) {
  const slow = { share: 0.01, factor: 10 };
  const canary = logNormalLatency(100 * (1 + shift), 0.5, seed, slow);
  const baseline = logNormalLatency(100, 0.5, seed + 7919, slow);
  const test = new LatencyShift(0.1, { interval: false });
  for (let t = 1; t <= seconds; t++) {
    test.add(Array.from({ length: 10 }, canary), Array.from({ length: 90 }, baseline));
    if (test.failLogE() >= Math.log(1 / alpha)) return 'fail';
    if (test.passLogE() >= Math.log(1 / alpha)) return 'pass';
  }
  return 'continue';
}

describe('LatencyShift', () => {
  it('keeps false fails under α with heavy tails (equal distributions, 1% 10× slower)', () => {
    const runs = 200;
    let fails = 0;
    for (let run = 0; run < runs; run++) if (decide(1000 + run, 0, 600, 0.05) === 'fail') fails++;
    expect(fails / runs).toBeLessThanOrEqual(0.05 + 2 * Math.sqrt((0.05 * 0.95) / runs));
  });

  it('keeps false passes under α for a canary exactly at the tolerance (+10%)', () => {
    const runs = 200;
    let passes = 0;
    for (let run = 0; run < runs; run++)
      if (decide(5000 + run, 0.1, 600, 0.05) === 'pass') passes++;
    expect(passes / runs).toBeLessThanOrEqual(0.05 + 2 * Math.sqrt((0.05 * 0.95) / runs));
  });

  it('fails +30% and passes equal latencies, with an interval around the true shift', () => {
    expect(decide(42, 0.3, 300, 0.01)).toBe('fail');
    expect(decide(43, 0, 600, 0.01)).toBe('pass');
    const test = new LatencyShift(0.1);
    const canary = logNormalLatency(130, 0.5, 44);
    const baseline = logNormalLatency(100, 0.5, 45);
    for (let t = 0; t < 120; t++)
      test.add(Array.from({ length: 10 }, canary), Array.from({ length: 10 }, baseline));
    const ci = test.interval(0.05);
    expect(ci).not.toBeNull();
    expect(ci!.lower).toBeLessThan(0.3);
    expect(ci!.upper).toBeGreaterThan(0.3);
    expect(ci!.lower).toBeGreaterThan(0);
    test.add([Infinity], [50]);
    expect(test.canaryHistogram.quantile(1)).toBe(Infinity);
  });

  it('still brackets the shift when latencies are so tight that every grid point is rejected', () => {
    // 21 ms ± 0.1 ms on both sides (a quiet machine): the grid points around 1× are rejected on
    // one side or the other, and the interval is the bracket between them (ends exclusive).
    const test = new LatencyShift(0.1);
    let k = 0;
    const tight = () => 21 + ((k++ * 37) % 21) / 100 - 0.1;
    for (let t = 0; t < 200; t++)
      test.add(Array.from({ length: 10 }, tight), Array.from({ length: 10 }, tight));
    const ci = test.interval(0.01);
    expect(ci).not.toBeNull();
    expect(ci!.lower).toBeLessThanOrEqual(0);
    expect(ci!.upper).toBeGreaterThanOrEqual(0);
    expect(ci!.upper - ci!.lower).toBeLessThan(0.1);
  });
});
