import { describe, expect, it, vi } from 'vitest';
import { Inputs } from '../../../src/core/runtime/index.js';
import { readGateSettings } from '../../../src/core/gate/inputs.js';
import { judgeOf } from '../../../src/core/gate/config.js';

vi.mock('@actions/core', async (original) => ({
  ...(await original<typeof import('@actions/core')>()),
  setSecret: () => {},
}));

const inputs = (values: Record<string, string>) => new Inputs((name) => values[name] ?? '');
const alphas = (settings: ReturnType<typeof readGateSettings>) =>
  settings.checks.map((c) => judgeOf(c)?.alpha ?? null);

describe('readGateSettings: α per gate', () => {
  it('splits alpha between the checks that judge evidence, so the gate keeps it', () => {
    const settings = readGateSettings(
      inputs({
        alpha: '0.01',
        checks: [
          '- name: api',
          '  url: http://127.0.0.1:1/a',
          '- name: web',
          '  url: http://127.0.0.1:1/b',
          '- name: up',
          '  prometheus-url: http://127.0.0.1:9/',
          '  query: up',
          "  threshold: '> 0'",
        ].join('\n'),
      }),
    );
    expect(alphas(settings)).toEqual([0.005, 0.005, null]);
    expect(settings.alpha).toBe(0.01);
  });

  it('leaves a single check its whole alpha', () => {
    const settings = readGateSettings(inputs({ alpha: '0.02', url: 'http://127.0.0.1:1/' }));
    expect(alphas(settings)).toEqual([0.02]);
    expect(settings.alpha).toBe(0.02);
  });
});

describe('readGateSettings: latency from Prometheus histograms', () => {
  const counters = {
    'prometheus-url': 'http://127.0.0.1:9/',
    'error-query': 'sum(errors{v="c"})',
    'total-query': 'sum(requests{v="c"})',
    'baseline-error-query': 'sum(errors{v="b"})',
    'baseline-total-query': 'sum(requests{v="b"})',
  };
  const histograms = {
    'latency-query': 'sum by (le) (d_bucket{v="c"})',
    'baseline-latency-query': 'sum by (le) (d_bucket{v="b"})',
  };

  it('reads both latency queries with max-latency-increase into the counter check', () => {
    const settings = readGateSettings(
      inputs({ ...counters, ...histograms, 'max-latency-increase': '10%' }),
    );
    const check = settings.checks[0] as { latencyQuery?: string; baselineLatencyQuery?: string };
    expect(check.latencyQuery).toBe(histograms['latency-query']);
    expect(check.baselineLatencyQuery).toBe(histograms['baseline-latency-query']);
    expect(judgeOf(settings.checks[0]!)?.maxLatencyIncrease).toBe(0.1);
  });

  it('names what is missing: the baseline histogram, the tolerance, the baseline counters', () => {
    const read = (values: Record<string, string>) => () => readGateSettings(inputs(values));
    expect(
      read({
        ...counters,
        'latency-query': histograms['latency-query'],
        'max-latency-increase': '10%',
      }),
    ).toThrow(/'baseline-latency-query' is missing/);
    expect(read({ ...counters, ...histograms })).toThrow(/'max-latency-increase' is missing/);
    expect(
      read({
        ...counters,
        'baseline-error-query': '',
        'baseline-total-query': '',
        ...histograms,
        'max-latency-increase': '10%',
      }),
    ).toThrow(/'baseline-error-query' is missing/);
    expect(
      read({
        checks: `- name: api\n  prometheus-url: http://127.0.0.1:9/\n  error-query: e\n  total-query: t\n  baseline-error-query: be\n  baseline-total-query: bt\n  latency-query: l\n  baseline-latency-query: bl\n  max-latency-increase: lots\n`,
      }),
    ).toThrow(/checks\[0\]\.max-latency-increase is 'lots'/);
  });

  it('leaves max-latency-increase to the histograms when the probes have no baseline-url', () => {
    const settings = readGateSettings(
      inputs({
        url: 'http://127.0.0.1:1/',
        ...counters,
        ...histograms,
        'max-latency-increase': '20%',
      }),
    );
    expect(settings.checks.map((c) => judgeOf(c)?.maxLatencyIncrease)).toEqual([undefined, 0.2]);
  });
});
