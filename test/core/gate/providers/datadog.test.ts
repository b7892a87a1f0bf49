// The v1 package alone: the whole client (v2 too) takes seconds to import.
import * as client from '@datadog/datadog-api-client/dist/packages/datadog-api-client-common/index.js';
import * as v1 from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v1/index.js';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readGateSettings } from '../../../../src/core/gate/inputs.js';
import { DATADOG_SITES, withRollup } from '../../../../src/core/gate/providers/datadog.js';
import { Inputs } from '../../../../src/core/runtime/index.js';
import type { TrafficModel } from '../../../../lab/metrics.js';
import { rateLimited, startDatadog } from '../../../../tools/vendors/datadog/server.js';
import type { LoggedExchange, VendorStandIn } from '../../../../tools/vendors/http.js';
import { providerContract } from './contract.js';

const API_KEY = 'dd0api0key0abcdef0123456789abcdef';
const APP_KEY = 'dd0app0key0fedcba9876543210fedcba9876543';
const METRICS = {
  'trace.http.request.errors': 'errors',
  'trace.http.request.hits': 'requests',
  'trace.http.request.duration.by.service.99p': 'gauge',
} as const;
const q = (metric: string, side: string, count = true) =>
  `sum:${metric}{service:api,version:${side}}${count ? '.as_count()' : ''}`;

/**
 * Every answer the stand-in gave, read by Datadog's official client's own deserializer
 * (MetricsQueryResponse, or APIErrorResponse for errors): a field it does not model, a wrong
 * type or a missing required field fails.
 */
export function checkWithOfficialClient(log: readonly LoggedExchange[]): void {
  expect(log.length).toBeGreaterThan(0);
  for (const { request, answer } of log) {
    expect(request.method).toBe('GET');
    expect(request.path).toBe('/api/v1/query');
    expect(Object.keys(request.query).sort()).toEqual(['from', 'query', 'to']);
    const type = answer.status === 200 ? 'MetricsQueryResponse' : 'APIErrorResponse';
    const parsed = v1.ObjectSerializer.deserialize(answer.body, type, '') as Record<
      string,
      unknown
    >;
    const strict = (value: unknown, where: string): void => {
      if (!value || typeof value !== 'object') return;
      const o = value as Record<string, unknown>;
      expect(o._unparsed, `${where}: not parsed by the client`).toBeUndefined();
      expect(o.additionalProperties, `${where}: fields the client does not model`).toBeUndefined();
      for (const [k, v] of Object.entries(o))
        if (Array.isArray(v)) v.forEach((x, i) => strict(x, `${where}.${k}[${i}]`));
        else strict(v, `${where}.${k}`);
    };
    strict(parsed, type);
  }
}

providerContract({
  kind: 'datadog',
  async start(model: TrafficModel, clock: () => number) {
    const standIn = await startDatadog({
      apiKey: API_KEY,
      appKey: APP_KEY,
      model,
      metrics: METRICS,
      clock,
    });
    const counts = {
      kind: 'datadog',
      'error-query': q('trace.http.request.errors', 'canary'),
      'total-query': q('trace.http.request.hits', 'canary'),
      'baseline-error-query': q('trace.http.request.errors', 'baseline'),
      'baseline-total-query': q('trace.http.request.hits', 'baseline'),
    };
    return {
      counts,
      gauge: (threshold: string) => ({
        kind: 'datadog',
        query: `max:trace.http.request.duration.by.service.99p{service:api,version:canary}`,
        threshold,
      }),
      env: { DD_API_KEY: API_KEY, DD_APP_KEY: APP_KEY, GLIDEPATH_DATADOG_URL: standIn.url },
      rateLimit: (times: number) => standIn.fault({ ...rateLimited(1), times }),
      outage: (times: number) =>
        standIn.fault({ status: 503, body: { errors: ['Service Unavailable'] }, times }),
      wrongKey: {
        entry: { ...counts, 'datadog-api-key': 'not-the-key-0000000000000000000000' },
        names: /checks\[0\]\.datadog-api-key and DD_APP_KEY/,
      },
      badQuery: {
        entry: { ...counts, 'error-query': 'sum:trace.http.request.errors{service:api' },
        says: /Error parsing query: unable to parse/,
      },
      secrets: [API_KEY, APP_KEY],
      conformance: () => checkWithOfficialClient(standIn.log),
      close: () => standIn.close(),
    };
  },
});

