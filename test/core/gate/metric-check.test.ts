import { describe, expect, it } from 'vitest';
import { BucketCursor } from '../../../src/core/gate/buckets.js';
import type { MetricCheckConfig } from '../../../src/core/gate/config.js';
import { PROVIDER_RETRY, startMetric } from '../../../src/core/gate/metric-check.js';
import {
  ProviderError,
  type MetricProvider,
  type SampleRange,
  type Series,
} from '../../../src/core/gate/providers/types.js';
import { modelSeries, type Measure, type Side, type TrafficModel } from '../../../lab/metrics.js';

PROVIDER_RETRY.backoffMs = 1;

const START = 1_800_000_000_000;
const judge = { alpha: 0.01, maxErrorRate: 0.05, tolerance: 2, minSamples: 200, latency: false };

/** A provider answering the model: queries are `<side>.<measure>`; `faults` are thrown first, in order. */
function modelProvider(model: TrafficModel, clock: { now: number }, faults: ProviderError[] = []) {
  const asked: { query: string; range: SampleRange }[] = [];
  const provider: MetricProvider = {
    kind: 'model',
    async query(query, range) {
      asked.push({ query, range });
      const fault = faults.shift();
      if (fault) throw fault;
      const [side, measure, by] = query.split('.') as [Side, Measure, string?];
      return modelSeries(
        model,
        side,
        measure,
        { ...range, widthMs: range.stepMs, now: clock.now },
        by === 'by',
      ).map((s): Series => ({
        ...(s.group ? { group: s.group } : {}),
        samples: s.points.map(([at, value]) => ({ at, value })),
      }));
    },
  };
  return { provider, asked };
}

function counts(
  options: Partial<Extract<MetricCheckConfig['measure'], { type: 'counts' }>> & {
    by?: boolean;
  } = {},
): MetricCheckConfig {
  const by = options.by ? '.by' : '';
  return {
    kind: 'metric',
    name: 'api',
    provider: { kind: 'model', settings: {} },
    measure: {
      type: 'counts',
      errors: { text: `canary.errors${by}`, label: 'checks[0].error-query' },
      total: { text: `canary.requests${by}`, label: 'checks[0].total-query' },
      baseline: {
        errors: { text: `baseline.errors${by}`, label: 'checks[0].baseline-error-query' },
        total: { text: `baseline.requests${by}`, label: 'checks[0].baseline-total-query' },
      },
      groups: 'sum',
      judge,
      ...options,
    },
    intervalMs: 10_000,
    stepMs: 10_000,
    settleMs: 20_000,
  };
}

/** Runs a check tick by tick (every second, by the model's clock) until it decides or `seconds` pass. */
async function drive(
  check: MetricCheckConfig,
  provider: MetricProvider,
  clock: { now: number },
  seconds: number,
) {
  const r = startMetric(check, START, provider);
  for (let s = 1; s <= seconds && r.verdict.state === 'continue'; s++) {
    clock.now = START + s * 1000;
    await r.tick(clock.now);
  }
  return { r, seconds: (clock.now - START) / 1000 };
}

const model = (over: Partial<TrafficModel> = {}): TrafficModel => ({
  rps: 200,
  canaryShare: 0.2,
  baselineErrorRate: 0.01,
  canaryErrorRate: 0.01,
  seed: 7,
  ...over,
});

