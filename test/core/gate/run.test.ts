import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { GateConfig } from '../../../src/core/gate/config.js';
import { counterDeltas } from '../../../src/core/gate/prometheus-check.js';
import { runGate } from '../../../src/core/gate/run.js';
import { startService, type SampleService } from '../../../lab/services.js';

const closers: (() => Promise<void>)[] = [];
afterAll(async () => Promise.all(closers.map((c) => c())));

/** A Prometheus stand-in: each query answers the next value of its script (the last one repeats). */
async function scriptedPrometheus(script: Record<string, number[]>): Promise<string> {
  const served: Record<string, number> = {};
  const server: Server = createServer((req, res) => {
    const query = new URL(req.url ?? '/', 'http://x').searchParams.get('query') ?? '';
    const values = script[query] ?? [];
    const i = Math.min(served[query] ?? 0, values.length - 1);
    served[query] = (served[query] ?? 0) + 1;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        status: 'success',
        data: { resultType: 'vector', result: [{ metric: {}, value: [0, String(values[i])] }] },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const judge = {
  alpha: 0.01,
  maxErrorRate: 0.05,
  tolerance: 1.5,
  minSamples: 1_000_000,
  latency: false,
};

describe('counter deltas', () => {
  it('gives increases, and nothing for a poll where any counter went down', () => {
    expect(counterDeltas([10, 100], [15, 160])).toEqual([5, 60]);
    expect(counterDeltas([10, 100], [3, 160])).toBeNull();
    expect(counterDeltas([10, 100], [12, 90])).toBeNull();
  });
});

describe('runGate, Prometheus counters', () => {
  it('skips a poll where a pod restart lowered sum() instead of counting the whole value as one batch', async () => {
    // Canary errors fall from 100 to 60 at the 4th poll (a pod with 50 errors restarted; 10 new
    // ones since) while the total grew by only 10: the whole 60 counted as new errors would be
    // more errors than requests.
    const url = await scriptedPrometheus({
      ce: [0, 50, 100, 60, 110, 160],
      ct: [0, 10_000, 20_000, 20_010, 30_010, 40_010],
      be: [0, 50, 100, 150, 200, 250],
      bt: [0, 10_000, 20_000, 30_000, 40_000, 50_000],
    });
    const config: GateConfig = {
      checks: [
        {
          kind: 'prometheus',
          name: 'prom',
          prometheus: { url: new URL(url), headers: {} },
          errorQuery: 'ce',
          totalQuery: 'ct',
          baselineErrorQuery: 'be',
          baselineTotalQuery: 'bt',
          intervalMs: 100,
          judge,
        },
      ],
      // The script holds its last values, so polls past its end add nothing: a long window lets a
      // loaded machine poll all six steps.
      durationMs: 2_500,
      tickMs: 100,
    };
    const report = await runGate(config);
    const check = report.checks[0];
    expect(check?.counterResets).toBe(1);
    // Every poll after the reset is a plain increase again: 4 intervals of 10,000 less the reset one.
    expect(check?.canary?.requests).toBe(10_000 + 10_000 + 10_000 + 10_000);
    expect(check?.canary?.errors).toBe(50 + 50 + 50 + 50);
    expect(report.result).not.toBe('fail');
  });
});

describe('runGate, HTTP warm-up', () => {
  it('drops every probe sent during warm-up, however late it answers, and none sent after', async () => {
    // For its first 600 ms the service answers 500 after 900 ms: those answers arrive after a
    // 600 ms warm-up has ended, but were sent during it.
    const svc: SampleService = await startService({ slowStart: { ms: 600, latencyMs: 900 } });
    closers.push(() => svc.close());
    const spec = {
      url: new URL(svc.url),
      method: 'GET',
      headers: {},
      expectStatus: [[200, 399]] as [number, number][],
      timeoutMs: 5000,
      maxLatencyMs: 2000,
    };
    const report = await runGate({
      checks: [
        {
          kind: 'http',
          name: 'http',
          canary: spec,
          rate: 50,
          concurrency: 100,
          warmupMs: 600,
          judge: { ...judge, latency: true, maxLatencyMs: 2000 },
        },
      ],
      durationMs: 2000,
      tickMs: 100,
    });
    const canary = report.checks[0]?.canary;
    expect(svc.requests).toBeGreaterThan(60);
    expect(canary?.errors).toBe(0);
    // Probes sent after warm-up: about 50/s for 1.4 s (those still in flight at the end excepted).
    expect(canary?.requests).toBeGreaterThan(55);
    expect(canary?.requests).toBeLessThanOrEqual(svc.requests - 25);
  });
});