describe('datadog provider', () => {
  const opened: VendorStandIn[] = [];
  afterAll(async () => Promise.all(opened.map((s) => s.close())));
  const model: TrafficModel = {
    rps: 100,
    canaryShare: 0.5,
    baselineErrorRate: 0.01,
    canaryErrorRate: 0.01,
    groups: ['host:a', 'host:b'],
    seed: 3,
  };

  it("accepts the official client's request and its answers parse (by {host}, empty series, errors)", async () => {
    const standIn = await startDatadog({
      apiKey: API_KEY,
      appKey: APP_KEY,
      model,
      metrics: METRICS,
    });
    opened.push(standIn);
    const configuration = client.createConfiguration({
      authMethods: { apiKeyAuth: API_KEY, appKeyAuth: APP_KEY },
      baseServer: new client.BaseServerConfiguration(standIn.url, {}),
      enableRetry: false,
    });
    const api = new v1.MetricsApi(configuration);
    const to = Math.floor(Date.now() / 1000);
    const grouped = await api.queryMetrics({
      from: to - 60,
      to,
      query: `${q('trace.http.request.hits', 'canary')} by {host}.rollup(sum, 10)`.replace(
        '.as_count() by {host}',
        ' by {host}.as_count()',
      ),
    });
    expect(grouped.status).toBe('ok');
    expect(grouped.series?.map((s) => s.tagSet)).toEqual([['host:a'], ['host:b']]);
    expect(grouped.series?.[0]?.interval).toBe(10);
    expect(grouped.series?.[0]?.pointlist?.length).toBeGreaterThanOrEqual(5);
    const empty = await api.queryMetrics({ from: to - 60, to, query: 'sum:no.such.metric{*}' });
    expect(empty.series).toEqual([]);
    await expect(api.queryMetrics({ from: to - 60, to, query: 'sum:x{' })).rejects.toMatchObject({
      code: 400,
      body: { errors: [expect.stringMatching(/^Error parsing query/)] },
    });
    const refused = new v1.MetricsApi(
      client.createConfiguration({
        authMethods: { apiKeyAuth: 'wrong', appKeyAuth: APP_KEY },
        baseServer: new client.BaseServerConfiguration(standIn.url, {}),
        enableRetry: false,
      }),
    );
    await expect(
      refused.queryMetrics({ from: to - 60, to, query: 'sum:x{*}' }),
    ).rejects.toMatchObject({ code: 403 });
    checkWithOfficialClient(standIn.log);
    // The client sent the keys in Datadog's headers, as the provider does.
    expect(standIn.log[0]?.request.headers['dd-api-key']).toBe(API_KEY);
    expect(standIn.log[0]?.request.headers['dd-application-key']).toBe(APP_KEY);
  });

  it('adds a rollup of the bucket width unless the query has one', () => {
    expect(withRollup('sum:a{*}.as_count()', 10_000)).toBe('sum:a{*}.as_count().rollup(sum, 10)');
    expect(withRollup('avg:a{*} by {host}', 60_000)).toBe('avg:a{*} by {host}.rollup(avg, 60)');
    expect(withRollup('sum:a{*}.rollup(sum, 30)', 10_000)).toBe('sum:a{*}.rollup(sum, 30)');
  });

  const read = (entry: Record<string, string>, step: Record<string, string> = {}) => {
    const values: Record<string, string> = {
      checks: stringify([
        { name: 'dd', kind: 'datadog', query: 'avg:a{*}', threshold: '< 1', ...entry },
      ]),
      ...step,
    };
    return () => readGateSettings(new Inputs((name) => values[name] ?? ''));
  };

  it('takes the site and keys from the step inputs, and refuses a site that does not exist, naming the input', () => {
    const keys = { 'datadog-api-key': 'k1', 'datadog-app-key': 'k2' };
    for (const site of DATADOG_SITES) expect(read({ 'datadog-site': site }, keys)).not.toThrow();
    expect(read({ 'datadog-site': 'datadoghq.co' }, keys)).toThrow(
      /^Input 'checks' checks\[0\]\.datadog-site is 'datadoghq\.co': use one of datadoghq\.com, datadoghq\.eu, us3\.datadoghq\.com, us5\.datadoghq\.com, ap1\.datadoghq\.com, ddog-gov\.com$/,
    );
    expect(read({}, { ...keys, 'datadog-site': 'us9.datadoghq.com' })).toThrow(
      /checks\[0\]\.datadog-site is 'us9/,
    );
  });

  it('names the key input when no key is given anywhere', () => {
    const saved = [process.env.DD_API_KEY, process.env.DD_APP_KEY];
    delete process.env.DD_API_KEY;
    delete process.env.DD_APP_KEY;
    try {
      expect(read({})).toThrow(
        /^Input 'checks' checks\[0\]\.datadog-api-key is missing: give it from a secret \(datadog-api-key: \$\{\{ secrets\.DD_API_KEY \}\}\) or set DD_API_KEY in the environment$/,
      );
    } finally {
      if (saved[0] !== undefined) process.env.DD_API_KEY = saved[0];
      if (saved[1] !== undefined) process.env.DD_APP_KEY = saved[1];
    }
  });
});
