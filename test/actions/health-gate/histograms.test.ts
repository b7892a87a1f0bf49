import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExporter, startSeriesQueryApi, type Exporter } from '../../../lab/prometheus.js';
import { runAction } from '../../../lab/runner.js';

/**
 * max-latency-increase from Prometheus histograms: the canary's and the baseline's
 * `_bucket` counters (exponential buckets 10% apart), read through the Prometheus API stand-in
 * at 1,000 requests/s per version with no errors, so latency alone decides.
 */
describe('health-gate bundle, latency from Prometheus histograms', () => {
  let exporter: Exporter;
  let api: Awaited<ReturnType<typeof startSeriesQueryApi>>;
  beforeAll(async () => {
    exporter = await startExporter({ same: 0, slower: 0, stable: 0 }, 1000, {
      medianMs: { same: 20, slower: 26, stable: 20 },
      sigma: 0.3,
    });
    api = await startSeriesQueryApi(() => exporter.series());
  });
  afterAll(async () => {
    await api?.close();
    await exporter?.close();
  });

  const gate = async (canary: string, duration: string) => {
    const result = await runAction('health-gate', {
      inputs: {
        'prometheus-url': api.url,
        'error-query': `sum(app_errors_total{version="${canary}"})`,
        'total-query': `sum(app_requests_total{version="${canary}"})`,
        'baseline-error-query': 'sum(app_errors_total{version="stable"})',
        'baseline-total-query': 'sum(app_requests_total{version="stable"})',
        'latency-query': `sum by (le) (app_request_duration_seconds_bucket{version="${canary}"})`,
        'baseline-latency-query':
          'sum by (le) (app_request_duration_seconds_bucket{version="stable"})',
        'max-latency-increase': '10%',
        'query-interval': '500ms',
        duration,
      },
    });
    const report = JSON.parse(readFileSync(result.outputs.report as string, 'utf8'));
    return { result, latency: report.checks[0].latency };
  };

  it('passes a canary whose histogram matches the baseline, in words with both distributions', async () => {
    const { result, latency } = await gate('same', '8s');
    expect(result.errors).toEqual([]);
    expect(result.outputs.result).toBe('pass');
    expect(latency.passE).toBeGreaterThanOrEqual(100);
    expect(latency.words).toMatch(
      /^canary p50 (19|20|21) ms vs baseline (19|20|21) ms \([+−]\d+%, 99% interval/,
    );
    expect(result.summary).toMatch(/within the 10% max-latency-increase/);
    expect(result.summary).toContain('latency distribution');
    expect(latency.canaryHistogram.at(-1)[0]).toBeNull(); // the +Inf bucket
    expect(api.requests.map((r) => r.query)).toContain(
      'sum by (le) (app_request_duration_seconds_bucket{version="same"})',
    );
  }, 60_000);

  it('fails a canary 30% slower than its baseline, saying by how much', async () => {
    const { result, latency } = await gate('slower', '20s');
    expect(result.outputs.result).toBe('fail');
    expect(result.errors[0]).toMatch(
      /prometheus: latency: canary p50 2\d ms vs baseline (19|20|21) ms \(\+(2\d|3\d)%, 99% interval \+\d+% to \+\d+%\): slower than the baseline/,
    );
    expect(latency.interval.lower).toBeGreaterThanOrEqual(0);
    expect(latency.interval.upper).toBeGreaterThan(0.2);
  }, 60_000);
});
