import { ConfigError, type Inputs } from '../runtime/index.js';
import { readHeaders } from './headers.js';
import { CHECK_KINDS, readMetricCheck, readThreshold } from './metric-inputs.js';
import { providerSpec } from './providers/registry.js';
import type {
  CheckConfig,
  HttpCheckConfig,
  PrometheusCheckConfig,
  ThresholdCheckConfig,
} from './config.js';
import type { JudgeSettings } from './judge.js';
import type { ProbeSpec } from './probe.js';
import { parseStatusSet } from './status.js';

/**
 * Reads one check: the step's inputs, or one entry of `checks` (`inputs` scoped to it, so that
 * errors name `checks` and the entry's key). Every value is validated before any probe is sent.
 */
export function readCheck(inputs: Inputs, name: string, rawHeaders: unknown): CheckConfig {
  const alpha = inputs.number('alpha', { min: 1e-9, max: 0.49, fallback: 0.01 }) as number;
  const maxLatencyMs = inputs.duration('max-latency', { min: 1, max: 600_000, fallback: 2000 });
  const judge: JudgeSettings = {
    alpha,
    maxErrorRate: inputs.number('max-error-rate', {
      min: 1e-6,
      max: 0.999,
      fallback: 0.05,
    }) as number,
    tolerance: inputs.number('tolerance', { min: 1, max: 100, fallback: 1.5 }) as number,
    minSamples: inputs.integer('min-samples', { min: 1, max: 10_000_000, fallback: 100 }) as number,
    latency: true,
    maxLatencyMs,
  };
  if (judge.tolerance <= 1)
    throw inputs.error(
      'tolerance',
      `is '${inputs.string('tolerance')}'`,
      'use a number above 1 and at most 100: how many times the baseline error rate the canary may have and still pass (at 1 no pass could ever be shown)',
    );
  const kind = inputs.string('kind');
  if (kind !== undefined && !CHECK_KINDS.includes(kind))
    throw inputs.error('kind', `is '${kind}'`, `use one of ${CHECK_KINDS.join(', ')}`);
  const spec = kind ? providerSpec(kind) : undefined;
  if (spec) return readMetricCheck(inputs, name, spec, judge);
  const target = inputs.url('url');
  // Validated whether or not this check ends up using it: a given input is never ignored silently.
  const prometheusUrl = inputs.url('prometheus-url');
  const query = inputs.string('query');
  const errorQuery = inputs.string('error-query');
  if (target) return readHttpCheck(inputs, name, rawHeaders, target, judge);
  const prometheus = () => {
    if (!prometheusUrl)
      throw inputs.error(
        'prometheus-url',
        `is required for ${query ? 'query' : 'error-query and total-query'}`,
        'give the base URL of the Prometheus HTTP API, e.g. http://127.0.0.1:9090',
      );
    return {
      url: prometheusUrl,
      headers: readHeaders(inputs.string('prometheus-headers'), inputs.path('prometheus-headers')),
    };
  };
  const intervalMs = inputs.duration('query-interval', {
    min: 100,
    max: 600_000,
    fallback: 10_000,
  }) as number;
  if (errorQuery !== undefined || inputs.string('total-query') !== undefined)
    return readCounterCheck(inputs, name, prometheus, intervalMs, judge);
  if (query !== undefined) return readThresholdCheck(inputs, name, query, prometheus, intervalMs);
  throw inputs.error(
    'url',
    'is missing: the check has nothing to look at',
    'give url (HTTP probes), error-query and total-query (Prometheus counters), or query with threshold',
  );
}

/** HTTP probes of `target` (and of baseline-url, on the same schedule). */
function readHttpCheck(
  inputs: Inputs,
  name: string,
  rawHeaders: unknown,
  target: URL,
  judge: JudgeSettings,
): HttpCheckConfig {
  const statusText = inputs.string('expect-status') ?? '200-399';
  const expectStatus = parseStatusSet(statusText);
  if (!expectStatus)
    throw inputs.error(
      'expect-status',
      `is '${statusText}'`,
      'list codes and ranges from 100 to 599, comma-separated, e.g. 200,204,300-399',
    );
  const method = (inputs.string('method') ?? 'GET').toUpperCase();
  if (!/^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$/.test(method))
    throw inputs.error(
      'method',
      `is '${method}'`,
      'use GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS',
    );
  const headers = readHeaders(rawHeaders ?? inputs.string('headers'), inputs.path('headers'));
  const body = readExpectBody(inputs.string('expect-body'), inputs.path('expect-body'));
  const spec = (u: URL): ProbeSpec => ({
    url: u,
    method,
    headers,
    expectStatus,
    ...body,
    timeoutMs: inputs.duration('timeout', { min: 10, max: 120_000, fallback: 5000 }) as number,
    maxLatencyMs: judge.maxLatencyMs as number,
  });
  const baseline = inputs.url('baseline-url');
  const increase = readIncrease(inputs);
  if (increase !== undefined) {
    if (!baseline)
      throw inputs.error(
        'max-latency-increase',
        'needs baseline-url',
        'set baseline-url: the canary is compared with it, both probed on the same schedule',
      );
    judge.maxLatencyIncrease = increase;
  }
  return {
    kind: 'http',
    name,
    canary: spec(target),
    baseline: baseline ? spec(baseline) : undefined,
    rate: inputs.number('rate', { min: 0.1, max: 2000, fallback: 10 }) as number,
    concurrency: inputs.integer('concurrency', { min: 1, max: 1000, fallback: 10 }) as number,
    warmupMs: inputs.duration('warm-up', { min: 0, max: 600_000, fallback: 0 }) as number,
    judge,
  };
}

