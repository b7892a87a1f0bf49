import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { MetricCheckConfig } from '../../../../src/core/gate/config.js';
import { readGateSettings } from '../../../../src/core/gate/inputs.js';
import type { ProviderError } from '../../../../src/core/gate/providers/types.js';
import { parsePath, web, type WebSettings } from '../../../../src/core/gate/providers/web.js';
import { Inputs } from '../../../../src/core/runtime/index.js';
import type { TrafficModel } from '../../../../lab/metrics.js';
import type { LoggedExchange } from '../../../../tools/vendors/http.js';
import { startWebMetrics } from '../../../../tools/vendors/web/server.js';
import { providerContract } from './contract.js';

const TOKEN = 'web0metrics0token0abcdef0123456789';

/** What the provider sent: GETs with the bearer token and JSON accepted, whole-second windows of one bucket. */
function checkRequests(log: readonly LoggedExchange[]): void {
  expect(log.length).toBeGreaterThan(0);
  for (const { request } of log) {
    expect(request.method).toBe('GET');
    expect(request.headers.accept).toBe('application/json');
    if (request.path === '/api/counts')
      expect(Number(request.query.to) - Number(request.query.from)).toBe(10);
  }
}

/** The gauge entry: the canary's p99 now, held against the threshold. */
const gaugeAt = (url: string) => (threshold: string) => ({
  kind: 'web',
  url: `${url}/api/now?side=canary`,
  headers: `Authorization: Bearer ${TOKEN}`,
  query: 'latency.p99',
  threshold,
});

providerContract({
  kind: 'web',
  async start(model: TrafficModel, clock: () => number) {
    const standIn = await startWebMetrics({ token: TOKEN, model, clock });
    const counts = {
      kind: 'web',
      url: `${standIn.url}/api/counts?from={from}&to={to}`,
      headers: `Authorization: Bearer ${TOKEN}`,
      'error-query': '$.canary.errors',
      'total-query': '$.canary.requests',
      'baseline-error-query': '{$.baseline.errors}',
      'baseline-total-query': '{$.baseline.requests}',
    };
    return {
      counts,
      gauge: gaugeAt(standIn.url),
      env: {},
      rateLimit: (times: number) =>
        standIn.fault({
          status: 429,
          headers: { 'Retry-After': '1' },
          body: { error: 'slow down' },
          times,
        }),
      outage: (times: number) =>
        standIn.fault({ status: 502, body: '<html>Bad Gateway</html>', times }),
      wrongKey: {
        entry: { ...counts, headers: 'Authorization: Bearer wrong-token-000000000000' },
        names: /answered 401: \{"error":"unauthorized"\}: check checks\[0\]\.headers$/,
      },
      badQuery: {
        entry: { ...counts, 'error-query': '$.canary.errorz' },
        says: /the field path matches nothing in the answer: at 'canary\.errorz' there is the keys errors, requests/,
      },
      secrets: [TOKEN],
      conformance: () => checkRequests(standIn.log),
      close: () => standIn.close(),
    };
  },
});

// Two deployments each serving their own numbers: the canary's at url, the baseline's at
// baseline-url, read with the same field paths.
providerContract({
  kind: 'web',
  variant: 'baseline-url',
  async start(model: TrafficModel, clock: () => number) {
    const standIn = await startWebMetrics({ token: TOKEN, model, clock });
    const at = (side: string) => `${standIn.url}/api/counts?side=${side}&from={from}&to={to}`;
    const counts = {
      kind: 'web',
      url: at('canary'),
      'baseline-url': at('baseline'),
      headers: `Authorization: Bearer ${TOKEN}`,
      'error-query': '$.errors',
      'total-query': '$.requests',
    };
    return {
      counts,
      gauge: gaugeAt(standIn.url),
      env: {},
      rateLimit: (times: number) =>
        standIn.fault({ status: 429, headers: { 'Retry-After': '1' }, body: {}, times }),
      outage: (times: number) => standIn.fault({ status: 503, body: 'unavailable', times }),
      wrongKey: {
        entry: { ...counts, headers: 'Authorization: Bearer wrong-token-000000000000' },
        names: /answered 401: \{"error":"unauthorized"\}: check checks\[0\]\.headers$/,
      },
      badQuery: {
        // The baseline's own path given: only the canary's is wrong.
        entry: { ...counts, 'error-query': '$.errorz', 'baseline-error-query': '$.errors' },
        says: /the field path matches nothing in the answer: at 'errorz' there is the keys errors, requests/,
      },
      secrets: [TOKEN],
      conformance() {
        checkRequests(standIn.log);
        // Each deployment asked for its own side only (the 4× scenario's verdict, against the
        // baseline's rate, shows the baseline's endpoint was read).
        for (const e of standIn.log.filter((x) => x.request.path === '/api/counts'))
          expect(['canary', 'baseline']).toContain(e.request.query.side);
      },
      close: () => standIn.close(),
    };
  },
});

