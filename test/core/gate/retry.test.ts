// Waiting what a rate-limited server asks: Retry-After in seconds or as an HTTP date, and
// Prometheus (behind the proxy of a managed one) honouring it instead of its own short backoff.
import { afterEach, describe, expect, it } from 'vitest';
import { PrometheusClient } from '../../../src/core/gate/prometheus.js';
import { retryAfterMs } from '../../../src/core/gate/retry.js';
import type { TrafficModel } from '../../../lab/metrics.js';
import {
  startPrometheusApi,
  type PrometheusStandIn,
} from '../../../tools/vendors/prometheus/server.js';

describe('retryAfterMs', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');
  const headers = (value?: string) =>
    new Headers(value === undefined ? {} : { 'retry-after': value });

  it('reads seconds and HTTP dates, and nothing else', () => {
    expect(retryAfterMs(headers('7'), now)).toBe(7000);
    expect(retryAfterMs(headers(' 0 '), now)).toBe(0);
    expect(retryAfterMs(headers('Tue, 01 Dec 2026 12:00:30 GMT'), now)).toBe(30_000);
    // A date already past asks for no wait; a missing or unreadable header asks for none either
    // (the caller's own backoff applies, never an immediate hammering).
    expect(retryAfterMs(headers('Tue, 01 Dec 2026 11:59:00 GMT'), now)).toBe(0);
    expect(retryAfterMs(headers(), now)).toBeUndefined();
    expect(retryAfterMs(headers('soon'), now)).toBeUndefined();
    expect(retryAfterMs(headers('-5'), now)).toBeUndefined();
  });
});

describe('Prometheus behind a proxy that sheds load', () => {
  const model: TrafficModel = {
    rps: 100,
    canaryShare: 0.1,
    baselineErrorRate: 0.01,
    canaryErrorRate: 0.01,
    gauge: 1,
    seed: 3,
  };
  let standIn: PrometheusStandIn | undefined;
  afterEach(async () => {
    await standIn?.close();
    standIn = undefined;
  });

  async function gapAfter429(headers: Record<string, string>): Promise<number> {
    const start = Date.now() - 60_000;
    standIn = await startPrometheusApi({ model, metrics: { up: 'gauge' }, start });
    standIn.fault({ status: 429, headers, body: 'Too Many Requests\n', times: 1 });
    const value = await new PrometheusClient(new URL(standIn.url)).scalar('max(up)');
    expect(value).toBe(1);
    const [limited, retried] = standIn.log;
    expect(limited?.answer.status).toBe(429);
    expect(retried?.answer.status).toBe(200);
    return (retried?.at ?? 0) - (limited?.at ?? 0);
  }

  it('waits the Retry-After a 429 asks for', async () => {
    expect(await gapAfter429({ 'retry-after': '1' })).toBeGreaterThanOrEqual(950);
  });

  it("the runner's cancel cuts a long Retry-After short: the poll gives no value", async () => {
    standIn = await startPrometheusApi({ model, metrics: { up: 'gauge' }, start: Date.now() });
    standIn.fault({ status: 429, headers: { 'retry-after': '20' }, body: 'Slow down\n', times: 1 });
    const cancel = new AbortController();
    const client = new PrometheusClient(new URL(standIn.url), {}, cancel.signal);
    const started = Date.now();
    setTimeout(() => cancel.abort('SIGINT'), 200);
    expect(await client.scalar('max(up)')).toBeNull();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(standIn.log).toHaveLength(1);
  });

  it('without Retry-After, retries after its own short backoff', async () => {
    expect(await gapAfter429({})).toBeLessThan(900);
  });
});
