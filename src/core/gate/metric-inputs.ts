import type { Inputs } from '../runtime/index.js';
import type { MetricCheckConfig, MetricQuery } from './config.js';
import type { JudgeSettings } from './judge.js';
import { PROVIDER_KINDS } from './providers/keys.js';
import type { ProviderSpec } from './providers/registry.js';

/** Kinds a `checks` entry may name: the built-in ones and every metric provider's. */
export const CHECK_KINDS: string[] = ['http', 'prometheus', ...PROVIDER_KINDS];

/** Keys only a metric check reads: its kind, how its groups are judged, its bucket width and settling time. */
export const METRIC_KEYS = ['kind', 'groups', 'bucket', 'settle'];

/** The `threshold` input: a comparison with a number ('< 0.01'). */
export function readThreshold(inputs: Inputs): {
  operator: '<' | '<=' | '>' | '>=';
  threshold: number;
} {
  const text = inputs.string('threshold') ?? '';
  const m = /^(<=|>=|<|>)\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/i.exec(text.trim());
  if (!m)
    throw inputs.error(
      'threshold',
      `is '${text}'`,
      "write a comparison with a number, e.g. '< 0.01' or '>= 0.99'",
    );
  return { operator: m[1] as '<', threshold: Number(m[2]) };
}

/**
 * A check on a metric provider (`kind: datadog`, `web`, …): error-query and total-query (with
 * the baseline's pair) are counts per bucket judged canary against baseline; query with threshold
 * is a value per bucket held against it. Every value is checked and every secret masked here.
 */
export function readMetricCheck(
  inputs: Inputs,
  name: string,
  spec: ProviderSpec,
  judge: JudgeSettings,
): MetricCheckConfig {
  const settings = spec.read(inputs);
  const q = (key: string): MetricQuery | undefined => {
    const text = inputs.string(key);
    return text === undefined ? undefined : { text, label: inputs.path(key) };
  };
  const [errors, total, ownBaseErrors, ownBaseTotal, query] = [
    'error-query',
    'total-query',
    'baseline-error-query',
    'baseline-total-query',
    'query',
  ].map(q);
  let [baseErrors, baseTotal] = [ownBaseErrors, ownBaseTotal];
  if (inputs.string('baseline-url') !== undefined) {
    if (!spec.baselineApart?.(settings))
      throw inputs.error(
        'baseline-url',
        `is set, but a ${spec.kind} check does not read one`,
        'remove it: give baseline-error-query and baseline-total-query for the baseline (baseline-url is for http and web checks)',
      );
    if (!errors && !total)
      throw inputs.error(
        'baseline-url',
        'is set on a check without error-query and total-query',
        'remove it: a threshold check (query) has no baseline, or count errors and requests with error-query and total-query',
      );
    // The baseline's endpoint answers in the canary's shape unless its own paths are given.
    const at = (m?: MetricQuery) =>
      m && { text: m.text, label: `${m.label} at ${inputs.path('baseline-url')}` };
    baseErrors ??= at(errors);
    baseTotal ??= at(total);
  }
  for (const b of [baseErrors, baseTotal]) if (b) b.side = 'baseline';
  const timing = {
    intervalMs: inputs.duration('query-interval', {
      min: 100,
      max: 600_000,
      fallback: spec.intervalMs,
    }) as number,
    stepMs: inputs.duration('bucket', {
      min: 1000,
      max: 3_600_000,
      fallback: spec.stepMs,
    }) as number,
    settleMs: inputs.duration('settle', {
      min: 0,
      max: 3_600_000,
      fallback: spec.settleMs,
    }) as number,
  };
  const base = { kind: 'metric' as const, name, provider: { kind: spec.kind, settings } };
  if (errors || total) {
    if (!errors || !total)
      throw inputs.error(
        errors ? 'total-query' : 'error-query',
        'is missing',
        `give both error-query and total-query: ${spec.kind} queries counting errors and requests per bucket`,
      );
    if (!baseErrors !== !baseTotal)
      throw inputs.error(
        baseErrors ? 'baseline-total-query' : 'baseline-error-query',
        'is missing',
        'give both baseline queries, or neither',
      );
    const groups = inputs.enum('groups', ['sum', 'each'] as const, 'sum') as 'sum' | 'each';
    return {
      ...base,
      measure: {
        type: 'counts',
        errors,
        total,
        ...(baseErrors && baseTotal ? { baseline: { errors: baseErrors, total: baseTotal } } : {}),
        groups,
        judge: { ...judge, latency: false },
      },
      ...timing,
    };
  }
  if (!query)
    throw inputs.error(
      'error-query',
      `is missing: the ${spec.kind} check has nothing to look at`,
      'give error-query and total-query (counts per bucket), or query with threshold (a value per bucket)',
    );
  const threshold = readThreshold(inputs);
  return { ...base, measure: { type: 'gauge', query, ...threshold, minBuckets: 3 }, ...timing };
}