describe('web provider', () => {
  it('reads field paths as Argo Rollouts writes them, and plain ones', () => {
    expect(parsePath('{$.data.ok}')).toEqual(['data', 'ok']);
    expect(parsePath('$.items[2].value')).toEqual(['items', 2, 'value']);
    expect(parsePath("a['b c'].d")).toEqual(['a', 'b c', 'd']);
    expect(parsePath('$.a..b')).toBeUndefined();
    expect(parsePath('')).toBeUndefined();
  });

  const read = (entry: Record<string, string>) => () =>
    readGateSettings(
      new Inputs((name) =>
        name === 'checks' ? stringify([{ name: 'w', kind: 'web', ...entry }]) : '',
      ),
    );

  it('refuses a check without its URL, a field path that is not one, and an unknown kind, naming the key', () => {
    expect(read({ query: '$.a', threshold: '< 1' })).toThrow(
      /^Input 'checks' checks\[0\]\.url is required for kind web: give the URL of the JSON endpoint/,
    );
    expect(read({ url: 'http://127.0.0.1:1/', query: '$.a[', threshold: '< 1' })).toThrow(
      /^Input 'checks' checks\[0\]\.query is '\$\.a\[', not a field path: write a path into the JSON answer/,
    );
    expect(
      read({ kind: 'webb', url: 'http://127.0.0.1:1/', query: 'a', threshold: '< 1' }),
    ).toThrow(
      /^Input 'checks' checks\[0\]\.kind is 'webb': use one of http, prometheus, datadog, web, cloudwatch, newrelic$/,
    );
  });

  it("reads the baseline at baseline-url with the canary's paths, and refuses baseline-url where it would be ignored", () => {
    const counts = { 'error-query': '$.errors', 'total-query': '$.requests' };
    const check = read({ url: 'http://a.test/c', 'baseline-url': 'http://b.test/c', ...counts })()
      .checks[0] as MetricCheckConfig;
    expect(check.provider.settings).toMatchObject({ baselineUrl: 'http://b.test/c' });
    expect(check.measure).toMatchObject({
      errors: { text: '$.errors', label: 'checks[0].error-query' },
      baseline: {
        errors: {
          text: '$.errors',
          label: 'checks[0].error-query at checks[0].baseline-url',
          side: 'baseline',
        },
        total: { text: '$.requests', side: 'baseline' },
      },
    });
    expect(read({ url: 'http://a.test/', 'baseline-url': 'b.test', ...counts })).toThrow(
      /^Input 'checks' checks\[0\]\.baseline-url is 'b\.test', not an http\(s\) URL/,
    );
    expect(
      read({
        url: 'http://a.test/',
        'baseline-url': 'http://b.test/',
        query: '$.a',
        threshold: '< 1',
      }),
    ).toThrow(/^Input 'checks' checks\[0\]\.baseline-url is set on a check without error-query/);
    expect(
      read({
        kind: 'datadog',
        'baseline-url': 'http://b.test/',
        query: 'avg:a{*}',
        threshold: '< 1',
        'datadog-api-key': 'k',
        'datadog-app-key': 'k',
      }),
    ).toThrow(
      /^Input 'checks' checks\[0\]\.baseline-url is set, but a datadog check does not read one: remove it/,
    );
  });

  it('reads an array of points ([t, v], t in seconds) in one request', async () => {
    const now = 1_900_000_300_000;
    const standIn = await startWebMetrics({
      token: TOKEN,
      model: { rps: 50, canaryShare: 0.5, baselineErrorRate: 0, canaryErrorRate: 0, seed: 1 },
      clock: () => now,
    });
    try {
      const settings = readGateSettings(
        new Inputs((name) =>
          name === 'checks'
            ? stringify([
                {
                  kind: 'web',
                  url: `${standIn.url}/api/series?side=canary&measure=requests&step=10`,
                  headers: `Authorization: Bearer ${TOKEN}`,
                  query: '$.points',
                  threshold: '> 0',
                },
              ])
            : '',
        ),
      );
      const { loadProvider } = await import('../../../../src/core/gate/metric-check.js');
      const provider = await loadProvider(settings.checks[0] as never);
      const series = await provider.query(
        '$.points',
        { from: now - 60_000, to: now, stepMs: 10_000 },
        new AbortController().signal,
      );
      expect(series[0]?.samples.length).toBeGreaterThanOrEqual(5);
      expect(series[0]?.samples.every((s) => s.at % 10_000 === 0 && s.value > 0)).toBe(true);
      expect(standIn.log).toHaveLength(1);
    } finally {
      await standIn.close();
    }
  });
});

describe('web provider under a rate limit', () => {
  it("asks for the Retry-After it was given, and for none without one (the gate's backoff then applies)", async () => {
    const model: TrafficModel = {
      rps: 100,
      canaryShare: 0.1,
      baselineErrorRate: 0.01,
      canaryErrorRate: 0.01,
      seed: 5,
    };
    const standIn = await startWebMetrics({ token: TOKEN, model, clock: () => Date.now() });
    try {
      const step: Record<string, string> = {
        checks: stringify([
          {
            name: 'api',
            kind: 'web',
            url: `${standIn.url}/api/counts?from={from}&to={to}`,
            headers: `Authorization: Bearer ${TOKEN}`,
            'error-query': '$.canary.errors',
            'total-query': '$.canary.requests',
          },
        ]),
      };
      const check = readGateSettings(new Inputs((name) => step[name] ?? '')).checks[0];
      const settings = (check as MetricCheckConfig).provider.settings as WebSettings;
      const provider = (await web.load())(settings);
      const to = Math.floor(Date.now() / 10_000) * 10_000;
      const ask = () =>
        provider
          .query(
            '$.canary.errors',
            { from: to - 10_000, to, stepMs: 10_000 },
            new AbortController().signal,
          )
          .then(
            () => undefined,
            (error: unknown) => error as ProviderError,
          );
      standIn.fault({ status: 429, headers: { 'Retry-After': '7' }, body: {}, times: 1 });
      expect(await ask()).toMatchObject({ failure: 'rate-limit', retryAfterMs: 7000 });
      standIn.fault({ status: 429, body: { error: 'slow down' }, times: 1 });
      const bare = await ask();
      expect(bare?.failure).toBe('rate-limit');
      // Not 0: before, Number(null) made a missing header a request to retry at once.
      expect(bare?.retryAfterMs).toBeUndefined();
      expect(await ask()).toBeUndefined();
    } finally {
      await standIn.close();
    }
  });
});
