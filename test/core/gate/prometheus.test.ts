// Prometheus keeps the metric provider contract: the same scenarios as Datadog, CloudWatch, New
// Relic and web, run against a Prometheus HTTP API stand-in scraping the traffic model every 15 s
// (the gate polls at the same pace), behind basic auth as a Prometheus' web config or a proxy
// puts it. test/real/prometheus-gate.test.ts checks the stand-in's answers against a real one.
import { expect } from 'vitest';
import type { TrafficModel } from '../../../lab/metrics.js';
import { startPrometheusApi } from '../../../tools/vendors/prometheus/server.js';
import { providerContract, quoted } from './providers/contract.js';

const PASSWORD = 'prom0password0c0ffee0123456789';
const basic = (password: string) =>
  `Authorization: Basic ${Buffer.from(`gate:${password}`).toString('base64')}`;

providerContract({
  kind: 'prometheus',
  says: {
    down: (query) =>
      new RegExp(`^Prometheus query '${quoted(query)}' failed 3 polls in a row .*prometheus-url`),
    refused: (query) => new RegExp(`^Prometheus rejected the query '${quoted(query)}': `),
  },
  async start(model: TrafficModel, clock: () => number) {
    const standIn = await startPrometheusApi({
      model,
      metrics: {
        app_errors_total: 'errors',
        app_requests_total: 'requests',
        app_latency_p99_seconds: 'gauge',
      },
      start: clock(),
      clock,
      basicAuth: { user: 'gate', password: PASSWORD },
    });
    const sum = (metric: string, side: string) => `sum(${metric}{version="${side}"})`;
    const on = {
      'prometheus-url': standIn.url,
      'prometheus-headers': basic(PASSWORD),
      'query-interval': '15s',
    };
    const counts = {
      ...on,
      'error-query': sum('app_errors_total', 'canary'),
      'total-query': sum('app_requests_total', 'canary'),
      'baseline-error-query': sum('app_errors_total', 'baseline'),
      'baseline-total-query': sum('app_requests_total', 'baseline'),
    };
    return {
      counts,
      gauge: (threshold: string) => ({
        ...on,
        query: 'max(app_latency_p99_seconds{version="canary"})',
        threshold,
      }),
      env: {},
      // What a managed Prometheus (or the proxy in front) answers when it sheds load.
      rateLimit: (times: number) =>
        standIn.fault({
          status: 429,
          headers: { 'retry-after': '1' },
          body: 'Too Many Requests\n',
          times,
        }),
      outage: (times: number) =>
        standIn.fault({ status: 503, body: 'Service Unavailable\n', times }),
      wrongKey: {
        entry: { ...counts, 'prometheus-headers': basic('not-the-password-000000') },
        names:
          /^Prometheus answered 401 Unauthorized to the query '.+': the credentials were refused; check prometheus-headers/,
      },
      badQuery: {
        entry: { ...counts, 'error-query': 'sum(app_errors_total{version="canary"}' },
        says: /invalid parameter "query": 1:39: parse error: unclosed left parenthesis/,
      },
      secrets: [PASSWORD, basic(PASSWORD).split(' ').at(-1) as string, 'not-the-password-000000'],
      conformance: () => expect(standIn.violations).toEqual([]),
      close: () => standIn.close(),
    };
  },
});
