import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CloudWatchProvider,
  cloudWatchFailure,
  cloudWatchPeriodFor,
  parseCloudWatchCheck,
} from '../../../../src/core/gate/providers/cloudwatch.js';
import { ProviderError } from '../../../../src/core/gate/providers/types.js';
import type { TrafficModel } from '../../../../lab/metrics.js';
import { providerContract } from './contract.js';
import {
  CloudWatchStandIn,
  modelQuery,
  putModel,
  STAND_IN_ACCESS_KEY_ID,
  STAND_IN_SECRET_ACCESS_KEY,
} from '../../../../tools/vendors/cloudwatch/index.js';

const ALB = {
  LoadBalancer: 'app/shop/50dc6c495c0c9188',
  TargetGroup: 'targetgroup/canary/73e2d6bc24d8a067',
};
const errors = {
  namespace: 'AWS/ApplicationELB',
  metric: 'HTTPCode_Target_5XX_Count',
  dimensions: ALB,
  stat: 'Sum',
};
const total = { ...errors, metric: 'RequestCount' };
const T0 = Date.UTC(2026, 11, 1, 12, 0, 0);
const range = { from: T0, to: T0 + 5 * 60_000, stepMs: 60_000 };
const never = new AbortController().signal;

let standIn: CloudWatchStandIn;
let provider: CloudWatchProvider;
const saved = { ...process.env };

beforeAll(async () => {
  standIn = new CloudWatchStandIn({ pageSize: 4 });
  await standIn.start();
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: STAND_IN_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: STAND_IN_SECRET_ACCESS_KEY,
    AWS_SESSION_TOKEN: 'stand-in-session-token',
    AWS_EC2_METADATA_DISABLED: 'true',
  });
  provider = new CloudWatchProvider({ region: 'eu-west-1', endpoint: standIn.url, maxAttempts: 1 });
});
afterAll(async () => {
  await standIn.stop();
  process.env = saved;
});
beforeEach(() => {
  standIn.store.clear();
  standIn.requests.length = 0;
});

/** One datapoint every 10 s: `perMinute(minute)` spread evenly over six of them. */
function perMinute(f: (minute: number) => number) {
  return Array.from({ length: 30 }, (_, i) => ({
    at: T0 + i * 10_000,
    value: f(Math.floor(i / 6)) / 6,
  }));
}

