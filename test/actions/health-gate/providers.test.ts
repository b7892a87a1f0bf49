// health-gate's bundle reading metric providers through their stand-ins, as the runner runs it:
// few runs, on 1 s buckets, so each decides within seconds.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runAction } from '../../../lab/runner.js';
import type { TrafficModel } from '../../../lab/metrics.js';
import { startDatadog } from '../../../tools/vendors/datadog/server.js';
import type { VendorStandIn } from '../../../tools/vendors/http.js';
import { startWebMetrics } from '../../../tools/vendors/web/server.js';

const API_KEY = 'dd0bundle0api0key0000000000000000';
const APP_KEY = 'dd0bundle0app0key00000000000000000000000';
const TOKEN = 'web0bundle0token00000000000000000';
const opened: VendorStandIn[] = [];
afterAll(async () => Promise.all(opened.map((s) => s.close())));

const model = (over: Partial<TrafficModel> = {}): TrafficModel => ({
  rps: 4000,
  canaryShare: 0.25,
  baselineErrorRate: 0.01,
  canaryErrorRate: 0.01,
  gauge: 180,
  seed: 5,
  ...over,
});
const fast = { bucket: '1s', settle: '1s', 'query-interval': '500ms' };
const dd = (metric: string, side: string) =>
  `sum:trace.http.request.${metric}{service:api,version:${side}}.as_count()`;
const ddCounts = {
  kind: 'datadog',
  'error-query': dd('errors', 'canary'),
  'total-query': dd('hits', 'canary'),
  'baseline-error-query': dd('errors', 'baseline'),
  'baseline-total-query': dd('hits', 'baseline'),
  ...fast,
};

async function datadog(over: Partial<TrafficModel> = {}) {
  const standIn = await startDatadog({
    apiKey: API_KEY,
    appKey: APP_KEY,
    model: model(over),
    metrics: { 'trace.http.request.errors': 'errors', 'trace.http.request.hits': 'requests' },
  });
  opened.push(standIn);
  return standIn;
}

describe.concurrent('health-gate bundle, metric providers', () => {
  it('datadog: fails a canary with 10× the baseline error rate, keys from the environment and never printed', async () => {
    // The 4× case at Datadog's real granularity is the contract's (a model clock); here the
    // bundle's path, decided in a few 1 s buckets (max-error-rate high: judged against the baseline).
    const standIn = await datadog({ canaryErrorRate: 0.1 });
    const result = await runAction('health-gate', {
      inputs: {
        checks: stringify([{ name: 'api', ...ddCounts }]),
        duration: '40s',
        'max-error-rate': '0.5',
      },
      env: { DD_API_KEY: API_KEY, DD_APP_KEY: APP_KEY, GLIDEPATH_DATADOG_URL: standIn.url },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.result).toBe('fail');
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(
      /^health-gate: fail: api: canary error rate \d\.\d+% is higher than the baseline's/,
    );
    const report = readFileSync(result.outputs.report as string, 'utf8');
    expect(JSON.parse(report).checks[0]).toMatchObject({ kind: 'metric', provider: 'datadog' });
    for (const text of [result.stdout, result.stderr, report, result.summary])
      for (const key of [API_KEY, APP_KEY]) expect(text).not.toContain(key);
    expect(standIn.log.every((e) => e.request.headers['dd-api-key'] === API_KEY)).toBe(true);
  });

  it('datadog: a wrong key is one error naming the input, exit 1', async () => {
    const standIn = await datadog();
    const result = await runAction('health-gate', {
      inputs: {
        checks: stringify([{ name: 'api', ...ddCounts }]),
        'datadog-api-key': 'wrong0key0000000000000000000000000',
        'datadog-app-key': APP_KEY,
        duration: '20s',
      },
      env: { GLIDEPATH_DATADOG_URL: standIn.url },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      expect.stringMatching(
        /^api: Datadog answered 403 \(Forbidden\): the API or application key was refused; check checks\[0\]\.datadog-api-key and checks\[0\]\.datadog-app-key/,
      ),
    ]);
    expect(result.masks).toContain('wrong0key0000000000000000000000000');
    expect(result.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('wrong0key');
  });

  it('web: passes a gauge under its threshold, the bearer token masked', async () => {
    const standIn = await startWebMetrics({ token: TOKEN, model: model() });
    opened.push(standIn);
    const result = await runAction('health-gate', {
      inputs: {
        checks: stringify([
          {
            name: 'p99',
            kind: 'web',
            url: `${standIn.url}/api/now?side=canary`,
            headers: { Authorization: `Bearer ${TOKEN}` },
            query: '{$.latency.p99}',
            threshold: '< 250',
            ...fast,
          },
        ]),
        duration: '20s',
      },
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs.result).toBe('pass');
    expect(result.masks).toContain(`Bearer ${TOKEN}`);
    expect(result.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(TOKEN);
  });

  it('web: a field path that matches nothing is one error naming checks[0].error-query', async () => {
    const standIn = await startWebMetrics({ token: TOKEN, model: model() });
    opened.push(standIn);
    const result = await runAction('health-gate', {
      inputs: {
        checks: stringify([
          {
            name: 'api',
            kind: 'web',
            url: `${standIn.url}/api/counts?from={from}&to={to}`,
            headers: { Authorization: `Bearer ${TOKEN}` },
            'error-query': '$.canary.failures',
            'total-query': '$.canary.requests',
            ...fast,
          },
        ]),
        duration: '20s',
      },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      "Input 'checks' checks[0].error-query '$.canary.failures' was refused by web: the field path matches nothing in the answer: at 'canary.failures' there is the keys errors, requests",
    ]);
  });
});