describe('BucketCursor', () => {
  it('asks only for buckets after the start that are complete and settled, and feeds each once', () => {
    const c = new BucketCursor(START + 3000, 10_000, 20_000);
    expect(c.range(START + 25_000)).toBeNull(); // the first whole bucket [10 s, 20 s) settles at 40 s
    const range = c.range(START + 41_000) as SampleRange;
    expect(range).toEqual({ from: START + 10_000, to: START + 20_000, stepMs: 10_000 });
    const series = (values: [number, number][]) => [
      { samples: values.map(([s, value]) => ({ at: START + s * 1000, value })) },
    ];
    // The straddling bucket at 0 s and the unfinished one at 20 s are not fed.
    const fed = c.take(
      range,
      [
        series([
          [0, 5],
          [10, 7],
          [20, 1],
        ]),
      ],
      [0],
    );
    expect(fed.map((b) => [b.at - START, b.values[0]?.get('')])).toEqual([[10_000, 7]]);
    // Asked again later, the same bucket (revised to 9) is never fed twice.
    const later = c.range(START + 51_000) as SampleRange;
    expect(later.from).toBe(START + 20_000);
    expect(
      c
        .take(
          later,
          [
            series([
              [10, 9],
              [20, 4],
            ]),
          ],
          [0],
        )
        .map((b) => b.at - START),
    ).toEqual([20_000]);
  });

  it('waits through buckets with no data, then reads them when they arrive late', () => {
    const c = new BucketCursor(START, 10_000, 0);
    const r1 = c.range(START + 30_000) as SampleRange;
    expect(c.take(r1, [[]], [0])).toEqual([]);
    expect(c.fedTo).toBe(START); // nothing fed: the next ask starts at the same place
    const r2 = c.range(START + 40_000) as SampleRange;
    expect(r2.from).toBe(START);
    const late = [{ samples: [0, 10, 20, 30].map((s) => ({ at: START + s * 1000, value: s })) }];
    expect(c.take(r2, [late], [0])).toHaveLength(4);
  });

  it('reads a missing error point as 0 when the total has one, and passes over buckets without a total', () => {
    const c = new BucketCursor(START, 10_000, 0);
    const r = c.range(START + 40_000) as SampleRange;
    const errors = [{ samples: [{ at: START + 10_000, value: 2 }] }];
    const totals = [{ samples: [0, 20, 30].map((s) => ({ at: START + s * 1000, value: 100 })) }];
    const fed = c.take(r, [errors, totals], [1]);
    expect(fed.map((b) => [b.at - START, b.values[0]?.get('') ?? 0, b.values[1]?.get('')])).toEqual(
      [
        [0, 0, 100],
        [20_000, 0, 100],
        [30_000, 0, 100],
      ],
    );
    expect(c.gaps).toBe(1);
  });
});

describe('startMetric: counts canary against baseline', () => {
  it('fails a canary with 4× the baseline error rate, naming both rates', async () => {
    const clock = { now: START };
    const { provider } = modelProvider(model({ canaryErrorRate: 0.04 }), clock);
    const { r, seconds } = await drive(counts(), provider, clock, 600);
    expect(r.verdict.state).toBe('fail');
    expect((r.verdict as { reason: string }).reason).toMatch(
      /canary error rate [34]\.\d+% is higher than the baseline's 0\.\d+% \(about [345]\.\d×/,
    );
    expect(seconds).toBeLessThan(300);
  });

  it('passes a canary as good as the baseline, from whole buckets only', async () => {
    const clock = { now: START };
    const { provider, asked } = modelProvider(model(), clock);
    const { r } = await drive(counts(), provider, clock, 1200);
    expect(r.verdict.state).toBe('pass');
    // Every range asked ends at least settle (20 s) before the poll, on a bucket edge.
    for (const a of asked) expect(a.range.to % 10_000).toBe(0);
    expect(r.report().bucketGaps).toBe(0);
  });

  it('stays inconclusive while there is no data, then decides when data comes', async () => {
    const clock = { now: START };
    const { provider } = modelProvider(
      model({ canaryErrorRate: 0.2, dataFrom: START + 120_000 }),
      clock,
    );
    const check = counts();
    const r = startMetric(check, START, provider);
    for (let s = 1; s <= 120; s++) await r.tick((clock.now = START + s * 1000));
    expect(r.verdict.state).toBe('continue');
    const { r: after } = { r };
    for (let s = 121; s <= 400 && after.verdict.state === 'continue'; s++)
      await r.tick((clock.now = START + s * 1000));
    expect(r.verdict.state).toBe('fail');
  });

  it('judges each group and names the bad one (by {host})', async () => {
    const clock = { now: START };
    const { provider } = modelProvider(
      model({
        groups: ['host:a', 'host:b', 'host:c'],
        badGroup: 'host:b',
        canaryErrorRate: 0.1,
        rps: 600,
      }),
      clock,
    );
    const { r } = await drive(counts({ by: true, groups: 'each' }), provider, clock, 600);
    expect(r.verdict.state).toBe('fail');
    expect((r.verdict as { reason: string }).reason).toMatch(/^host:b: /);
    const groups = r.report().groups ?? [];
    expect(groups.map((g) => g.group).sort()).toEqual(['host:a', 'host:b', 'host:c']);
    expect(groups.find((g) => g.worst)?.group).toBe('host:b');
  });
});