/** `max-latency-increase` as a fraction (10% → 0.1), or undefined when unset. */
function readIncrease(inputs: Inputs): number | undefined {
  const text = inputs.string('max-latency-increase');
  if (text === undefined) return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
  const value = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
  if (!(value > 0 && value <= 10))
    throw inputs.error(
      'max-latency-increase',
      `is '${text}'`,
      'write how much slower than the baseline the canary may be, e.g. 10% (or 0.1), above 0 and at most 1000%',
    );
  return value;
}

type PrometheusTarget = () => PrometheusCheckConfig['prometheus'];

/** Prometheus counters of errors and requests (and of the baseline's). */
function readCounterCheck(
  inputs: Inputs,
  name: string,
  prometheus: PrometheusTarget,
  intervalMs: number,
  judge: JudgeSettings,
): PrometheusCheckConfig {
  const errorQuery = inputs.string('error-query');
  const totalQuery = inputs.string('total-query');
  if (!errorQuery || !totalQuery)
    throw inputs.error(
      errorQuery ? 'total-query' : 'error-query',
      'is missing',
      'give both error-query and total-query: PromQL for cumulative counts, e.g. sum(http_requests_total{version="canary",code=~"5.."})',
    );
  const be = inputs.string('baseline-error-query');
  const bt = inputs.string('baseline-total-query');
  if ((be === undefined) !== (bt === undefined))
    throw inputs.error(
      be ? 'baseline-total-query' : 'baseline-error-query',
      'is missing',
      'give both baseline queries, or neither',
    );
  // Latency from histogram buckets, canary against baseline: both queries and the tolerance.
  // Without them max-latency-increase is left to the checks that probe (as a shared step input).
  const lq = inputs.string('latency-query');
  const blq = inputs.string('baseline-latency-query');
  const increase = lq !== undefined || blq !== undefined ? readIncrease(inputs) : undefined;
  if (lq !== undefined || blq !== undefined) {
    if (lq === undefined || blq === undefined)
      throw inputs.error(
        lq === undefined ? 'latency-query' : 'baseline-latency-query',
        'is missing',
        'give both latency-query and baseline-latency-query: PromQL for cumulative bucket counters, e.g. sum by (le) (http_request_duration_seconds_bucket{version="canary"})',
      );
    if (be === undefined)
      throw inputs.error(
        'baseline-error-query',
        'is missing: latency is judged against the baseline, so errors are too',
        'give baseline-error-query and baseline-total-query',
      );
    if (increase === undefined)
      throw inputs.error(
        'max-latency-increase',
        'is missing: latency-query is compared with baseline-latency-query against it',
        'set how much slower than the baseline the canary may be, e.g. 10%',
      );
  }
  return {
    kind: 'prometheus',
    name,
    prometheus: prometheus(),
    errorQuery,
    totalQuery,
    baselineErrorQuery: be,
    baselineTotalQuery: bt,
    ...(lq !== undefined && blq !== undefined
      ? { latencyQuery: lq, baselineLatencyQuery: blq }
      : {}),
    intervalMs,
    judge: {
      ...judge,
      latency: false,
      ...(increase !== undefined ? { maxLatencyIncrease: increase } : {}),
    },
  };
}

/** One PromQL value held against a threshold. */
function readThresholdCheck(
  inputs: Inputs,
  name: string,
  query: string,
  prometheus: PrometheusTarget,
  intervalMs: number,
): ThresholdCheckConfig {
  const m = readThreshold(inputs);
  const rangeMs = inputs.duration('range', { min: 1000, max: 24 * 3_600_000 });
  return {
    kind: 'threshold',
    name,
    prometheus: prometheus(),
    query,
    ...m,
    rangeMs,
    intervalMs,
    minPolls: 3,
  };
}

function readExpectBody(
  text: string | undefined,
  label: string,
): Pick<ProbeSpec, 'expectBody' | 'expectJson'> {
  if (text === undefined) return {};
  const regex = /^\/(.+)\/([gimsuy]*)$/s.exec(text);
  if (regex) {
    try {
      return { expectBody: new RegExp(regex[1] as string, (regex[2] ?? '').replace('g', '')) };
    } catch (error) {
      throw new ConfigError(
        label.startsWith('checks') ? 'checks' : label,
        `is not a valid regular expression (${(error as Error).message})`,
        'write /pattern/ or plain text to look for',
      );
    }
  }
  const json = /^json:([A-Za-z0-9_.-]+)=(.*)$/s.exec(text);
  if (json) return { expectJson: { path: json[1] as string, equals: json[2] as string } };
  return { expectBody: text };
}
