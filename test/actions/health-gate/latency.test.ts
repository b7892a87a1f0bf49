import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { logNormalLatency, serviceSet, type ServiceBehaviour } from '../../../lab/services.js';
import { runAction } from '../../../lab/runner.js';

const services = serviceSet();
const service = services.start;
afterAll(() => services.close());

describe('health-gate bundle, latency against the baseline (max-latency-increase)', () => {
  const pair = async (
    canary: ServiceBehaviour,
    baseline: ServiceBehaviour,
    extra: Record<string, string> = {},
  ) => {
    const [c, b] = await Promise.all([service(canary), service(baseline)]);
    const result = await runAction('health-gate', {
      inputs: {
        url: c.url,
        'baseline-url': b.url,
        rate: '100',
        concurrency: '50',
        'min-samples': '200',
        'max-latency-increase': '10%',
        duration: '30s',
        ...extra,
      },
    });
    const report = JSON.parse(readFileSync(result.outputs.report as string, 'utf8'));
    return { result, latency: report.checks[0].latency };
  };

  it('passes a canary with the same latency distribution, and says so in words with a chart', async () => {
    const { result, latency } = await pair(
      { latency: logNormalLatency(20, 0.3, 1) },
      { latency: logNormalLatency(20, 0.3, 2) },
    );
    expect(result.outputs.result).toBe('pass');
    expect(latency.passE).toBeGreaterThanOrEqual(100);
    expect(latency.words).toMatch(/^canary p50 \d+ ms vs baseline \d+ ms \([+−]\d+%, 99% interval/);
    expect(result.summary).toContain('latency distribution');
    expect(result.summary).toMatch(/within the 10% max-latency-increase/);
  }, 60_000);

  it('fails a canary 30% slower than its baseline, though far under max-latency', async () => {
    const { result, latency } = await pair(
      { latency: logNormalLatency(26, 0.3, 3) },
      { latency: logNormalLatency(20, 0.3, 4) },
    );
    expect(result.outputs.result).toBe('fail');
    expect(result.errors[0]).toMatch(/latency: canary p50 \d+ ms vs baseline \d+ ms \(\+\d+%/);
    // The interval's ends are exclusive: a lower end of 0 says "slower than the baseline".
    expect(latency.interval.lower).toBeGreaterThanOrEqual(0);
  }, 60_000);

  it('passes heavy-tailed but equal latencies (2% of requests 10× slower on both)', async () => {
    const slow = { share: 0.02, factor: 10 };
    // Near the tolerance the evidence builds more slowly with wide spreads: a longer duration.
    const { result } = await pair(
      { latency: logNormalLatency(20, 0.5, 5, slow) },
      { latency: logNormalLatency(20, 0.5, 6, slow) },
      { duration: '60s' },
    );
    expect(result.outputs.result).toBe('pass');
  }, 90_000);

  it('passes a canary slow only during its warm-up, then equal', async () => {
    const { result, latency } = await pair(
      { latency: logNormalLatency(20, 0.3, 7), slowStart: { ms: 1500, latencyMs: 400 } },
      { latency: logNormalLatency(20, 0.3, 8) },
      { 'warm-up': '2s' },
    );
    expect(result.outputs.result).toBe('pass');
    expect(
      latency.canaryHistogram.every(([edge]: [number | null]) => edge !== null && edge < 300),
    ).toBe(true);
  }, 60_000);

  it('fails a canary that times out, counting timeouts as slowest and as errors', async () => {
    const { result, latency } = await pair(
      { latency: () => 1000 },
      { latency: logNormalLatency(20, 0.3, 9) },
      { timeout: '200ms' },
    );
    expect(result.outputs.result).toBe('fail');
    expect(latency.canaryHistogram.at(-1)[0]).toBeNull();
  }, 60_000);
});