describe('startMetric: a gauge against a threshold', () => {
  const gauge = (threshold: number): MetricCheckConfig => ({
    ...counts(),
    measure: {
      type: 'gauge',
      query: { text: 'canary.gauge.by', label: 'checks[0].query' },
      operator: '<',
      threshold,
      minBuckets: 3,
    },
  });
  it('passes after three buckets hold, and fails on the first that breaks it, naming the worst group', async () => {
    const clock = { now: START };
    const g = (at: number, _side: Side) => 100 + ((at / 10_000) % 3) * 10;
    const { provider } = modelProvider(model({ gauge: g, groups: ['host:a'] }), clock);
    const pass = await drive(gauge(200), provider, clock, 200);
    expect(pass.r.verdict.state).toBe('pass');
    expect(pass.r.report().values).toHaveLength(3);
    const fail = await drive(gauge(115), provider, { now: START }, 200);
    expect(fail.r.verdict.state).toBe('fail');
    expect((fail.r.verdict as { reason: string }).reason).toMatch(
      /= 120 for host:a .* breaks < 115/,
    );
  });
});

describe('startMetric: provider failures', () => {
  const oneBucket = async (faults: ProviderError[], seconds = 45) => {
    const clock = { now: START };
    const { provider, asked } = modelProvider(model(), clock, faults);
    const r = startMetric(counts(), START, provider);
    let error: unknown;
    try {
      for (let s = 1; s <= seconds; s++) await r.tick((clock.now = START + s * 1000));
    } catch (e) {
      error = e;
    }
    return { r, asked, error: error as Error | undefined };
  };

  it('retries a rate limit after the time it asks, then carries on', async () => {
    const t0 = Date.now();
    const { r, asked, error } = await oneBucket([
      new ProviderError('rate-limit', 'slow down', 300),
    ]);
    expect(error).toBeUndefined();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
    expect(asked.length).toBeGreaterThan(4); // the refused query was asked again
    expect(r.report().canary?.requests).toBeGreaterThan(0);
  });

  it('fails after polls in a row fail through their retries, naming the check and the query', async () => {
    const down = () => new ProviderError('unavailable', 'HTTP 503 from the vendor');
    const { error } = await oneBucket(Array.from({ length: 40 }, down), 80);
    expect(error?.message).toMatch(
      /^api: the model query checks\[0\]\.error-query 'canary\.errors' failed 3 polls in a row \(3 attempts each\): HTTP 503 from the vendor$/,
    );
  });

  it('fails at once on a refused key, and on a refused query naming the key that holds it', async () => {
    const auth = await oneBucket([
      new ProviderError('auth', 'the key was refused; check DD_API_KEY'),
    ]);
    expect(auth.error?.message).toBe('api: the key was refused; check DD_API_KEY');
    expect(auth.asked).toHaveLength(4); // no retry (the other three queries ran alongside)
    const query = await oneBucket([
      new ProviderError('query', "Error parsing query: unexpected '}'"),
    ]);
    expect(query.error?.message).toBe(
      "Input 'checks' checks[0].error-query 'canary.errors' was refused by model: Error parsing query: unexpected '}'",
    );
  });
});

describe('CountJudge on vendor buckets (tens of errors per block)', () => {
  it('does not count a worse canary’s first block as over-dispersion: it only seeds the ratio', async () => {
    const { CountJudge } = await import('../../../src/core/gate/judge.js');
    const j = new CountJudge({ ...judge, minSamples: 1 }, true);
    // 10 s buckets at 10× the baseline's error rate, errors exactly as expected each time.
    for (let i = 1; i <= 4; i++)
      j.add(
        { requests: 1000, errors: 50, slow: 0 },
        { requests: 4000, errors: 20, slow: 0 },
        i * 10_000,
      );
    const d = j.diagnostics();
    expect(d.blocks).toBe(4);
    // Three blocks held against the ratio before them (10×): no extra variance at all. Holding the
    // first against a ratio of 1 made this about 29.
    expect(d.dispersion).toBeLessThan(1);
  });
});