describe('CloudWatch provider against the stand-in (the SDK signs, the stand-in checks the signature)', () => {
  it('answers a metric as one series of 60 s sums, oldest first, across pages', async () => {
    standIn.put(
      errors,
      perMinute((m) => 6 * (m + 1)),
    );
    const series = await provider.query(JSON.stringify(errors), range, never);
    expect(series).toEqual([
      { samples: [0, 1, 2, 3, 4].map((m) => ({ at: T0 + m * 60_000, value: 6 * (m + 1) })) },
    ]);
    // pageSize 4: five buckets need two pages, so NextToken was followed.
    expect(standIn.requests.map((r) => r.status)).toEqual([200, 200]);
    expect(standIn.violations).toEqual([]);
    const body = standIn.requests[0]?.body as {
      MetricDataQueries: { MetricStat: { Period: number } }[];
    };
    expect(body.MetricDataQueries[0]?.MetricStat.Period).toBe(60);
    expect(standIn.requests[0]?.region).toBe('eu-west-1');
  });

  it('rounds the step to a period CloudWatch allows', async () => {
    standIn.put(
      errors,
      perMinute(() => 6),
    );
    await provider.query(JSON.stringify(errors), { ...range, stepMs: 45_000 }, never);
    const body = standIn.requests[0]?.body as {
      MetricDataQueries: { MetricStat: { Period: number } }[];
    };
    expect(body.MetricDataQueries[0]?.MetricStat.Period).toBe(60);
    expect([1, 4, 5, 7, 29, 31, 61, 119].map((s) => cloudWatchPeriodFor(s * 1000))).toEqual([
      1, 5, 5, 10, 30, 60, 120, 120,
    ]);
  });

  it('answers a metric math expression over named metrics (an error ratio)', async () => {
    standIn.put(
      errors,
      perMinute((m) => m),
    );
    standIn.put(
      total,
      perMinute(() => 100),
    );
    const check = parseCloudWatchCheck(
      {
        'aws-region': 'eu-west-1',
        query: { expression: '100 * e / t', metrics: { e: errors, t: total } },
      },
      'checks[0]',
    );
    const series = await provider.query(check.queries.query as string, range, never);
    expect(series).toHaveLength(1);
    expect(series[0]?.group).toBeUndefined();
    expect(series[0]?.samples.map((s) => Math.round(s.value * 1e9) / 1e9)).toEqual([0, 1, 2, 3, 4]);
  });

  it('names each series of a SEARCH by its label (grouped)', async () => {
    standIn.put(
      { ...errors, dimensions: { LoadBalancer: 'app/a/1' } },
      perMinute(() => 1),
    );
    standIn.put(
      { ...errors, dimensions: { LoadBalancer: 'app/b/2' } },
      perMinute(() => 2),
    );
    const series = await provider.query(
      `SEARCH('{AWS/ApplicationELB,LoadBalancer} MetricName="HTTPCode_Target_5XX_Count"', 'Sum', 60)`,
      range,
      never,
    );
    expect(series.map((s) => [s.group, s.samples.length])).toEqual([
      ['app/a/1 HTTPCode_Target_5XX_Count', 5],
      ['app/b/2 HTTPCode_Target_5XX_Count', 5],
    ]);
  });

  it('no data is [] (inconclusive), never a failure', async () => {
    expect(await provider.query(JSON.stringify(errors), range, never)).toEqual([]);
  });

  it('maps throttling, 5xx and auth failures to ProviderError kinds with AWS text and the query', async () => {
    const text = JSON.stringify(errors);
    const failure = async () =>
      provider.query(text, range, never).then(
        () => undefined,
        (e: unknown) => e as ProviderError,
      );
    standIn.fault({ kind: 'throttle' });
    let e = await failure();
    expect([e?.failure, e?.message]).toEqual([
      'rate-limit',
      expect.stringContaining('Rate exceeded'),
    ]);
    expect(e?.message).toContain(text);
    standIn.fault({ kind: 'server' });
    e = await failure();
    expect(e?.failure).toBe('unavailable');
    expect(e?.message).toMatch(/HTTP 500.*Internal service error/);
    standIn.fault({ kind: 'server', status: 503 });
    expect((await failure())?.failure).toBe('unavailable');
    standIn.fault({ kind: 'auth' });
    e = await failure();
    expect([e?.failure, e?.message]).toEqual(['auth', expect.stringContaining('expired')]);
    expect(e?.message).not.toContain(STAND_IN_SECRET_ACCESS_KEY);
  });

  it('a wrong secret or an unknown key is auth, and the secret is never in the message', async () => {
    const against = async (keys: Record<string, string>) => {
      const other = new CloudWatchStandIn({ keys });
      await other.start();
      try {
        const p = new CloudWatchProvider({
          region: 'eu-west-1',
          endpoint: other.url,
          maxAttempts: 1,
        });
        return (await p
          .query(JSON.stringify(errors), range, never)
          .catch((x: unknown) => x)) as ProviderError;
      } finally {
        await other.stop();
      }
    };
    const wrong = await against({ [STAND_IN_ACCESS_KEY_ID]: 'another-secret' });
    expect(wrong).toBeInstanceOf(ProviderError);
    expect([wrong.failure, wrong.message]).toEqual([
      'auth',
      expect.stringContaining('SignatureDoesNotMatch'),
    ]);
    expect(wrong.message).not.toContain(STAND_IN_SECRET_ACCESS_KEY);
    const unknown = await against({});
    expect([unknown.failure, unknown.message]).toEqual([
      'auth',
      expect.stringContaining('InvalidClientTokenId'),
    ]);
  });

  it("a malformed query is 'query' with CloudWatch's own text and the query named", async () => {
    const bad = 'FOO(2) * 2';
    const e = (await provider.query(bad, range, never).catch((x: unknown) => x)) as ProviderError;
    expect(e.failure).toBe('query');
    expect(e.message).toContain('InvalidParameterValue');
    expect(e.message).toContain('Unrecognized metric id or function name: FOO');
    expect(e.message).toContain(`'${bad}'`);
  });

  it("the SDK's own retry rides out one throttle and one 5xx", async () => {
    standIn.put(
      errors,
      perMinute(() => 6),
    );
    const retrying = new CloudWatchProvider({
      region: 'eu-west-1',
      endpoint: standIn.url,
      maxAttempts: 3,
    });
    standIn.fault({ kind: 'server' });
    const series = await retrying.query(JSON.stringify({ ...errors, period: 300 }), range, never);
    expect(series[0]?.samples).toEqual([{ at: T0, value: 30 }]);
    expect(standIn.requests.map((r) => r.status)).toEqual([500, 200]);
  });

  it('without credentials anywhere the failure is auth', async () => {
    const keep = { ...process.env };
    for (const k of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'])
      delete process.env[k];
    Object.assign(process.env, {
      AWS_CONFIG_FILE: '/nonexistent/config',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
    });
    try {
      const p = new CloudWatchProvider({
        region: 'eu-west-1',
        endpoint: standIn.url,
        maxAttempts: 1,
      });
      const e = (await p
        .query(JSON.stringify(errors), range, never)
        .catch((x: unknown) => x)) as ProviderError;
      expect(e.failure).toBe('auth');
      expect(standIn.requests).toEqual([]);
    } finally {
      process.env = keep;
    }
  });

  it('classifies SDK errors by code and status', () => {
    const kind = (e: object) => cloudWatchFailure(e, 'q').failure;
    expect(kind({ name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } })).toBe(
      'rate-limit',
    );
    expect(
      kind({ name: 'InvalidParameterValueException', $metadata: { httpStatusCode: 400 } }),
    ).toBe('query');
    expect(kind({ name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } })).toBe(
      'auth',
    );
    expect(kind({ name: 'X', $metadata: { httpStatusCode: 502 } })).toBe('unavailable');
    expect(kind({ name: 'Error', code: 'ECONNREFUSED' })).toBe('unavailable');
  });
});

