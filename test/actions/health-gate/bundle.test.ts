import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closedPort, serviceSet } from '../../../lab/services.js';
import { logText, runAction } from '../../../lab/runner.js';

const services = serviceSet();
const service = services.start;
afterAll(() => services.close());

const fast = { rate: '200', 'min-samples': '60', duration: '20s' };

describe('health-gate bundle, HTTP probes', () => {
  it('passes a good service soon after min-samples, with outputs, report and summary', async () => {
    const good = await service({});
    const result = await runAction('health-gate', { inputs: { url: good.url, ...fast } });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.result).toBe('pass');
    expect(Number(result.outputs.samples)).toBeGreaterThanOrEqual(60);
    expect(Number(result.outputs['decided-after'])).toBeLessThan(10);
    expect(result.outputs['error-rate']).toBe('0.000000');
    expect(Number(result.outputs['p95-ms'])).toBeGreaterThan(0);
    const report = JSON.parse(readFileSync(result.outputs.report as string, 'utf8'));
    expect(report.result).toBe('pass');
    expect(report.checks[0].canary.requests).toBe(Number(result.outputs.samples));
    expect(result.summary).toContain('| http | pass |');
    expect(result.summary).toContain('```mermaid');
  });

  it('fails a badly broken service within seconds and names why', async () => {
    const bad = await service({ errorRate: 0.5 });
    const result = await runAction('health-gate', { inputs: { url: bad.url, ...fast } });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.result).toBe('fail');
    expect(Number(result.outputs['decided-after'])).toBeLessThan(5);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(
      /^health-gate: fail: http: error rate \d+\.\d+% is above max-error-rate 5\.00%/,
    );
  });

  it('fails a service that is down, counting refused connections as errors', async () => {
    const result = await runAction('health-gate', { inputs: { url: await closedPort(), ...fast } });
    expect(result.outputs.result).toBe('fail');
    const report = JSON.parse(readFileSync(result.outputs.report as string, 'utf8'));
    expect(Object.keys(report.checks[0].canary.problems)).toContain('ECONNREFUSED');
  });

  it('fails a slow service on the p95 guardrail', async () => {
    const slow = await service({ latencyMs: 120 });
    const result = await runAction('health-gate', {
      inputs: { url: slow.url, ...fast, 'max-latency': '50ms', rate: '100', concurrency: '50' },
    });
    expect(result.outputs.result).toBe('fail');
    expect(result.errors[0]).toContain('p95 latency is above max-latency 50ms');
  });

  it('fails a flapping service', async () => {
    const flapping = await service({ flapMs: 700 });
    const result = await runAction('health-gate', { inputs: { url: flapping.url, ...fast } });
    expect(result.outputs.result).toBe('fail');
  });

  it('fails a subtly bad canary against its baseline although both are under the absolute guardrail', async () => {
    const [canary, baseline] = await Promise.all([
      service({ errorRate: 0.04 }),
      service({ errorRate: 0.005 }),
    ]);
    const result = await runAction('health-gate', {
      inputs: {
        url: canary.url,
        'baseline-url': baseline.url,
        rate: '300',
        'min-samples': '5000',
        duration: '60s',
        concurrency: '50',
      },
    });
    expect(result.outputs.result).toBe('fail');
    expect(result.errors[0]).toMatch(/canary error rate .* is higher than the baseline's/);
  }, 90_000);

  it('passes a canary as good as its baseline', async () => {
    const [canary, baseline] = await Promise.all([
      service({ errorRate: 0.01 }),
      service({ errorRate: 0.01 }),
    ]);
    // A pass shows the ratio below the tolerance: at 1% errors that takes a few hundred errors
    // at 1.5×, fewer at 2×.
    const result = await runAction('health-gate', {
      inputs: {
        url: canary.url,
        'baseline-url': baseline.url,
        rate: '400',
        concurrency: '40',
        'min-samples': '300',
        tolerance: '2',
        duration: '60s',
      },
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs.result).toBe('pass');
    expect(result.summary).toMatch(/within 2× the baseline/);
    const report = JSON.parse(readFileSync(result.outputs.report as string, 'utf8'));
    expect(report.checks[0].evidence).toMatchObject({ passBasis: 'ratio', tolerance: 2 });
    expect(report.checks[0].evidence.passE).toBeGreaterThanOrEqual(100);
  }, 90_000);

  it('does not fail a canary whose errors come in bursts when the baseline has the same rate spread evenly', async () => {
    // Seeded so the run is repeatable: bursts of 20 consecutive 500s, 2% of requests on average.
    let seed = 12345;
    const random = () => {
      seed = (seed + 0x6d2b79f5) >>> 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const [canary, baseline] = await Promise.all([
      service({ burst: { errorRate: 0.02, size: 20, random } }),
      service({ errorRate: 0.02 }),
    ]);
    const result = await runAction('health-gate', {
      inputs: {
        url: canary.url,
        'baseline-url': baseline.url,
        rate: '200',
        concurrency: '20',
        'min-samples': '300',
        duration: '30s',
        'on-inconclusive': 'pass',
      },
    });
    expect(result.outputs.result).not.toBe('fail');
    const report = JSON.parse(readFileSync(result.outputs.report as string, 'utf8'));
    // The canary did get its bursts, and the report shows them as over-dispersion.
    expect(report.checks[0].canary.errors).toBeGreaterThan(40);
    expect(report.checks[0].evidence.dispersion).toBeGreaterThan(2);
  }, 60_000);

  it('checks the body: text, regex and JSON field', async () => {
    const svc = await service({ body: '{"status":"degraded","version":"v2"}' });
    const run = (expect: string) =>
      runAction('health-gate', { inputs: { url: svc.url, ...fast, 'expect-body': expect } });
    const [text, regex, json, jsonBad] = await Promise.all([
      run('"version":"v2"'),
      run('/version"?:\\s*"v\\d/'),
      run('json:version=v2'),
      run('json:status=ok'),
    ]);
    expect([text.outputs.result, regex.outputs.result, json.outputs.result]).toEqual([
      'pass',
      'pass',
      'pass',
    ]);
    expect(jsonBad.outputs.result).toBe('fail');
  });

  it('reports fail without failing the step when fail-on-unhealthy is false', async () => {
    const bad = await service({ errorRate: 1 });
    const result = await runAction('health-gate', {
      inputs: { url: bad.url, ...fast, 'fail-on-unhealthy': 'false' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.result).toBe('fail');
    expect(result.warnings[0]).toContain('fail-on-unhealthy is false');
  });

  it('ends inconclusive at duration, failing by default and passing with on-inconclusive: pass', async () => {
    const good = await service({});
    const inputs = { url: good.url, rate: '20', 'min-samples': '100000', duration: '1s' };
    const strict = await runAction('health-gate', { inputs });
    expect(strict.outputs.result).toBe('inconclusive');
    expect(strict.exitCode).toBe(1);
    expect(strict.errors[0]).toContain('not enough evidence either way');
    const lenient = await runAction('health-gate', {
      inputs: { ...inputs, 'on-inconclusive': 'pass' },
    });
    expect(lenient.outputs.result).toBe('inconclusive');
    expect(lenient.exitCode).toBe(0);
  });

  it('sends headers and masks their values', async () => {
    const svc = await service({});
    const result = await runAction('health-gate', {
      inputs: {
        url: svc.url,
        ...fast,
        headers: 'Authorization: Bearer s3cr3t-value\nAccept: application/json',
      },
    });
    expect(result.outputs.result).toBe('pass');
    expect(svc.lastHeaders?.authorization).toBe('Bearer s3cr3t-value');
    expect(result.masks).toContain('Bearer s3cr3t-value');
    expect(result.masks).not.toContain('application/json');
    expect(logText(result)).not.toContain('s3cr3t');
  });

  it('holds the configured probe rate', async () => {
    const svc = await service({});
    const result = await runAction('health-gate', {
      inputs: {
        url: svc.url,
        rate: '50',
        'min-samples': '100000',
        duration: '3s',
        'on-inconclusive': 'pass',
      },
    });
    expect(result.exitCode).toBe(0);
    // 50/s for 3 s: about 150, never a flood
    expect(svc.requests).toBeGreaterThan(120);
    expect(svc.requests).toBeLessThan(175);
  });

  it('runs several checks from the checks YAML', async () => {
    const [a, b] = await Promise.all([service({}), service({ errorRate: 1 })]);
    const checks = `- name: api\n  url: ${a.url}\n- name: admin\n  url: ${b.url}\n  expect-status: 200\n`;
    const result = await runAction('health-gate', { inputs: { checks, ...fast } });
    expect(result.outputs.result).toBe('fail');
    expect(result.errors[0]).toContain('health-gate: fail: admin:');
    expect(result.summary).toContain('| api |');
  });
});
