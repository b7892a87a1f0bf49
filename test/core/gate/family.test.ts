import { describe, expect, it } from 'vitest';
import {
  CountJudge,
  splitFailAlpha,
  type GateConfig,
  type JudgeSettings,
} from '../../../src/core/gate/index.js';
import { mulberry32 as rng } from '../../../bench/lib.js';

const judge: JudgeSettings = {
  alpha: 0.01,
  maxErrorRate: 0.5,
  tolerance: 1.5,
  minSamples: 100,
  latency: false,
};

const gate: GateConfig = {
  alpha: 0.01,
  durationMs: 60_000,
  tickMs: 1000,
  checks: [
    {
      kind: 'prometheus',
      name: 'errors',
      prometheus: { url: new URL('http://127.0.0.1:9090'), headers: {} },
      errorQuery: 'e',
      totalQuery: 't',
      baselineErrorQuery: 'be',
      baselineTotalQuery: 'bt',
      intervalMs: 1000,
      judge,
    },
    {
      kind: 'threshold',
      name: 'saturation',
      prometheus: { url: new URL('http://127.0.0.1:9090'), headers: {} },
      query: 'q',
      operator: '<',
      threshold: 0.9,
      intervalMs: 1000,
      minPolls: 3,
    },
  ],
};

/** Seconds until each judge decides on the same traffic: canary at `ratio` × the baseline's 1%. */
function decide(settings: JudgeSettings[], ratio: number, seed: number) {
  const r = rng(seed);
  const judges = settings.map((s) => new CountJudge(s, true));
  const at: ({ state: string; t: number } | null)[] = judges.map(() => null);
  for (let t = 1; t <= 3600 && at.some((a) => a === null); t++) {
    let ce = 0;
    let be = 0;
    for (let i = 0; i < 20; i++) ce += r() < 0.01 * ratio ? 1 : 0;
    for (let i = 0; i < 180; i++) be += r() < 0.01 ? 1 : 0;
    judges.forEach((j, k) => {
      if (at[k]) return;
      j.add(
        { requests: 20, errors: ce, slow: 0 },
        { requests: 180, errors: be, slow: 0 },
        t * 1000,
      );
      const v = j.verdict();
      if (v.state !== 'continue') at[k] = { state: v.state, t };
    });
  }
  return at;
}

describe('α split over a rollout’s analysed steps', () => {
  it('gives every judged check 1/k of its fail budget, leaves threshold checks alone', () => {
    const split = splitFailAlpha(gate, 4);
    expect(split.failSteps).toBe(4);
    expect(split.checks[0]).toMatchObject({ judge: { alpha: 0.01, failShare: 0.25 } });
    expect(split.checks[1]).toEqual(gate.checks[1]);
    expect(gate.checks[0]).not.toHaveProperty('judge.failShare');
    expect(splitFailAlpha(gate, 1)).toBe(gate);
  });

  it('a step with a quarter of the fail budget needs more evidence to fail, and still fails a 4× canary', () => {
    for (const seed of [1, 2, 3]) {
      const [whole, quarter] = decide([judge, { ...judge, failShare: 0.25 }], 4, seed);
      expect(whole?.state).toBe('fail');
      expect(quarter?.state).toBe('fail');
      expect(quarter!.t).toBeGreaterThan(whole!.t);
    }
  });

  it('passes a healthy canary exactly as before: the pass side keeps the whole α', () => {
    const [whole, quarter] = decide([judge, { ...judge, failShare: 0.25 }], 1, 7);
    expect(whole?.state).toBe('pass');
    expect(quarter).toEqual(whole);
  });
});