providerContract({
  kind: 'cloudwatch',
  timeScale: 2,
  async start(model: TrafficModel, clock: () => number) {
    const standIn = new CloudWatchStandIn();
    await standIn.start();
    putModel(standIn, model, clock);
    // The SDK reads its credentials and endpoint when a query is sent, not when the check is
    // read: they stay in the environment for the scenario (the contract restores only its own).
    const env = {
      AWS_ACCESS_KEY_ID: STAND_IN_ACCESS_KEY_ID,
      AWS_SECRET_ACCESS_KEY: STAND_IN_SECRET_ACCESS_KEY,
      AWS_SESSION_TOKEN: 'stand-in-session-token',
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL_CLOUDWATCH: standIn.url,
      // The gate retries rate limits and outages itself; the SDK's own retries are tested above.
      AWS_MAX_ATTEMPTS: '1',
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    Object.assign(process.env, env);
    // CloudWatch's real granularity: the spec's 60 s buckets, read a minute after they end.
    const timing = { bucket: '1m' };
    const counts = {
      kind: 'cloudwatch',
      ...timing,
      'error-query': modelQuery('Errors', 'canary'),
      'total-query': modelQuery('Requests', 'canary'),
      'baseline-error-query': modelQuery('Errors', 'baseline'),
      'baseline-total-query': modelQuery('Requests', 'baseline'),
    };
    return {
      counts,
      gauge: (threshold: string) => ({
        kind: 'cloudwatch',
        ...timing,
        query: modelQuery('Latency', 'canary', 'Maximum'),
        threshold,
      }),
      env,
      rateLimit: (times: number) => standIn.fault({ kind: 'throttle', times }),
      outage: (times: number) => standIn.fault({ kind: 'server', status: 503, times }),
      // The credentials come from the environment at query time: the stand-in stops accepting them.
      get wrongKey() {
        standIn.fault({ kind: 'auth', times: 1000 });
        return { entry: counts, names: /^metrics: CloudWatch answered ExpiredToken .*credentials/ };
      },
      badQuery: {
        entry: { ...counts, 'error-query': 'FOO(2) * 2' },
        says: /InvalidParameterValue.*Unrecognized metric id or function name: FOO/,
      },
      secrets: [STAND_IN_SECRET_ACCESS_KEY, 'stand-in-session-token'],
      conformance: () => expect(standIn.violations).toEqual([]),
      close: () => standIn.stop(),
    };
  },
});
